import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { bookings, type Booking } from '../../db/schema/index.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import type { Logger } from '../../observability/logger.ts';
import { checkoutLineName, checkoutLineQuantity } from '../../payments/checkout.ts';
import type { CheckoutCreateParams, CheckoutSessionView } from '../../payments/gateway.ts';
import type { DomainServices } from '../services.ts';
import { queueBookingEmail } from './change-emails.ts';
import { lockBooking } from './lock-booking.ts';
import { bookingOfToken } from './manage-token.ts';
import { loadReservationContext, type ReservationContext } from './reservation-context.ts';
import { refundOrphanPayment, refundUnbookablePayment, type RefundOutcome } from './refund-payment.ts';

/** The metadata key that marks a Checkout as the payment of an existing (staff, UNPAID) booking. */
export const PAY_LATER_BOOKING_KEY = 'pay_later_booking_id';

/** Each visit's Checkout lives this long: long enough to pay, short so few stay open at once. */
const PAY_LATER_CHECKOUT_MINUTES = 60;

type Services = Pick<DomainServices, 'db' | 'logger' | 'payments' | 'now'>;

/** What a visit to `/pay/<token>` comes to: a fresh Checkout to go to, or the booking needs no payment. */
export type PayLaterStart =
  { readonly kind: 'checkout'; readonly url: string; readonly checkoutSessionId: string } | { readonly kind: 'paid' };

/**
 * `/pay/<token>` (the token is the booking's manage token): a fresh Stripe
 * Checkout for an UNPAID staff booking on every visit, so the emailed link
 * outlives any one Checkout's expiry. Nothing is written here: the payment
 * becomes the booking's only through completion (webhook, reconciler), which
 * takes the first paid Checkout and refunds any other. BAD_USER_INPUT when the
 * booking was cancelled or its session has started; NOT_FOUND for an unknown token.
 */
export async function startPayLater(services: Services, token: string, publicUrl: string): Promise<PayLaterStart> {
  const booking = await bookingOfToken(services.db, token);
  if (!booking) throw notFound('Booking');
  if (booking.payment !== 'unpaid') return { kind: 'paid' };
  if (booking.status !== 'confirmed') throw badInput('This booking is cancelled; nothing is due', { field: 'token' });
  const ctx = await loadReservationContext(services.db, booking.reservationId);
  if (!ctx) throw notFound('Booking');
  const now = services.now();
  if (ctx.session.startsAt <= now)
    throw badInput('This session has started; please pay at the venue', { field: 'token' });
  const base = publicUrl.replace(/\/+$/, '');
  const manageUrl = `${base}/manage/${encodeURIComponent(token)}`;
  const params = payLaterParams(booking, ctx, {
    successUrl: `${manageUrl}?paid=1`,
    cancelUrl: manageUrl,
    expiresAt: new Date(now.getTime() + PAY_LATER_CHECKOUT_MINUTES * 60_000),
  });
  // One key per visit: a fresh session each time (an HTTP retry inside the SDK reuses it).
  const session = await services.payments.gateway
    .createCheckoutSession(params, `pay-later-${booking.id}-${randomUUID()}`)
    .catch((err: unknown) => {
      services.logger.error({ err, bookingId: booking.id }, 'Stripe refused to create a pay-later checkout');
      throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', {
        cause: err,
      });
    });
  if (!session.url) throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again');
  return { kind: 'checkout', url: session.url, checkoutSessionId: session.id };
}

/** The Checkout for what the booking owes now: its line items, its customer, its ids in metadata. */
export function payLaterParams(
  booking: Booking,
  ctx: ReservationContext,
  urls: { readonly successUrl: string; readonly cancelUrl: string; readonly expiresAt: Date },
): CheckoutCreateParams {
  const ids = {
    [PAY_LATER_BOOKING_KEY]: booking.id,
    // The reconciler only lists Checkouts that name a reservation; this one's is confirmed, never a live hold.
    reservation_id: booking.reservationId,
    organization_id: booking.organizationId,
  };
  return {
    mode: 'payment',
    line_items: booking.lineItems
      .filter((l) => l.quantity > 0)
      .map((l) => ({
        quantity: checkoutLineQuantity(l),
        price_data: {
          currency: booking.currency.toLowerCase(),
          unit_amount: l.unitAmountCents,
          product_data: { name: checkoutLineName(ctx.activity.name, l), metadata: { tier_type: l.tier } },
        },
      })),
    customer_email: booking.customerEmail ?? undefined,
    client_reference_id: booking.reservationId,
    success_url: urls.successUrl,
    cancel_url: urls.cancelUrl,
    expires_at: Math.floor(urls.expiresAt.getTime() / 1000),
    metadata: {
      ...ids,
      activity_id: ctx.activity.id,
      venue_id: ctx.venue.id,
      session_id: ctx.session.id,
      booking_number: booking.bookingNumber,
    },
    payment_intent_data: { metadata: ids },
  };
}

/** Why a paid pay-later Checkout cannot settle the booking (it is then refunded), or null. */
function payLaterMismatch(booking: Booking, session: CheckoutSessionView): string | null {
  if (booking.payment !== 'unpaid') return 'the booking is paid already';
  if (booking.status !== 'confirmed') return 'the booking is cancelled';
  if (session.amountTotal !== booking.totalCents) return 'amount differs from what the booking owes';
  if (session.currency?.toLowerCase() !== booking.currency.toLowerCase()) return 'currency differs from the booking';
  return null;
}

export type PayLaterSettlement =
  | { readonly kind: 'booked'; readonly booking: Booking; readonly created: true; readonly outboxIds: string[] }
  | RefundOutcome
  | { readonly kind: 'ignored'; readonly reason: string };

/**
 * A paid pay-later Checkout, inside the completion's transaction (webhook,
 * success page or reconciler). Locks session → reservation → booking like
 * every writer; the first paid Checkout marks the booking paid (payment
 * STRIPE, its Checkout and payment intent stored, a receipt emailed); any
 * other — a second tab, a cancelled booking, another amount — is refunded in
 * full with an alert. The caller has checked no booking carries this
 * Checkout yet, and the booking's unique Checkout id keeps it exactly once.
 */
export async function settlePayLater(
  tx: Tx,
  logger: Logger,
  session: CheckoutSessionView,
  publicUrl: string,
): Promise<PayLaterSettlement> {
  const bookingId = session.metadata[PAY_LATER_BOOKING_KEY] ?? '';
  const booking = isUuid(bookingId) ? await lockBooking(tx, eq(bookings.id, bookingId)) : undefined;
  const ctx = booking && (await loadReservationContext(tx, booking.reservationId));
  if (!booking || !ctx)
    return (
      (session.paymentIntentId && (await refundOrphanPayment(tx, logger, session))) || {
        kind: 'ignored',
        reason: 'no booking for this pay-later checkout',
      }
    );
  const mismatch = payLaterMismatch(booking, session);
  if (mismatch) return refundUnbookablePayment(tx, logger, ctx, session, mismatch);
  const [paid] = await tx
    .update(bookings)
    .set({ payment: 'stripe', stripeCheckoutSessionId: session.id, stripePaymentIntentId: session.paymentIntentId })
    .where(and(eq(bookings.id, booking.id), eq(bookings.payment, 'unpaid')))
    .returning();
  const emailId = await queueBookingEmail(tx, paid!, 'paid', { publicUrl });
  logger.info({ bookingId: booking.id, checkoutSessionId: session.id }, 'a pay-later booking was paid');
  return { kind: 'booked', booking: paid!, created: true, outboxIds: [emailId] };
}

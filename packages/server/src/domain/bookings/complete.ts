import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { bookings, slotReservations, type Booking } from '../../db/schema/index.ts';
import type { Logger } from '../../observability/logger.ts';
import { enqueue } from '../../outbox/outbox.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { confirmReservation } from '../reservations/confirm.ts';
import { lockReservation } from '../reservations/locking.ts';
import { payingCustomer } from './customers.ts';
import { confirmationEmail } from './emails.ts';
import { holdGiftCardShortfall, redeemHoldGiftCard } from './gift-card-payment.ts';
import { mintManageUrl } from './manage-token.ts';
import { redeemPromoCode, unredeemPromoCode } from './promo-redemption.ts';
import { PAY_LATER_BOOKING_KEY, settlePayLater } from './pay-later.ts';
import { recordBooking } from './record.ts';
import { loadReservationContext } from './reservation-context.ts';
import type { RefundOutcome } from './refund-payment.ts';
import { checkoutMismatch, refundLatePayment, refundOrphanPayment, refundUnbookablePayment } from './refund-payment.ts';

export type CompletionResult =
  /** `created` is false when the other path (webhook / success page) got there first. */
  | {
      readonly kind: 'booked';
      readonly booking: Booking;
      readonly created: boolean;
      readonly outboxIds: readonly string[];
    }
  /** Paid, but it may not book (seats gone, another Checkout, another amount, no hold): refund queued + alert. */
  | RefundOutcome
  | { readonly kind: 'ignored'; readonly reason: string };

const alreadyBooked = (booking: Booking): CompletionResult => ({
  kind: 'booked',
  booking,
  created: false,
  outboxIds: [],
});

/**
 * Turns a paid Checkout Session into a booking, inside the caller's
 * transaction. The webhook and confirmCheckout both come here; UNIQUE
 * (reservation_id) and UNIQUE (stripe_checkout_session_id) plus the session
 * row lock make them converge on one booking.
 * Every paid Checkout ends in exactly one of: a booking, or a queued refund
 * plus an alert (issue 16 items 2, 5, 8). It books only when it is the hold's
 * current Checkout at the held amount and currency and the hold has no booking
 * yet; a payment for a hold that ended re-acquires the seats if it can,
 * otherwise the booking is recorded `refunded` (DESIGN.md §4.3).
 */
export async function completeCheckout(
  tx: Tx,
  logger: Logger,
  session: CheckoutSessionView,
  /** Where the confirmation's manage link points (`<publicUrl>/manage/<token>`). */
  publicUrl: string,
): Promise<CompletionResult> {
  // A gift card purchase is no booking's payment (gift-cards/purchase.ts completes it): never refunded here.
  if (session.metadata.kind === 'gift_card') return { kind: 'ignored', reason: 'a gift card purchase' };
  // Prepared (fixed texts, db/client.ts): one round trip each on the webhook's path.
  const [done] = await tx
    .select()
    .from(bookings)
    .where(eq(bookings.stripeCheckoutSessionId, session.id))
    .prepare('booking_by_checkout_session')
    .execute();
  if (done) return alreadyBooked(done);
  // The payment of an existing UNPAID staff booking (its /pay link), not of a hold.
  if (session.metadata[PAY_LATER_BOOKING_KEY]) return settlePayLater(tx, logger, session, publicUrl);
  const reservationId = await findReservationId(tx, session);
  // Lock order (ARCHITECTURE.md): session row, reservation row, then bookings.
  const locked = reservationId ? await lockReservation(tx, reservationId) : undefined;
  const ctx = locked && (await loadReservationContext(tx, locked.reservation.id));
  if (!ctx)
    return (session.paymentIntentId && (await refundOrphanPayment(tx, logger, session))) || ignoredNoReservation;
  const mismatch = checkoutMismatch(ctx, session);
  if (mismatch) return refundUnbookablePayment(tx, logger, ctx, session, mismatch);
  const [earlier] = await tx
    .select()
    .from(bookings)
    .where(eq(bookings.reservationId, ctx.reservation.id))
    .prepare('booking_by_reservation')
    .execute();
  // The other path (webhook / success page) booked this very session while we waited for the locks.
  if (earlier?.stripeCheckoutSessionId === session.id) return alreadyBooked(earlier);
  if (earlier) return refundUnbookablePayment(tx, logger, ctx, session, `the hold already has booking ${earlier.id}`);
  const promo = await redeemPromoCode(tx, ctx.reservation);
  if (promo === 'used_up') {
    return refundUnbookablePayment(tx, logger, ctx, session, 'its promo code was used up after its hold ended');
  }
  // Its gift card pays the rest: locked after the promo code (session, reservation, promo code, gift card);
  // spent elsewhere meanwhile → the payment is refunded and the promo redemption given back.
  const shortfall = await holdGiftCardShortfall(tx, ctx.reservation);
  if (shortfall) {
    if (promo === 'redeemed') await unredeemPromoCode(tx, ctx.reservation.promoCodeId!);
    return refundUnbookablePayment(tx, logger, ctx, session, shortfall);
  }
  const outcome = await confirmReservation(tx, ctx.reservation.id, { wholeSession: isPrivate(ctx.activity) });
  if (outcome.kind === 'already-confirmed') {
    return refundUnbookablePayment(tx, logger, ctx, session, 'the hold is confirmed without a booking');
  }
  const status = outcome.kind === 'no-capacity' ? 'refunded' : 'confirmed';
  if (status === 'refunded' && promo === 'redeemed') await unredeemPromoCode(tx, ctx.reservation.promoCodeId!);
  const { booking, created } = await recordBooking(tx, ctx, session, status);
  if (!created) return alreadyBooked(booking);
  await notifyChange(tx, availabilityTopic(ctx.session.activityId, ctx.session.localDate));
  if (status === 'refunded') return refundLatePayment(tx, logger, ctx, session, booking);
  await redeemHoldGiftCard(tx, ctx.reservation, booking.id);
  const customer = payingCustomer(ctx.reservation, session);
  const manageUrl = await mintManageUrl(tx, booking.id, publicUrl);
  const emailId = await enqueue(tx, ctx.activity.organizationId, {
    kind: 'email',
    payload: confirmationEmail(customer.email, customer.name, booking, ctx, { manageUrl }),
  });
  return { kind: 'booked', booking, created: true, outboxIds: [emailId] };
}

const isPrivate = (activity: { settings: Record<string, unknown> }) => activity.settings?.bookingMode === 'private';

const ignoredNoReservation: CompletionResult = { kind: 'ignored', reason: 'no reservation for this checkout session' };

async function findReservationId(tx: Tx, session: CheckoutSessionView): Promise<string | null> {
  const fromMetadata = session.metadata.reservation_id;
  if (fromMetadata && isUuid(fromMetadata)) return fromMetadata;
  const [row] = await tx
    .select({ id: slotReservations.id })
    .from(slotReservations)
    .where(eq(slotReservations.checkoutSessionId, session.id))
    .prepare('reservation_of_checkout_session')
    .execute();
  return row?.id ?? null;
}

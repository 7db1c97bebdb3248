import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { bookings, slotReservations, type Booking } from '../../db/schema/index.ts';
import { AppError, ErrorCode } from '../../errors.ts';
import { recordAlert } from '../../observability/alerts.ts';
import type { Logger } from '../../observability/logger.ts';
import { enqueue } from '../../outbox/outbox.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { confirmReservation, type ConfirmOutcome } from '../reservations/confirm.ts';
import { payingCustomer } from './customers.ts';
import { confirmationEmail, refundedEmail } from './emails.ts';
import { mintManageUrl } from './manage-token.ts';
import { refundKeyOf, refundQueued } from './reconciliation-state.ts';
import { recordBooking } from './record.ts';
import { loadReservationContext, type ReservationContext } from './reservation-context.ts';

export type CompletionResult =
  /** `created` is false when the other path (webhook / success page) got there first. */
  | {
      readonly kind: 'booked';
      readonly booking: Booking;
      readonly created: boolean;
      readonly outboxIds: readonly string[];
    }
  /**
   * Paid, but the seats were gone (or the reservation was already paid through another session): refund queued.
   * `created` is false when an earlier settlement of this same payment had queued it already.
   */
  | {
      readonly kind: 'refunded';
      readonly booking: Booking | null;
      readonly created: boolean;
      readonly outboxIds: readonly string[];
    }
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
 * row lock taken by confirmReservation make them converge on one booking.
 * Money is never lost (DESIGN.md §4.3): a payment for a hold that ended
 * re-acquires the seats if it can, otherwise the booking is recorded as
 * `refunded` and a refund is queued in the same transaction.
 */
export async function completeCheckout(
  tx: Tx,
  logger: Logger,
  session: CheckoutSessionView,
  /** Where the confirmation's manage link points (`<publicUrl>/manage/<token>`). */
  publicUrl: string,
): Promise<CompletionResult> {
  const [done] = await tx.select().from(bookings).where(eq(bookings.stripeCheckoutSessionId, session.id));
  if (done) return alreadyBooked(done);
  const reservationId = await findReservationId(tx, session);
  if (!reservationId) return { kind: 'ignored', reason: 'no reservation for this checkout session' };
  const outcome = await confirmIfFound(tx, reservationId);
  const ctx = outcome && (await loadReservationContext(tx, reservationId));
  if (!outcome || !ctx) return { kind: 'ignored', reason: 'reservation not found' };
  if (outcome.kind === 'already-confirmed') {
    const [existing] = await tx.select().from(bookings).where(eq(bookings.reservationId, reservationId));
    if (existing?.stripeCheckoutSessionId === session.id) return alreadyBooked(existing);
    // The webhook, the success page and reconciliation may each settle this second payment: refund it once.
    if (existing && (await refundQueued(tx, session.id)))
      return { kind: 'refunded', booking: null, created: false, outboxIds: [] };
    if (existing) return refundSecondPayment(tx, logger, ctx, session, existing);
  }
  const status = outcome.kind === 'no-capacity' ? 'refunded' : 'confirmed';
  const { booking, created } = await recordBooking(tx, ctx, session, status);
  if (!created) return alreadyBooked(booking);
  await notifyChange(tx, availabilityTopic(ctx.session.activityId, ctx.session.localDate));
  if (status === 'refunded') return refundLatePayment(tx, logger, ctx, session, booking);
  const customer = payingCustomer(ctx.reservation, session);
  const manageUrl = await mintManageUrl(tx, booking.id, publicUrl);
  const emailId = await enqueue(tx, ctx.activity.organizationId, {
    kind: 'email',
    payload: confirmationEmail(customer.email, customer.name, booking, ctx, { manageUrl }),
  });
  return { kind: 'booked', booking, created: true, outboxIds: [emailId] };
}

/** The reservation's confirmation (seats re-acquired if the hold ended), or null when it no longer exists. */
async function confirmIfFound(tx: Tx, reservationId: string): Promise<ConfirmOutcome | null> {
  try {
    return await confirmReservation(tx, reservationId);
  } catch (err) {
    if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
    throw err;
  }
}

async function findReservationId(tx: Tx, session: CheckoutSessionView): Promise<string | null> {
  const fromMetadata = session.metadata.reservation_id;
  if (fromMetadata && isUuid(fromMetadata)) return fromMetadata;
  const [row] = await tx
    .select({ id: slotReservations.id })
    .from(slotReservations)
    .where(eq(slotReservations.checkoutSessionId, session.id));
  return row?.id ?? null;
}

/** A second Checkout session of the same hold was paid too: the seats are booked once, this money goes back. */
async function refundSecondPayment(
  tx: Tx,
  logger: Logger,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  existing: Booking,
): Promise<CompletionResult> {
  const reservationId = ctx.reservation.id;
  logger.error(
    { reservationId, checkoutSessionId: session.id, bookingId: existing.id },
    'duplicate payment for a booked reservation; refunding it',
  );
  await recordAlert(tx, {
    organizationId: ctx.activity.organizationId,
    kind: 'REFUND_ISSUED',
    message: 'A second payment for an already booked hold is being refunded',
    details: {
      reservationId,
      bookingId: existing.id,
      checkoutSessionId: session.id,
      paymentIntentId: session.paymentIntentId,
    },
  });
  return { kind: 'refunded', booking: null, created: true, outboxIds: await queueRefund(tx, ctx, session, null) };
}

/** The payment came after the hold ended and the seats were gone: recorded `refunded`, money and an email go back. */
async function refundLatePayment(
  tx: Tx,
  logger: Logger,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  booking: Booking,
): Promise<CompletionResult> {
  const reservationId = ctx.reservation.id;
  logger.warn(
    { reservationId, bookingId: booking.id, checkoutSessionId: session.id },
    'payment arrived after the seats were gone; refunding',
  );
  await recordAlert(tx, {
    organizationId: ctx.activity.organizationId,
    kind: 'PAYMENT_WITHOUT_BOOKING',
    message: `Payment for booking ${booking.bookingNumber} arrived after the seats were gone; a refund is issued`,
    details: {
      reservationId,
      bookingId: booking.id,
      bookingNumber: booking.bookingNumber,
      checkoutSessionId: session.id,
      paymentIntentId: session.paymentIntentId,
      totalCents: booking.totalCents,
      currency: booking.currency,
    },
  });
  const customer = payingCustomer(ctx.reservation, session);
  const outboxIds = await queueRefund(tx, ctx, session, booking.id);
  outboxIds.push(
    await enqueue(tx, ctx.activity.organizationId, {
      kind: 'email',
      payload: refundedEmail(customer.email, customer.name, booking, ctx),
    }),
  );
  return { kind: 'refunded', booking, created: true, outboxIds };
}

async function queueRefund(
  tx: Tx,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  bookingId: string | null,
): Promise<string[]> {
  if (!session.paymentIntentId) return [];
  const payload = { paymentIntentId: session.paymentIntentId, idempotencyKey: refundKeyOf(session.id), bookingId };
  return [await enqueue(tx, ctx.activity.organizationId, { kind: 'stripe_refund', payload })];
}

import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { activitySessions, bookings, type Booking } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { cancelConfirmedReservation } from '../reservations/release.ts';
import { AppError, ErrorCode, notFound } from '../../errors.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import type { DomainServices } from '../services.ts';
import { queueBookingEmail } from './change-emails.ts';
import { lockBooking } from './lock-booking.ts';
import { FULL_RESTORE, restoreGiftCard } from '../gift-cards/ledger.ts';

/**
 * Admin cancellation, scoped to the caller's organization (NOT_FOUND for any
 * other). The seats go back to the session. With `refund` and a payment
 * intent, the money goes back through Stripe FIRST (Idempotency-Key per
 * booking): if Stripe fails nothing has changed and the admin can retry; if
 * the database then fails, the retry's refund call is answered from Stripe's
 * idempotency cache. Cancelling again is a no-op (or adds the refund to a
 * booking cancelled without one).
 */
export async function cancelBooking(
  services: Pick<DomainServices, 'db' | 'logger' | 'payments' | 'outbox'>,
  organizationId: string,
  bookingId: string,
  refund: boolean,
): Promise<Booking> {
  if (!isUuid(bookingId)) throw notFound('Booking');
  const [booking] = await services.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, organizationId)));
  if (!booking) throw notFound('Booking');
  const paymentIntentId = refund && booking.status !== 'refunded' ? booking.stripePaymentIntentId : null;
  if (paymentIntentId === null && booking.status !== 'confirmed') return booking;
  // A refund gives the gift card part back to the card too (all of it: the whole payment is refunded).
  const restoresCard = refund && booking.giftCardCents > 0;

  if (paymentIntentId !== null) {
    try {
      await services.payments.gateway.refundPaymentIntent(paymentIntentId, `refund-booking-${booking.id}`);
    } catch (err) {
      services.logger.error({ err, bookingId }, 'Stripe refused the refund of a cancelled booking');
      throw new AppError(ErrorCode.INTERNAL, 'The refund failed at Stripe; the booking is unchanged. Please retry.', {
        cause: err,
      });
    }
  }
  const { ended, emailIds } = await services.db.transaction(async (tx) => {
    // Lock order of every booking path: session row, reservation row, booking row (as the webhook does).
    const current = await lockBooking(tx, eq(bookings.id, booking.id));
    if (!current) throw notFound('Booking');
    const refunded = paymentIntentId !== null || restoresCard;
    const result = await cancelBookingInTx(tx, current, refunded ? 'refunded' : 'cancelled');
    if (restoresCard) await restoreGiftCard(tx, current.id, FULL_RESTORE);
    if (result.status === current.status) return { ended: result, emailIds: [] };
    // An email on every cancel and refund (DESIGN §9.3), queued with the change it announces.
    const refundCents = refunded ? result.totalCents : 0;
    const publicUrl = services.payments.publicUrl();
    return { ended: result, emailIds: [await queueBookingEmail(tx, result, 'cancelled', { publicUrl, refundCents })] };
  });
  await services.outbox.deliver(emailIds);
  return ended;
}

/**
 * Ends a booking inside the caller's transaction: status, time, and (if it
 * was confirmed) its seats back through the reservations domain.
 */
export async function cancelBookingInTx(tx: Tx, booking: Booking, status: 'cancelled' | 'refunded'): Promise<Booking> {
  if (booking.status === status || booking.status === 'refunded') return booking;
  if (booking.status === 'confirmed') await cancelConfirmedReservation(tx, booking.reservationId);
  const [updated] = await tx
    .update(bookings)
    .set({ status, cancelledAt: booking.cancelledAt ?? (sql`now()` as unknown as Date) })
    .where(eq(bookings.id, booking.id))
    .returning();
  if (!updated) throw notFound('Booking');
  const [session] = await tx
    .select({ activityId: activitySessions.activityId, localDate: activitySessions.localDate })
    .from(activitySessions)
    .where(eq(activitySessions.id, booking.sessionId));
  if (session) await notifyChange(tx, availabilityTopic(session.activityId, session.localDate));
  return updated;
}

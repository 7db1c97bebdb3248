import { eq } from 'drizzle-orm';
import { bookings, slotReservations, type Booking } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { confirmReservation } from '../reservations/confirm.ts';
import { lockReservation } from '../reservations/locking.ts';
import { amountDueCents } from '../reservations/types.ts';
import type { DomainServices } from '../services.ts';
import { parseCustomer, type CustomerInput } from './customers.ts';
import { redeemPromoCode } from './promo-redemption.ts';
import { confirmationEmail } from './emails.ts';
import { holdGiftCardShortfall, redeemHoldGiftCard } from './gift-card-payment.ts';
import { mintManageUrl } from './manage-token.ts';
import { recordBooking } from './record.ts';
import { loadReservationContext } from './reservation-context.ts';

type Services = Pick<DomainServices, 'db' | 'now' | 'outbox' | 'payments'>;

/**
 * A hold its gift card pays in full (amountDueCents 0) becomes a booking without Checkout: in one
 * transaction the session and reservation rows are locked, then the card's (ARCHITECTURE.md lock
 * order), the hold is confirmed, the booking written, the card's balance taken down and the
 * confirmation queued. A retry finds the booking and answers it again.
 */
export async function bookWithGiftCard(
  services: Services,
  input: { readonly reservationId: string; readonly customer: CustomerInput },
): Promise<Booking> {
  const customer = parseCustomer(input.customer);
  if (!isUuid(input.reservationId)) throw notFound('Reservation');
  const now = services.now();
  const { booking, outboxIds } = await services.db.transaction(async (tx) => {
    const locked = await lockReservation(tx, input.reservationId);
    if (!locked) throw notFound('Reservation');
    const [earlier] = await tx.select().from(bookings).where(eq(bookings.reservationId, input.reservationId));
    if (earlier?.payment === 'gift_card') return { booking: earlier, outboxIds: [] as string[] };
    if (earlier) throw badInput('This reservation is already paid', { reason: 'ALREADY_CONFIRMED' });
    const ctx = await loadReservationContext(tx, input.reservationId);
    if (!ctx) throw notFound('Reservation');
    const hold = ctx.reservation;
    if (!hold.giftCardId || amountDueCents(hold) !== 0)
      throw badInput('A gift card does not pay all of this hold; pay the rest through createCheckout', {
        reason: 'AMOUNT_DUE',
      });
    if (hold.status !== 'held' || hold.expiresAt <= now)
      throw badInput('This hold has expired; please choose your slot again', { reason: 'HOLD_EXPIRED' });
    if (ctx.session.status !== 'open')
      throw badInput('This session is no longer bookable', { reason: 'SESSION_CLOSED' });
    // The promo code's row, then the card's (the lock order of completeCheckout); a throw rolls both back.
    if ((await redeemPromoCode(tx, hold)) === 'used_up')
      throw badInput('The promo code of this hold has been used up; please choose your slot again', {
        reason: 'PROMO_CODE_INVALID',
      });
    const shortfall = await holdGiftCardShortfall(tx, hold);
    if (shortfall)
      throw new AppError(ErrorCode.GIFT_CARD_INVALID, `This gift card cannot pay this booking any more (${shortfall})`);

    const [withCustomer] = await tx
      .update(slotReservations)
      .set({ customer, updatedAt: now })
      .where(eq(slotReservations.id, hold.id))
      .returning();
    await confirmReservation(tx, hold.id, { wholeSession: ctx.activity.settings?.bookingMode === 'private' });
    const booked = { ...ctx, reservation: withCustomer! };
    const { booking: created } = await recordBooking(tx, booked, null, 'confirmed');
    await redeemHoldGiftCard(tx, hold, created.id);
    await notifyChange(tx, availabilityTopic(ctx.session.activityId, ctx.session.localDate));
    const manageUrl = await mintManageUrl(tx, created.id, services.payments.publicUrl());
    const emailId = await enqueue(tx, ctx.activity.organizationId, {
      kind: 'email',
      payload: confirmationEmail(customer.email, customer.name, created, booked, { manageUrl }),
    });
    return { booking: created, outboxIds: [emailId] };
  });
  await services.outbox.deliver(outboxIds);
  return booking;
}

import type { Tx } from '../../db/client.ts';
import type { SlotReservation } from '../../db/schema/index.ts';
import { giftCardShortfall, redeemGiftCard } from '../gift-cards/ledger.ts';

/**
 * The gift card part of booking a hold (DESIGN §9.4): checked under the card's row lock before the
 * booking is written, taken off right after it, in the same transaction — so the balance drops exactly
 * once, at booking, and parallel bookings on one card queue on its row and never overdraw it.
 */

/** Why the hold's card cannot pay its share now, or null (also null for a hold without a card). */
export function holdGiftCardShortfall(tx: Tx, reservation: SlotReservation): Promise<string | null> {
  if (!reservation.giftCardId || reservation.giftCardCents <= 0) return Promise.resolve(null);
  return giftCardShortfall(tx, {
    giftCardId: reservation.giftCardId,
    cents: reservation.giftCardCents,
    currency: reservation.currency,
  });
}

/** Takes the hold's share off its card for the new booking; the card is locked and checked already. */
export async function redeemHoldGiftCard(tx: Tx, reservation: SlotReservation, bookingId: string): Promise<void> {
  if (!reservation.giftCardId || reservation.giftCardCents <= 0) return;
  const outcome = await redeemGiftCard(tx, {
    giftCardId: reservation.giftCardId,
    cents: reservation.giftCardCents,
    currency: reservation.currency,
    bookingId,
  });
  // Unreachable while the caller checked under the same lock; thrown so the booking rolls back rather
  // than being paid by nobody.
  if (!outcome.ok) throw new Error(`gift card redemption failed after its check: ${outcome.reason}`);
}

import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { slotReservations } from '../../db/schema/index.ts';
import { findGiftCardByCode } from '../gift-cards/cards.ts';
import { invalid, InvalidReason, type ReservationView, type ReserveOutcome } from './types.ts';

/**
 * Stripe refuses to charge less than about 0.50 in the usual currencies: when a card would leave less
 * than this to pay, it pays that much less, so the rest is still chargeable (the card keeps the change).
 */
export const MIN_CHARGE_CENTS = 50;

/** What a card with `balanceCents` pays of `dueCents`: all of it, or as much as leaves a chargeable rest. */
export function giftCardShare(balanceCents: number, dueCents: number): number {
  if (balanceCents >= dueCents) return dueCents;
  const rest = dueCents - balanceCents;
  return rest >= MIN_CHARGE_CENTS ? balanceCents : Math.max(0, dueCents - MIN_CHARGE_CENTS);
}

export type GiftCardForHold =
  | { readonly ok: true; readonly giftCardId: string; readonly cents: number }
  | { readonly ok: false; readonly outcome: ReserveOutcome };

const refused = (message: string): GiftCardForHold => ({
  ok: false,
  outcome: invalid(InvalidReason.GIFT_CARD_INVALID, message),
});

/**
 * Checks a code for a hold before any seat is taken: a card of the session's organization, in the hold's
 * currency, with money on it. Nothing is taken off yet — the balance drops at booking, under the card's
 * lock (gift-cards/ledger.ts); this only fixes how much the card is meant to pay.
 */
export async function giftCardForHold(
  db: DbOrTx,
  code: string,
  hold: { readonly organizationId: string; readonly currency: string; readonly dueCents: number },
): Promise<GiftCardForHold> {
  const card = await findGiftCardByCode(db, code);
  if (!card || card.organizationId !== hold.organizationId) return refused('This gift card code is not valid here');
  if (card.currency.toUpperCase() !== hold.currency.toUpperCase())
    return refused(`This gift card is in ${card.currency}; these tickets are in ${hold.currency.toUpperCase()}`);
  // Nothing to pay (a promo code took it all): the card is not needed, and not touched.
  if (hold.dueCents <= 0) return { ok: true, giftCardId: card.id, cents: 0 };
  const cents = giftCardShare(card.balanceCents, hold.dueCents);
  if (cents <= 0) return refused('This gift card has no balance left');
  return { ok: true, giftCardId: card.id, cents };
}

/** Records on a new hold which card pays how much (a replayed hold keeps what it has). */
export async function attachGiftCardToHold(
  db: DbOrTx,
  reservation: ReservationView,
  card: { readonly giftCardId: string; readonly cents: number },
): Promise<ReservationView> {
  const [row] = await db
    .update(slotReservations)
    .set({ giftCardId: card.giftCardId, giftCardCents: card.cents })
    .where(and(eq(slotReservations.id, reservation.id), eq(slotReservations.status, 'held')))
    .returning({ giftCardCents: slotReservations.giftCardCents });
  return { ...reservation, giftCardCents: row?.giftCardCents ?? 0 };
}

/** A replayed hold answers with the card share it was given. */
export async function withHoldGiftCard(db: DbOrTx, reservation: ReservationView): Promise<ReservationView> {
  const [row] = await db
    .select({ giftCardCents: slotReservations.giftCardCents })
    .from(slotReservations)
    .where(eq(slotReservations.id, reservation.id));
  return { ...reservation, giftCardCents: row?.giftCardCents ?? 0 };
}

import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { giftCardLedger, giftCards, type GiftCard } from '../../db/schema/index.ts';

/**
 * Balance changes. Each runs under the card's row lock (FOR UPDATE), taken LAST in the booking lock
 * order (ARCHITECTURE.md): session row → reservation row → booking row → gift card row. The balance and
 * its ledger row change in the caller's transaction, so they commit or roll back with the booking.
 */

/** Locks a card's row for a balance change; undefined when it is gone. */
async function lockCard(tx: Tx, giftCardId: string): Promise<GiftCard | undefined> {
  const [card] = await tx
    .select()
    .from(giftCards)
    .where(eq(giftCards.id, giftCardId))
    .for('update')
    .prepare('lock_gift_card')
    .execute();
  return card;
}

/**
 * Why the card cannot pay `cents` now (gone, another currency, not enough left), or null when it can.
 * Leaves the card locked until the caller's commit, so the redemption that follows finds the same balance.
 */
export async function giftCardShortfall(
  tx: Tx,
  input: { readonly giftCardId: string; readonly cents: number; readonly currency: string },
): Promise<string | null> {
  const card = await lockCard(tx, input.giftCardId);
  if (!card) return 'the gift card no longer exists';
  if (card.currency.toUpperCase() !== input.currency.toUpperCase()) return 'the gift card is in another currency';
  if (card.balanceCents < input.cents) return 'the gift card balance was spent meanwhile';
  return null;
}

export type RedeemOutcome =
  { readonly ok: true; readonly balanceAfterCents: number } | { readonly ok: false; readonly reason: string };

/**
 * Takes `cents` off the card for one booking: exactly once (the ledger allows one redemption per
 * booking, and the balance never goes below zero — a CHECK guards that too). Refuses, changing
 * nothing, when the card is gone, in another currency or no longer holds enough.
 */
export async function redeemGiftCard(
  tx: Tx,
  input: { readonly giftCardId: string; readonly cents: number; readonly currency: string; readonly bookingId: string },
): Promise<RedeemOutcome> {
  const card = await lockCard(tx, input.giftCardId);
  if (!card) return { ok: false, reason: 'the gift card no longer exists' };
  if (card.currency.toUpperCase() !== input.currency.toUpperCase())
    return { ok: false, reason: 'the gift card is in another currency' };
  if (card.balanceCents < input.cents) return { ok: false, reason: 'the gift card balance was spent meanwhile' };
  const balanceAfterCents = card.balanceCents - input.cents;
  await tx.update(giftCards).set({ balanceCents: balanceAfterCents }).where(eq(giftCards.id, card.id));
  await tx.insert(giftCardLedger).values({
    giftCardId: card.id,
    organizationId: card.organizationId,
    kind: 'redeemed',
    amountCents: -input.cents,
    balanceAfterCents,
    bookingId: input.bookingId,
  });
  return { ok: true, balanceAfterCents };
}

/**
 * The share of a refund that goes back to the card: a cancellation or refund gives back the same share
 * of both parts of what was paid — `share` of the Stripe part through Stripe, `share` of the gift card
 * part to the card (rounded down to the cent, like the policy's refund). A full refund is share 1; a
 * cancellation without refund is share 0 (nothing restored, as nothing is refunded).
 */
export interface RestoreShare {
  readonly numerator: number;
  readonly denominator: number;
}
export const FULL_RESTORE: RestoreShare = { numerator: 1, denominator: 1 };

/**
 * Gives a booking's redeemed amount back to its card by `share`, idempotently: what was restored for
 * this booking before counts, so a repeated cancel or a Stripe refund echo never restores twice.
 * Returns the cents restored now (0 when the booking used no card).
 */
export async function restoreGiftCard(tx: Tx, bookingId: string, share: RestoreShare): Promise<number> {
  const [redemption] = await tx
    .select()
    .from(giftCardLedger)
    .where(and(eq(giftCardLedger.bookingId, bookingId), eq(giftCardLedger.kind, 'redeemed')))
    .prepare('gift_card_redemption_of_booking')
    .execute();
  if (!redemption || share.numerator <= 0 || share.denominator <= 0) return 0;
  const card = await lockCard(tx, redemption.giftCardId);
  if (!card) return 0;
  const [done] = await tx
    .select({ cents: sql<number>`coalesce(sum(${giftCardLedger.amountCents}), 0)::int` })
    .from(giftCardLedger)
    .where(and(eq(giftCardLedger.bookingId, bookingId), eq(giftCardLedger.kind, 'restored')));
  const redeemed = -redemption.amountCents;
  const target = Math.floor((redeemed * Math.min(share.numerator, share.denominator)) / share.denominator);
  const cents = Math.min(target - Number(done?.cents ?? 0), card.initialCents - card.balanceCents);
  if (cents <= 0) return 0;
  const balanceAfterCents = card.balanceCents + cents;
  await tx.update(giftCards).set({ balanceCents: balanceAfterCents }).where(eq(giftCards.id, card.id));
  await tx.insert(giftCardLedger).values({
    giftCardId: card.id,
    organizationId: card.organizationId,
    kind: 'restored',
    amountCents: cents,
    balanceAfterCents,
    bookingId,
  });
  return cents;
}

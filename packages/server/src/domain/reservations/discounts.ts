import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { promoCodes, type PromoCode } from '../../db/schema/index.ts';

/**
 * The money model of a booking, in one place (DESIGN §9.4, issue 22):
 *
 *   subtotal  = Σ ticket lines (a PERSON line is unit × quantity, a GROUP line is its unit once)
 *   discount  = the promo code's share of the subtotal (percent rounded half up, or a fixed amount),
 *               never more than the subtotal
 *   total     = subtotal − discount        → Reservation/Booking.totalCents: what the booking costs
 *   gift card = what a gift card pays of the total (0 here; the gift-card work fills `giftCardCents`)
 *   due       = total − gift card         → the Stripe Checkout amount (lines at their prices, the
 *                                           discount as one Stripe coupon of exactly `discount`)
 *
 * Refunds never exceed `total` (the booking's totalCents). Every amount is computed here, on the server.
 */
export interface MoneyLine {
  readonly quantity: number;
  readonly unitAmountCents: number;
  /** Absent: per person (holds older than migration 0016). */
  readonly per?: 'person' | 'group' | null;
}

export interface PromoTerms {
  readonly percentOff: number | null;
  readonly amountOffCents: number | null;
}

export interface FinalAmounts {
  readonly subtotalCents: number;
  readonly discountCents: number;
  readonly totalCents: number;
  /** The gift card's part of the total (a later step supplies it; 0 until then). */
  readonly giftCardCents: number;
  /** What Stripe Checkout charges. */
  readonly dueCents: number;
}

/** A GROUP line is one amount for the whole party; a PERSON line is per ticket. */
export const lineTotalCents = (line: MoneyLine): number =>
  line.quantity === 0 ? 0 : line.per === 'group' ? line.unitAmountCents : line.unitAmountCents * line.quantity;

export function discountOf(subtotalCents: number, terms: PromoTerms | null | undefined): number {
  if (!terms) return 0;
  const off =
    terms.percentOff != null ? Math.round((subtotalCents * terms.percentOff) / 100) : (terms.amountOffCents ?? 0);
  return Math.max(0, Math.min(subtotalCents, off));
}

/** The single function every amount comes from: the hold, the quote, the Checkout and its test. */
export function finalAmounts(input: {
  readonly lines: readonly MoneyLine[];
  readonly promo?: PromoTerms | null;
  /** The gift card's balance offered for this booking; it pays at most the total. */
  readonly giftCardBalanceCents?: number;
}): FinalAmounts {
  const subtotalCents = input.lines.reduce((sum, l) => sum + lineTotalCents(l), 0);
  const discountCents = discountOf(subtotalCents, input.promo);
  const totalCents = subtotalCents - discountCents;
  const giftCardCents = Math.max(0, Math.min(totalCents, input.giftCardBalanceCents ?? 0));
  return { subtotalCents, discountCents, totalCents, giftCardCents, dueCents: totalCents - giftCardCents };
}

/** Codes as admins type them: 3–40 letters, digits, dash or underscore; compared case-insensitively. */
export const PROMO_CODE_RE = /^[A-Za-z0-9_-]{3,40}$/;

export type PromoRefusal = 'unknown' | 'inactive' | 'not_yet' | 'expired' | 'used_up' | 'other_activity';

/**
 * Whether a code may be used for this activity now, as far as its row says. The hold re-checks
 * `active`, the window and the count under the code's row lock in reserve_slot(); live holds count there.
 */
export function promoRefusal(promo: PromoCode | undefined, activityId: string, now: Date): PromoRefusal | null {
  if (!promo) return 'unknown';
  if (!promo.active) return 'inactive';
  if (promo.validFrom && now < promo.validFrom) return 'not_yet';
  if (promo.validUntil && now >= promo.validUntil) return 'expired';
  if (promo.maxRedemptions != null && promo.redemptions >= promo.maxRedemptions) return 'used_up';
  if (promo.activityIds.length > 0 && !promo.activityIds.includes(activityId)) return 'other_activity';
  return null;
}

export const PROMO_INVALID_MESSAGE: Record<PromoRefusal, string> = {
  unknown: 'This promo code is not valid',
  inactive: 'This promo code is no longer valid',
  not_yet: 'This promo code is not valid yet',
  expired: 'This promo code has expired',
  used_up: 'This promo code has been used up',
  other_activity: 'This promo code is not valid for this activity',
};

/** The organization's code with this text, whatever its case. */
export async function findPromoCode(db: DbOrTx, organizationId: string, code: string): Promise<PromoCode | undefined> {
  if (!isUuid(organizationId) || !PROMO_CODE_RE.test(code)) return undefined;
  const [row] = await db
    .select()
    .from(promoCodes)
    .where(and(eq(promoCodes.organizationId, organizationId), eq(sql`lower(${promoCodes.code})`, code.toLowerCase())));
  return row;
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { finalAmounts, findPromoCode, PROMO_INVALID_MESSAGE, promoRefusal } from './discounts.ts';
import { loadActivityCatalog } from './hold-catalog.ts';
import { priceTickets } from './pricing.ts';
import { InvalidReason, type TicketRequest } from './types.ts';

export interface PriceQuote {
  readonly subtotalCents: number;
  readonly discountCents: number;
  readonly totalCents: number;
  readonly currency: string;
  readonly promoCodeError: InvalidReason | null;
  readonly promoCodeMessage: string | null;
}

/**
 * What a hold of these tickets would cost with this code now (the widget's Apply button): the same
 * pricing and the same money function as reserveSlot, without taking anything. Party limits are not
 * applied (the ticket step shows them itself); an unknown price is BAD_USER_INPUT.
 */
export async function quotePrice(
  db: DbOrTx,
  input: {
    readonly activityId: string;
    readonly tickets: readonly TicketRequest[];
    readonly promoCode?: string | null;
  },
  now: Date,
): Promise<PriceQuote> {
  if (!isUuid(input.activityId)) throw notFound('Activity');
  const [owner] = await db
    .select({ organizationId: activities.organizationId, status: activities.status })
    .from(activities)
    .where(eq(activities.id, input.activityId));
  const catalog = owner?.status === 'active' ? await loadActivityCatalog(db, input.activityId) : undefined;
  if (!owner || !catalog) throw notFound('Activity');
  // Only prices and currency matter to a quote: the party and consent checks belong to the hold.
  const lenient = {
    ...catalog.activity,
    minParty: 0,
    maxParty: Number.MAX_SAFE_INTEGER,
    requiresWaiver: false,
    minAge: null,
  };
  const priced = priceTickets(lenient, catalog.prices, { tickets: input.tickets });
  const lines = priced.ok ? priced.priced.tickets : [];
  const currency = priced.ok ? priced.priced.currency : (catalog.prices[0]?.currency ?? 'USD');
  const code = input.promoCode?.trim();
  const promo = code ? await findPromoCode(db, owner.organizationId, code) : undefined;
  const refusal = code ? promoRefusal(promo, input.activityId, now) : null;
  const amounts = finalAmounts({ lines, promo: refusal ? null : promo });
  return {
    subtotalCents: amounts.subtotalCents,
    discountCents: amounts.discountCents,
    totalCents: amounts.totalCents,
    currency,
    promoCodeError: refusal ? InvalidReason.PROMO_CODE_INVALID : null,
    promoCodeMessage: refusal ? PROMO_INVALID_MESSAGE[refusal] : null,
  };
}

import { eq } from 'drizzle-orm';
import { bookings, promoCodes, type PromoCode } from '../../db/schema/index.ts';
import { createPromoCode, deactivatePromoCode, listPromoCodes } from '../../domain/admin/promo-codes.ts';
import { quotePrice } from '../../domain/reservations/quote.ts';
import { asAdmin } from '../admin-scope.ts';
import type * as G from '../generated/resolvers-types.ts';
import { fromPriceTier } from '../mappers.ts';

const toPromoCode = (p: PromoCode): G.PromoCode => ({
  id: p.id,
  code: p.code,
  percentOff: p.percentOff,
  amountOffCents: p.amountOffCents,
  validFrom: p.validFrom?.toISOString() ?? null,
  validUntil: p.validUntil?.toISOString() ?? null,
  maxRedemptions: p.maxRedemptions,
  redemptions: p.redemptions,
  activityIds: p.activityIds,
  active: p.active,
  createdAt: p.createdAt.toISOString(),
});

export const promoCodeResolvers: G.Resolvers = {
  Query: {
    promoCodes: (_p, _a, ctx) => asAdmin(ctx, async (tx, org) => (await listPromoCodes(tx, org)).map(toPromoCode)),
    priceQuote: (_p, { input }, { services }) =>
      quotePrice(
        services.db,
        {
          activityId: input.activityId,
          tickets: input.tickets.map((t) => ({
            tier: t.tier ? fromPriceTier(t.tier) : null,
            priceId: t.priceId ?? null,
            quantity: t.quantity,
          })),
          promoCode: input.promoCode ?? null,
        },
        services.now(),
      ),
  },
  Mutation: {
    createPromoCode: (_p, { input }, ctx) =>
      asAdmin(ctx, async (tx, org) => toPromoCode(await createPromoCode(tx, org, input))),
    deactivatePromoCode: (_p, { id }, ctx) =>
      asAdmin(ctx, async (tx, org) => toPromoCode(await deactivatePromoCode(tx, org, id))),
  },
  AdminBooking: {
    promoCode: (parent, _a, ctx) =>
      asAdmin(ctx, async (tx) => {
        const [row] = await tx
          .select({ code: promoCodes.code })
          .from(bookings)
          .innerJoin(promoCodes, eq(promoCodes.id, bookings.promoCodeId))
          .where(eq(bookings.id, parent.id!));
        return row?.code ?? null;
      }),
  },
};

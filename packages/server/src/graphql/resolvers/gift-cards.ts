import { issueGiftCardAsAdmin } from '../../domain/gift-cards/admin.ts';
import {
  findOrganizationGiftCard,
  giftCardBalance,
  giftCardHistory,
  listGiftCards,
  type GiftCardHistoryEntry,
} from '../../domain/gift-cards/cards.ts';
import { confirmGiftCardPurchase } from '../../domain/gift-cards/confirm-purchase.ts';
import { buyGiftCard } from '../../domain/gift-cards/purchase.ts';
import { bookWithGiftCard } from '../../domain/bookings/gift-card-booking.ts';
import type { GiftCard } from '../../db/schema/index.ts';
import { asAdmin } from '../admin-scope.ts';
import type * as G from '../generated/resolvers-types.ts';
import { toPublicBooking } from '../public-booking.ts';

const toEntry = (e: GiftCardHistoryEntry): G.GiftCardLedgerEntry => ({
  id: e.id,
  kind: e.kind.toUpperCase() as G.GiftCardLedgerKind,
  amountCents: e.amountCents,
  balanceAfterCents: e.balanceAfterCents,
  bookingNumber: e.bookingNumber,
  createdAt: e.createdAt.toISOString(),
});

/** The card as the API shows it; `history` is read by its field resolver unless given. */
function toGiftCard(
  card: GiftCard,
  extra: { code?: string; history?: GiftCardHistoryEntry[] } = {},
): Partial<G.GiftCard> {
  return {
    id: card.id,
    code: extra.code ?? null,
    last4: card.codeLast4,
    initialCents: card.initialCents,
    balanceCents: card.balanceCents,
    currency: card.currency,
    recipientEmail: card.recipientEmail,
    buyerEmail: card.buyerEmail,
    source: card.source.toUpperCase() as G.GiftCardSource,
    createdAt: card.createdAt.toISOString(),
    ...(extra.history ? { history: extra.history.map(toEntry) } : {}),
  };
}

/** Gift cards (DESIGN §9.4): the public balance, purchase and full-cover booking; the admin's issue and look-up. */
export const giftCardResolvers: G.Resolvers = {
  Query: {
    giftCardBalance: (_p, { code }, { services }) => giftCardBalance(services.db, code),
    giftCards: (_p, { first }, ctx) =>
      asAdmin(ctx, async (tx, org) => (await listGiftCards(tx, org, first ?? 200)).map((c) => toGiftCard(c))),
    giftCard: (_p, args, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const card = await findOrganizationGiftCard(tx, org, args);
        return toGiftCard(card, { history: await giftCardHistory(tx, card.id) });
      }),
  },
  Mutation: {
    issueGiftCard: async (_p, { input }, ctx) => {
      const { card, code, outboxIds, history } = await asAdmin(ctx, async (tx, org) => {
        const issued = await issueGiftCardAsAdmin(tx, org, input, ctx.services.payments.publicUrl());
        return { ...issued, history: await giftCardHistory(tx, issued.card.id) };
      });
      await ctx.services.outbox.deliver(outboxIds);
      return toGiftCard(card, { code, history });
    },
    bookWithGiftCard: async (_p, { input }, { services }) =>
      toPublicBooking(services.db, await bookWithGiftCard(services, input)),
    buyGiftCard: (_p, { input }, { services }) => buyGiftCard(services, input),
    confirmGiftCardPurchase: async (_p, { checkoutSessionId }, { services }) => {
      const card = await confirmGiftCardPurchase(services, checkoutSessionId);
      return {
        amountCents: card.initialCents,
        currency: card.currency,
        recipientEmail: card.recipientEmail,
        last4: card.codeLast4,
      };
    },
  },
  GiftCard: {
    history: async (parent, _a, ctx) =>
      parent.history ?? asAdmin(ctx, async (tx) => (await giftCardHistory(tx, parent.id!)).map(toEntry)),
  },
};

import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * Gift cards (DESIGN §9.4). The code is shown once (to the issuing admin, or in the recipient's email):
 * only its SHA-256 is stored, plus the last four characters so staff can tell cards apart. The balance
 * changes only under this row's lock, together with a ledger row saying why.
 */
export const giftCards = pgTable(
  'gift_cards',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull().unique(),
    codeLast4: text('code_last4').notNull(),
    initialCents: integer('initial_cents').notNull(),
    balanceCents: integer('balance_cents').notNull(),
    currency: text('currency').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    /** Who paid for it in the widget; null for a card an admin issued. */
    buyerEmail: text('buyer_email'),
    source: text('source', { enum: ['admin', 'purchase'] }).notNull(),
    /** The Checkout that paid for a bought card: one card per payment, whichever path completes it first. */
    stripeCheckoutSessionId: text('stripe_checkout_session_id').unique(),
    createdAt: createdAt(),
  },
  (t) => [
    check('gift_cards_balance_check', sql`${t.balanceCents} >= 0 AND ${t.balanceCents} <= ${t.initialCents}`),
    index('gift_cards_organization_created_idx').on(t.organizationId, t.createdAt),
  ],
);

/**
 * Every change of a card's balance: `issued` (+initial), `redeemed` (−, at booking), `restored` (+, on a
 * cancel or refund of that booking). At most one redemption per booking.
 */
export const giftCardLedger = pgTable(
  'gift_card_ledger',
  {
    id: id(),
    giftCardId: uuid('gift_card_id')
      .notNull()
      .references(() => giftCards.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['issued', 'redeemed', 'restored'] }).notNull(),
    /** Signed: what this entry did to the balance. */
    amountCents: integer('amount_cents').notNull(),
    balanceAfterCents: integer('balance_after_cents').notNull(),
    /** The booking a redemption paid, or whose cancel/refund restored it (no FK: bookings are never deleted alone). */
    bookingId: uuid('booking_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('gift_card_ledger_card_idx').on(t.giftCardId, t.createdAt),
    uniqueIndex('gift_card_ledger_one_redemption_per_booking')
      .on(t.bookingId)
      .where(sql`${t.kind} = 'redeemed'`),
  ],
);

export type GiftCard = typeof giftCards.$inferSelect;
export type GiftCardLedgerEntry = typeof giftCardLedger.$inferSelect;

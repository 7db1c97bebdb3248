import { index, jsonb, pgTable, text, uuid, integer } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';

/** Webhook idempotency: an event id is inserted in the same transaction as its effects. */
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: instant('received_at').notNull().defaultNow(),
  processedAt: instant('processed_at'),
});

/** Transactional outbox: emails are queued with the booking and sent after commit. */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    /** A worker claims a row by pushing this into the future; a crashed claim becomes due again. */
    availableAt: instant('available_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    index('outbox_unsent_idx')
      .on(t.createdAt)
      .where(sql`${t.sentAt} IS NULL`),
    // Whether a Checkout's refund is already queued (reconciliation asks for every paid session it lists).
    index('outbox_refund_key_idx')
      .on(sql`(${t.payload}->>'idempotencyKey')`)
      .where(sql`${t.kind} = 'stripe_refund'`),
  ],
);

/**
 * Checkout Sessions of keyless development mode (no STRIPE_SECRET_KEY): the
 * local test-checkout page reads them, and they survive a restart. Shaped like
 * the Stripe fields the booking code reads.
 */
export const devCheckoutSessions = pgTable('dev_checkout_sessions', {
  id: text('id').primaryKey(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  status: text('status', { enum: ['open', 'complete', 'expired'] })
    .notNull()
    .default('open'),
  paymentStatus: text('payment_status', { enum: ['paid', 'unpaid'] })
    .notNull()
    .default('unpaid'),
  paymentIntentId: text('payment_intent_id'),
  /** The Checkout Session create parameters, as they would have been sent to Stripe. */
  params: jsonb('params').$type<Record<string, unknown>>().notNull(),
  amountTotal: integer('amount_total').notNull(),
  currency: text('currency').notNull(),
  createdAt: createdAt(),
  refundedAt: instant('refunded_at'),
});

export type StripeEvent = typeof stripeEvents.$inferSelect;
export type OutboxMessage = typeof outbox.$inferSelect;
export type DevCheckoutSession = typeof devCheckoutSessions.$inferSelect;

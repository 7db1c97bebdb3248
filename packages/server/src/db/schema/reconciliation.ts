import { check, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { instant } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * Paid Checkout sessions the reconciliation found with neither a booking nor a
 * queued refund (a hold still live, or a completion that failed or found no
 * reservation). `slotkit_payments_unreconciled` counts the ones still
 * unsettled; one older than RECONCILE_ALERT_MINUTES raises an alert once
 * (`alerted_at`). A row is deleted once its session is settled.
 */
export const unreconciledPayments = pgTable('unreconciled_payments', {
  checkoutSessionId: text('checkout_session_id').primaryKey(),
  organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  reservationId: uuid('reservation_id'),
  paymentIntentId: text('payment_intent_id'),
  firstSeenAt: instant('first_seen_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  alertedAt: instant('alerted_at'),
});

/**
 * The one row of the periodic reconciler: a lease, so one instance at a time
 * lists the gateway (a crashed holder's lease simply runs out), and how far
 * the last complete pass listed, so a restart after downtime lists every
 * Checkout session that could have been paid meanwhile.
 */
export const paymentReconciler = pgTable(
  'payment_reconciler',
  {
    id: smallint('id').primaryKey().default(1),
    leaseOwner: text('lease_owner'),
    leaseUntil: instant('lease_until'),
    listedUntil: instant('listed_until'),
  },
  (t) => [check('payment_reconciler_single_row', sql`${t.id} = 1`)],
);

export type UnreconciledPayment = typeof unreconciledPayments.$inferSelect;

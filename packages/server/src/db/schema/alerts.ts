import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * Failed bookings worth a human's attention (payment without booking, refund
 * issued, webhook processing error). Written in (or right after) the
 * transaction that found the failure; POSTed to ALERT_WEBHOOK_URL by the
 * alert deliverer, never on the booking path. organization_id is null when
 * the failure could not be tied to one (an unreadable webhook).
 */
export const alerts = pgTable(
  'alerts',
  {
    id: id(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    deliveredAt: instant('delivered_at'),
    attempts: integer('attempts').notNull().default(0),
    /** Exponential backoff between delivery attempts, kept in the row so it survives restarts. */
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
  },
  (t) => [
    index('alerts_org_created_idx').on(t.organizationId, t.createdAt),
    index('alerts_undelivered_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.deliveredAt} IS NULL`),
  ],
);

export type Alert = typeof alerts.$inferSelect;

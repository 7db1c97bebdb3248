import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';
import { slotReservations } from './reservations.ts';
import { activitySessions } from './sessions.ts';

export const WAITLIST_STATUSES = ['WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'LEFT'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/**
 * A party waiting for seats on a sold-out session (DESIGN §9.4). FIFO by created_at; when seats free up the
 * waitlist job (jobs/waitlist-offers.ts) turns the first entry that fits into an OFFERED one: a real hold
 * (`reservation_id`) for 15 minutes, announced by an emailed link whose token only its hash names.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id, { onDelete: 'cascade' }),
    partySize: integer('party_size').notNull(),
    email: text('email').notNull(),
    /** The customer's language: the offer email uses it. */
    locale: text('locale').notNull().default('en'),
    status: text('status', { enum: WAITLIST_STATUSES }).notNull().default('WAITING'),
    /** SHA-256 of the token in the "leave the waitlist" link of the joining email. */
    leaveTokenHash: text('leave_token_hash').notNull().unique(),
    /** The hold an offer made (status held while the offer lives). */
    reservationId: uuid('reservation_id').references(() => slotReservations.id, { onDelete: 'set null' }),
    /** SHA-256 of the token in the offer link. */
    offerTokenHash: text('offer_token_hash').unique(),
    offeredAt: instant('offered_at'),
    offerExpiresAt: instant('offer_expires_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('waitlist_entries_party_check', sql`${t.partySize} >= 1`),
    check('waitlist_entries_status_check', sql`${t.status} IN ('WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'LEFT')`),
    // One live entry per email and session: joining twice answers the entry already there.
    uniqueIndex('waitlist_entries_live_email_unique')
      .on(t.sessionId, sql`lower(${t.email})`)
      .where(sql`${t.status} IN ('WAITING', 'OFFERED')`),
    // The job reads a session's live entries in FIFO order; the sweep lists sessions that have any.
    index('waitlist_entries_live_idx')
      .on(t.sessionId, t.createdAt)
      .where(sql`${t.status} IN ('WAITING', 'OFFERED')`),
  ],
);

export type WaitlistEntry = typeof waitlistEntries.$inferSelect;
export type NewWaitlistEntry = typeof waitlistEntries.$inferInsert;

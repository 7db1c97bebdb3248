import { check, index, integer, pgTable, text, unique, uuid, date } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';
import { activities } from './activities.ts';

export const activitySessions = pgTable(
  'activity_sessions',
  {
    id: id(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** The venue-local calendar date of startsAt: the calendar and realtime topics key on it. */
    localDate: date('local_date', { mode: 'string' }).notNull(),
    capacityTotal: integer('capacity_total').notNull(),
    capacityRemaining: integer('capacity_remaining').notNull(),
    status: text('status', { enum: ['open', 'closed', 'cancelled'] })
      .notNull()
      .default('open'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('activity_sessions_activity_starts_unique').on(t.activityId, t.startsAt),
    check(
      'activity_sessions_capacity_check',
      sql`${t.capacityRemaining} >= 0 AND ${t.capacityRemaining} <= ${t.capacityTotal}`,
    ),
    index('activity_sessions_activity_date_idx').on(t.activityId, t.localDate),
    // No index on organization_id: every read reaches sessions through an activity (or an id), and one more
    // B-tree per row cost bulk generation 10–20 % (issue 3). Deleting an organization scans; that is rare.
  ],
);

export type ActivitySession = typeof activitySessions.$inferSelect;
export type NewActivitySession = typeof activitySessions.$inferInsert;

import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { activities, activitySessions, bookings, venues } from '../../db/schema/index.ts';
import { dayNumber, isoDateOf, localDateOf } from '@slotkit/core/schedule';
import { findVenue } from './venues.ts';

export interface TrendDay {
  readonly date: string;
  readonly bookings: number;
  readonly revenueCents: number;
}

export const TREND_DAYS = 7;

/**
 * Bookings made per venue-local day over the last 7 days (today included),
 * oldest first, zero-filled: the sales trend. A booking counts on the day it
 * was CREATED in its venue's timezone (not the day of its session: a
 * dashboard trend shows how sales go, and future session days have no
 * history yet). Only confirmed bookings count; revenue is Σ total_cents.
 * Without venueId the whole organization counts, each booking on its own
 * venue's local day, and "today" is that of the oldest venue (UTC when there
 * is none). Revenue adds cents across venues as they are, so mixed
 * currencies are the caller's to split by venue.
 */
export async function weeklyBookingsTrend(
  tx: Tx,
  organizationId: string,
  venueId: string | null | undefined,
  now: Date,
): Promise<TrendDay[]> {
  const anchor = venueId
    ? await findVenue(tx, organizationId, venueId)
    : (
        await tx
          .select()
          .from(venues)
          .where(eq(venues.organizationId, organizationId))
          .orderBy(asc(venues.createdAt))
          .limit(1)
      )[0];
  const today = dayNumber(localDateOf(anchor?.timezone ?? 'UTC', now));
  const days = Array.from({ length: TREND_DAYS }, (_, i) => isoDateOf(today - (TREND_DAYS - 1) + i));
  // A day more than the window on the UTC side covers every zone's offset.
  const since = new Date(Date.parse(`${days[0]}T00:00:00Z`) - 86_400_000);
  const localDay = sql<string>`to_char(${bookings.createdAt} at time zone ${venues.timezone}, 'YYYY-MM-DD')`;
  const filters = [
    eq(bookings.organizationId, organizationId),
    eq(bookings.status, 'confirmed'),
    gte(bookings.createdAt, since),
  ];
  if (anchor && venueId) filters.push(eq(venues.id, anchor.id));
  const rows = await tx
    .select({
      day: localDay,
      n: sql<number>`count(*)::int`,
      cents: sql<number>`coalesce(sum(${bookings.totalCents}), 0)::int`,
    })
    .from(bookings)
    .innerJoin(activitySessions, eq(activitySessions.id, bookings.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(and(...filters))
    .groupBy(localDay);
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return days.map((date) => ({ date, bookings: byDay.get(date)?.n ?? 0, revenueCents: byDay.get(date)?.cents ?? 0 }));
}

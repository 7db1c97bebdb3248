import { and, eq, sql } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from '../../db/client.ts';
import { activities } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';

/** One bookable-or-sold-out slot of a day, as the widget shows it. */
export interface SessionAvailabilityRow {
  readonly id: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** HH:mm in the venue's timezone. */
  readonly localStartTime: string;
  readonly capacityTotal: number;
  readonly capacityRemaining: number;
}

/**
 * The open sessions of an active activity on one venue-local date that start
 * later than the activity's minimum notice (`minNoticeMinutes`) from now, in
 * start order — sold-out ones included (capacityRemaining 0) so a
 * live view can grey a slot out instead of dropping it. One query: the
 * realtime coalescer runs it once per (activity, date) window.
 */
export async function listAvailability(
  db: DbOrTx,
  activityId: string,
  localDate: string,
  now: Date = new Date(),
): Promise<SessionAvailabilityRow[]> {
  if (!isUuid(activityId)) return [];
  const rows = await queryRowsPrepared<{
    id: string;
    starts_at: string | Date;
    ends_at: string | Date;
    local_start_time: string;
    capacity_total: number;
    capacity_remaining: number;
  }>(
    db,
    'list_availability',
    sql`select s.id, s.starts_at, s.ends_at,
               to_char(s.starts_at at time zone v.timezone, 'HH24:MI') as local_start_time,
               s.capacity_total,
               -- A private session (settings.bookingMode) is sold out once anyone holds or booked a seat of it.
               case when a.settings->>'bookingMode' = 'private' and s.capacity_remaining < s.capacity_total then 0
                    else s.capacity_remaining end as capacity_remaining
        from activity_sessions s
        join activities a on a.id = s.activity_id and a.status = 'active'
        join venues v on v.id = a.venue_id
        where s.activity_id = ${activityId}::uuid and s.local_date = ${localDate}::date
          and s.status = 'open'
          and s.starts_at > ${now.toISOString()}::timestamptz
            + coalesce((a.settings->>'minNoticeMinutes')::int, 0) * interval '1 minute'
        order by s.starts_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    localStartTime: r.local_start_time,
    capacityTotal: Number(r.capacity_total),
    capacityRemaining: Number(r.capacity_remaining),
  }));
}

/** NOT_FOUND unless the activity exists and is active: what an empty day or a new feed must tell apart. */
export async function requireActiveActivity(db: DbOrTx, activityId: string): Promise<void> {
  if (!isUuid(activityId)) throw notFound('Activity');
  const [row] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.status, 'active')));
  if (!row) throw notFound('Activity');
}

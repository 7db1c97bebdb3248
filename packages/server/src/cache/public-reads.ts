import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type Database, type DbOrTx } from '../db/client.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { ReadCache } from './read-cache.ts';
import {
  listAvailability,
  requireActiveActivity,
  type SessionAvailabilityRow,
} from '../domain/availability/sessions.ts';
import { loadCalendar, type CalendarDay } from '../domain/schedule/calendar.ts';
import { dayNumber, isoDateOf, localDateOf, offsetMinutesAt } from '@slotkit/core/schedule';
import { loadWidgetConfig, type WidgetConfigTarget, type WidgetConfigView } from '../domain/widget-config.ts';
import { isUuid } from '../db/ids.ts';
import { activityTopic, availabilityTopic, venueTopic } from '../realtime/topics.ts';

/**
 * The public reads (widgetConfig, calendar, availability) and where they run.
 * Without the cache they read `services.readDb` (the replica when
 * DATABASE_REPLICA_URL is set). A cache FILL reads the primary instead: the
 * fill follows a bus invalidation, i.e. a commit on the primary that a
 * lagging replica may not have replayed yet, and a stale value stored then
 * would stay until the next change. So with the cache on, the replica serves
 * availability (never cached: seats change every second) and the primary
 * serves the rare misses.
 */
interface Services {
  readonly db: Database;
  /** The replica when DATABASE_REPLICA_URL is set, else `db`. */
  readonly readDb: Database;
  readonly readCache: ReadCache | undefined;
  readonly metrics: Pick<Metrics, 'dbQueriesInFlight'>;
  now(): Date;
}

async function tracked<T>(services: Services, pool: 'primary' | 'replica', read: () => Promise<T>): Promise<T> {
  const gauge = services.metrics.dbQueriesInFlight.labels(pool);
  gauge.inc();
  try {
    return await read();
  } finally {
    gauge.dec();
  }
}

const replicaPool = (services: Services) => (services.readDb === services.db ? 'primary' : 'replica');

export async function readWidgetConfig<T>(
  services: Services,
  target: WidgetConfigTarget,
  map: (view: WidgetConfigView) => T,
): Promise<T> {
  if (!services.readCache)
    return map(await tracked(services, replicaPool(services), () => loadWidgetConfig(services.readDb, target)));
  const key = target.activityId ? `a:${target.activityId}` : `k:${target.embedKey ?? ''}`;
  // throws BAD_USER_INPUT
  if (Boolean(target.activityId) === Boolean(target.embedKey)) return map(await loadWidgetConfig(services.db, target));
  return services.readCache.get('widgetConfig', key, async () => {
    const view = await tracked(services, 'primary', () => loadWidgetConfig(services.db, target));
    // A venue's config shows its activities; an activity's shows its venue: either change drops the entry.
    return {
      value: map(view),
      topics: [venueTopic(view.venue.id), ...view.activities.map((a) => activityTopic(a.id))],
    };
  });
}

export async function readCalendar(
  services: Services,
  activityId: string,
  from: string,
  to: string,
): Promise<CalendarDay[]> {
  const now = services.now();
  if (!services.readCache)
    return tracked(services, replicaPool(services), () => loadCalendar(services.readDb, activityId, from, to, now));
  return services.readCache.get('calendar', `${activityId}:${from}:${to}`, async () => {
    // validates first
    const days = await tracked(services, 'primary', () => loadCalendar(services.db, activityId, from, to, now));
    const scope = await calendarScope(services.db, activityId, from, to, now);
    const topics = [activityTopic(activityId), venueTopic(scope.venueId)];
    for (let d = dayNumber(from); d <= dayNumber(to); d++) topics.push(availabilityTopic(activityId, isoDateOf(d)));
    return { value: days, topics, validUntil: scope.validUntil };
  });
}

/** The open sessions of a day, never cached (seats change every second); NOT_FOUND for an unknown or archived activity.
 * */
export async function readAvailability(
  services: Services,
  activityId: string,
  date: string,
): Promise<SessionAvailabilityRow[]> {
  const rows = await tracked(services, replicaPool(services), () =>
    listAvailability(services.readDb, activityId, date, services.now()),
  );
  // Only an empty answer needs telling apart from an unknown or archived activity.
  if (rows.length === 0) await requireActiveActivity(services.readDb, activityId);
  return rows;
}

/**
 * What besides the bus ends a calendar's truth: time. A day turns CLOSED when
 * its last open session enters the minimum notice, and "today" (and the advance-booking horizon)
 * moves at venue-local midnight. The entry lives until the earlier of the two.
 */
async function calendarScope(db: DbOrTx, activityId: string, from: string, to: string, now: Date) {
  if (!isUuid(activityId)) return { venueId: '', validUntil: now.getTime() };
  const [row] = await queryRowsPrepared<{ venue_id: string; timezone: string; next_start: string | Date | null }>(
    db,
    'calendar_scope',
    sql`select a.venue_id, v.timezone,
               (select min(s.starts_at) - coalesce((a.settings->>'minNoticeMinutes')::int, 0) * interval '1 minute'
                  from activity_sessions s
                 where s.activity_id = a.id and s.local_date between ${from}::date and ${to}::date
                   and s.status = 'open' and s.starts_at > ${now.toISOString()}::timestamptz
                     + coalesce((a.settings->>'minNoticeMinutes')::int, 0) * interval '1 minute') as next_start
        from activities a join venues v on v.id = a.venue_id where a.id = ${activityId}::uuid`,
  );
  if (!row) return { venueId: '', validUntil: now.getTime() };
  const tomorrow = dayNumber(localDateOf(row.timezone, now)) + 1;
  const midnightUtc = Date.parse(`${isoDateOf(tomorrow)}T00:00:00Z`);
  const localMidnight = midnightUtc - offsetMinutesAt(row.timezone, midnightUtc) * 60_000;
  const nextStart = row.next_start ? new Date(row.next_start).getTime() : Infinity;
  return { venueId: row.venue_id, validUntil: Math.min(localMidnight, nextStart) };
}

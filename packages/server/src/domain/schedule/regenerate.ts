import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { activityTopic, availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { generateSessions, loadScheduledActivity, planFor, readSettings } from './generate.ts';
import { localDateOf } from '@slotkit/core/schedule';

export interface RegenerateResult {
  readonly created: number;
  readonly removed: number;
  /** Future sessions off the new schedule that hold reservations or bookings: kept, for the admin to handle. */
  readonly keptSessionIds: readonly string[];
}

interface FutureSession {
  id: string;
  starts: number;
  ends: number;
  capacity_total: number;
  local_date: string;
}

/**
 * After a schedule change: future sessions that no longer match the plan
 * (start, end or capacity) are removed unless a held or confirmed reservation
 * or a booking points at them; those are kept and returned. Then the plan's
 * missing sessions are added. Sessions already started are history and left alone.
 */
export async function regenerateFutureSessions(tx: DbOrTx, activityId: string, now: Date): Promise<RegenerateResult> {
  const activity = await loadScheduledActivity(tx, activityId);
  const from = localDateOf(activity.timezone, now);
  const days = readSettings(activity).advanceBooking;
  const planned = activity.status === 'active' ? planFor(activity, from, days) : [];
  const wanted = new Map(planned.map((p) => [p.startsAt.getTime() / 1000, p.endsAt.getTime() / 1000]));
  // Locking the future sessions first means a reservation cannot slip in between
  // the check below and the delete (reserve_slot locks the session row too).
  const future = await queryRows<FutureSession>(
    tx,
    sql`select id, extract(epoch from starts_at)::float8 as starts, extract(epoch from ends_at)::float8 as ends,
               capacity_total, local_date::text as local_date
        from activity_sessions
        where activity_id = ${activity.id}::uuid and starts_at > ${now.toISOString()}::timestamptz
        order by starts_at for update`,
  );
  const stale = future.filter(
    (s) => wanted.get(Number(s.starts)) !== Number(s.ends) || Number(s.capacity_total) !== activity.capacity,
  );
  let removed = 0;
  const kept: string[] = [];
  if (stale.length > 0) {
    const ids = `{${stale.map((s) => s.id).join(',')}}`;
    // A new statement, so it sees every reservation committed before our locks.
    const deleted = await queryRows<{ id: string; local_date: string }>(
      tx,
      sql`delete from activity_sessions s where s.id = any(${ids}::uuid[])
            and not exists (select 1 from slot_reservations r
                            where r.session_id = s.id and r.status in ('held', 'confirmed'))
            and not exists (select 1 from bookings b where b.session_id = s.id)
          returning s.id, s.local_date::text as local_date`,
    );
    removed = deleted.length;
    const gone = new Set(deleted.map((d) => d.id));
    for (const s of stale) if (!gone.has(s.id)) kept.push(s.id);
    await notifyChange(
      tx,
      ...deleted.map((d) => availabilityTopic(activity.id, d.local_date)),
      activityTopic(activity.id),
    );
  }
  const { created } = planned.length ? await generateSessions(tx, { activity, from, days }) : { created: 0 };
  return { created, removed, keptSessionIds: kept };
}

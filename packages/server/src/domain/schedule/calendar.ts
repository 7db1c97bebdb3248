import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { badInput, notFound } from '../../errors.ts';
import { loadScheduledActivity, readSettings } from './generate.ts';
import { dayNumber, isoDateOf, localDateOf, scheduleIndex } from '@slotkit/core/schedule';

export type DayStatus = 'AVAILABLE' | 'SOLD_OUT' | 'BLOCKED' | 'CLOSED';

export interface CalendarDay {
  readonly date: string;
  readonly status: DayStatus;
  readonly hasCustomHours: boolean;
  /** BLOCKED days: the venue's reason, if it gave one. */
  readonly reason: string | null;
}

/** Longest range one calendar call may ask for: three months and a bit. */
export const MAX_CALENDAR_DAYS = 93;

/** BAD_USER_INPUT unless [from, to] is a forward range of at most MAX_CALENDAR_DAYS days. */
export function assertCalendarRange(from: string, to: string): void {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw badInput('to must not be before from', { field: 'to' });
  if (last - first + 1 > MAX_CALENDAR_DAYS)
    throw badInput(`A calendar spans at most ${MAX_CALENDAR_DAYS} days`, { field: 'to' });
}

/**
 * Per venue-local day in [from, to]: BLOCKED (a blocked date), CLOSED (past,
 * beyond advanceBooking, not an operating day, or nothing left to book today),
 * AVAILABLE (an open future session with seats), SOLD_OUT (open future
 * sessions, none with seats). One query for the session counts of the range.
 */
export async function loadCalendar(
  db: DbOrTx,
  activityId: string,
  from: string,
  to: string,
  now: Date,
): Promise<CalendarDay[]> {
  assertCalendarRange(from, to);
  const first = dayNumber(from);
  const last = dayNumber(to);
  const activity = await loadScheduledActivity(db, activityId);
  // An archived activity is as invisible to the public as in widgetConfig.
  if (activity.status !== 'active') throw notFound('Activity');
  const settings = readSettings(activity);
  const today = dayNumber(localDateOf(activity.timezone, now));
  const horizon = today + settings.advanceBooking; // first day beyond advance booking
  // Sessions inside the minimum notice take no holds (TOO_LATE), so they count as closed.
  const bookableAfter = new Date(now.getTime() + settings.minNoticeMinutes * 60_000);
  const stats = await queryRows<{ local_date: string; open: number; with_seats: number }>(
    db,
    sql`select local_date::text as local_date, count(*)::int as open,
               -- A private session is sold out once anyone holds or booked a seat of it.
               count(*) filter (where capacity_remaining > 0
                 and (not ${settings.bookingMode === 'private'}::boolean or capacity_remaining = capacity_total))::int
                 as with_seats
        from activity_sessions
        where activity_id = ${activity.id}::uuid and local_date between ${from}::date and ${to}::date
          and status = 'open' and starts_at > ${bookableAfter.toISOString()}::timestamptz
        group by local_date`,
  );
  const byDate = new Map(stats.map((s) => [s.local_date, s]));
  const { dayPlan } = scheduleIndex(settings);
  const days: CalendarDay[] = [];
  for (let day = first; day <= last; day++) {
    const date = isoDateOf(day);
    const plan = dayPlan(date);
    const hasCustomHours = plan.kind === 'open' && plan.customHours;
    let status: DayStatus;
    let reason: string | null = null;
    if (day < today || day >= horizon) status = 'CLOSED';
    else if (plan.kind === 'blocked') {
      status = 'BLOCKED';
      reason = plan.reason;
    } else {
      const s = byDate.get(date);
      status = !s || Number(s.open) === 0 ? 'CLOSED' : Number(s.with_seats) > 0 ? 'AVAILABLE' : 'SOLD_OUT';
    }
    days.push({ date, status, hasCustomHours, reason });
  }
  return days;
}

import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import type { Feed } from '../../realtime/coalescer.ts';
import { activityTopic, availabilityTopic, venueTopic } from '../../realtime/topics.ts';
import { dayNumber, isoDateOf } from '@slotkit/core/schedule';
import { assertCalendarRange, loadCalendar, type CalendarDay } from './calendar.ts';

/** The whole calendar months [from, to] touches: first and last day of each, in order. */
export function monthsCovering(from: string, to: string): { first: string; last: string }[] {
  const months: { first: string; last: string }[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (first.slice(0, 7) > end) return months;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    months.push({ first, last: `${first.slice(0, 8)}${String(days).padStart(2, '0')}` });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** Subscribers of the same activity and months share one feed, whatever days of those months they asked for. */
export const calendarFeedKey = (activityId: string, from: string, to: string): string =>
  `calendar:${activityId}:${from.slice(0, 7)}:${to.slice(0, 7)}`;

/** The days of [from, to] out of a feed's whole months (each subscriber's own slice of the shared state). */
export const calendarSlice = <D extends { readonly date: string }>(days: readonly D[], from: string, to: string): D[] =>
  days.filter((d) => d.date >= from && d.date <= to);

/**
 * One feed per (activity, months): the month a widget shows (DESIGN §9.2). It
 * covers the whole months of the asked range, so every subscriber of a month
 * shares one computation per window; each gets its own days through
 * `calendarSlice`. A day's status follows its sessions (the availability
 * topic of every day) and the schedule (blocked dates, hours: the activity
 * and its venue), so any of those topics makes the months stale. The range
 * is validated on subscribe (≤ 93 days); an unknown or archived activity
 * fails at once with NOT_FOUND.
 */
export async function calendarFeed(
  db: DbOrTx,
  activityId: string,
  from: string,
  to: string,
  now: () => Date,
): Promise<Feed<readonly CalendarDay[]>> {
  assertCalendarRange(from, to);
  if (!isUuid(activityId)) throw notFound('Activity');
  const [row] = await db
    .select({ venueId: activities.venueId })
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.status, 'active')));
  if (!row) throw notFound('Activity');
  const months = monthsCovering(from, to);
  const topics: string[] = [activityTopic(activityId), venueTopic(row.venueId)];
  for (let d = dayNumber(months[0]!.first); d <= dayNumber(months.at(-1)!.last); d++)
    topics.push(availabilityTopic(activityId, isoDateOf(d)));
  return {
    key: calendarFeedKey(activityId, from, to),
    topics: () => topics,
    // Month by month: 93 days may touch five months, more than one calendar read may span.
    compute: async () => {
      const at = now();
      const days: CalendarDay[] = [];
      for (const m of months) days.push(...(await loadCalendar(db, activityId, m.first, m.last, at)));
      return days;
    },
  };
}

import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import type { Feed } from '../../realtime/coalescer.ts';
import { activityTopic, availabilityTopic, venueTopic } from '../../realtime/topics.ts';
import { dayNumber, isoDateOf } from '@slotkit/core/schedule';
import { assertCalendarRange, loadCalendar, type CalendarDay } from './calendar.ts';

/**
 * One feed per (activity, range): the month a widget shows (DESIGN §9.2). A
 * day's status follows its sessions (the availability topic of every day in
 * the range) and the schedule (blocked dates, hours: the activity and its
 * venue), so any of those topics makes the range stale; it is computed once
 * per window for every listener. The range is validated on subscribe (≤ 93
 * days); an unknown or archived activity fails at once with NOT_FOUND.
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
  const topics: string[] = [activityTopic(activityId), venueTopic(row.venueId)];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) topics.push(availabilityTopic(activityId, isoDateOf(d)));
  return {
    key: `calendar:${activityId}:${from}:${to}`,
    topics: () => topics,
    compute: () => loadCalendar(db, activityId, from, to, now()),
  };
}

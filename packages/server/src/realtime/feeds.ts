import { and, eq } from 'drizzle-orm';
import { assertCalendarRange } from '../domain/schedule/calendar.ts';
import { dayNumber, isoDateOf } from '../domain/schedule/tz.ts';
import type { DbOrTx } from '../db/client.ts';
import { activities } from '../db/schema/index.ts';
import { isUuid } from '../domain/ids.ts';
import { loadWidgetConfig, type WidgetConfigTarget, type WidgetConfigView } from '../domain/widget-config.ts';
import { notFound } from '../errors.ts';
import type { Feed } from './coalescer.ts';
import { activityTopic, availabilityTopic, venueTopic } from './topics.ts';

/** The availability of one venue-local day, as the `availability` query returns it. */
export type AvailabilityLoader<S> = (db: DbOrTx, activityId: string, localDate: string) => Promise<readonly S[]>;

export interface AvailabilityState<S> {
  readonly activityId: string;
  readonly date: string;
  readonly sessions: readonly S[];
}

/** Checked when subscribing, so an unknown activity fails at once with NOT_FOUND. Returns its venue. */
async function requireActivity(db: DbOrTx, activityId: string): Promise<string> {
  if (!isUuid(activityId)) throw notFound('Activity');
  const [row] = await db
    .select({ venueId: activities.venueId })
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.status, 'active')));
  if (!row) throw notFound('Activity');
  return row.venueId;
}

/** One feed per (activity, date): every subscriber of that day shares one query per window. */
export async function availabilityFeed<S>(
  db: DbOrTx,
  activityId: string,
  date: string,
  load: AvailabilityLoader<S>,
): Promise<Feed<AvailabilityState<S>>> {
  await requireActivity(db, activityId);
  const topic = availabilityTopic(activityId, date);
  return {
    key: topic,
    topics: () => [topic],
    compute: async () => ({ activityId, date, sessions: await load(db, activityId, date) }),
  };
}

/** The day statuses of one activity over [from, to], as the `calendar` query returns them. */
export type CalendarLoader<D> = (db: DbOrTx, activityId: string, from: string, to: string) => Promise<readonly D[]>;

/**
 * One feed per (activity, range): the month a widget shows. A day's status
 * follows its sessions (availability topics of every day in the range) and
 * the schedule (blocked dates, hours: the activity and its venue), so any of
 * those topics makes the range stale; it is computed once per window for
 * every listener. The range is validated on subscribe (≤ 93 days).
 */
export async function calendarFeed<D>(
  db: DbOrTx,
  activityId: string,
  from: string,
  to: string,
  load: CalendarLoader<D>,
): Promise<Feed<readonly D[]>> {
  assertCalendarRange(from, to);
  const venueId = await requireActivity(db, activityId);
  const topics: string[] = [activityTopic(activityId), venueTopic(venueId)];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) topics.push(availabilityTopic(activityId, isoDateOf(d)));
  return {
    key: `calendar:${activityId}:${from}:${to}`,
    topics: () => topics,
    compute: () => load(db, activityId, from, to),
  };
}

const topicsOf = (view: WidgetConfigView) => [
  venueTopic(view.venue.id),
  ...view.activities.map((a) => activityTopic(a.id)),
];

/**
 * The widget config of one activity or a whole venue, mapped once per window.
 * Which topics to watch is resolved now (an activity and its venue; a venue
 * and its activities) and again after each computation, so an activity added
 * to a venue is watched from then on.
 */
export async function widgetConfigFeed<T>(
  db: DbOrTx,
  target: WidgetConfigTarget,
  map: (view: WidgetConfigView) => T,
): Promise<Feed<T>> {
  let view = await loadWidgetConfig(db, target); // validates: NOT_FOUND / BAD_USER_INPUT
  const activityId = target.activityId ? view.activities[0]!.id : undefined;
  const again: WidgetConfigTarget = activityId ? { activityId } : { embedKey: view.venue.embedKey };
  return {
    // The embed key is part of a venue feed's key: after a key rotation the old
    // feed ends (NOT_FOUND) without taking subscribers of the new key with it.
    key: activityId ? `widget:activity:${activityId}` : `widget:venue:${view.venue.id}:${view.venue.embedKey}`,
    topics: () => topicsOf(view),
    async compute() {
      view = await loadWidgetConfig(db, again);
      return map(view);
    },
  };
}

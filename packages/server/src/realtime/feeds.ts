import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { activities } from '../db/schema/index.ts';
import { isUuid } from '../db/ids.ts';
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

/** Checked when subscribing, so an unknown activity fails at once with NOT_FOUND. */
async function requireActivity(db: DbOrTx, activityId: string): Promise<void> {
  if (!isUuid(activityId)) throw notFound('Activity');
  const [row] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.status, 'active')));
  if (!row) throw notFound('Activity');
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

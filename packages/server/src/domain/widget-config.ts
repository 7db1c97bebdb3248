import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
  activities,
  activityPrices,
  venues,
  type Activity,
  type ActivityPrice,
  type Venue,
} from '../db/schema/index.ts';
import { badInput, notFound } from '../errors.ts';
import type { Feed } from '../realtime/coalescer.ts';
import { activityTopic, venueTopic } from '../realtime/topics.ts';
import { isUuid } from '../db/ids.ts';

export interface WidgetConfigView {
  readonly venue: Venue;
  readonly activities: ReadonlyArray<Activity & { readonly prices: readonly ActivityPrice[] }>;
}

export type WidgetConfigTarget = { activityId?: string | null; embedKey?: string | null };

/** Exactly one of activityId / embedKey; returns the venue and its active activities with active prices. */
export async function loadWidgetConfig(db: DbOrTx, target: WidgetConfigTarget): Promise<WidgetConfigView> {
  const { activityId, embedKey } = target;
  if (!activityId === !embedKey) throw badInput('Pass exactly one of activityId or embedKey');
  let venue: Venue | undefined;
  let list: Activity[];
  if (activityId) {
    if (!isUuid(activityId)) throw notFound('Activity');
    const [row] = await db
      .select({ activity: activities, venue: venues })
      .from(activities)
      .innerJoin(venues, eq(venues.id, activities.venueId))
      .where(and(eq(activities.id, activityId), eq(activities.status, 'active')));
    if (!row) throw notFound('Activity');
    venue = row.venue;
    list = [row.activity];
  } else {
    [venue] = await db.select().from(venues).where(eq(venues.embedKey, embedKey!));
    if (!venue) throw notFound('Venue');
    list = await db
      .select()
      .from(activities)
      .where(and(eq(activities.venueId, venue.id), eq(activities.status, 'active')))
      .orderBy(asc(activities.createdAt), asc(activities.name));
  }
  const prices = list.length
    ? await db
        .select()
        .from(activityPrices)
        .where(
          and(
            inArray(
              activityPrices.activityId,
              list.map((a) => a.id),
            ),
            eq(activityPrices.active, true),
          ),
        )
        .orderBy(asc(activityPrices.createdAt))
    : [];
  return {
    venue,
    activities: list.map((a) => ({ ...a, prices: sortByTier(prices.filter((p) => p.activityId === a.id)) })),
  };
}

const TIER_ORDER = { adult: 0, child: 1, custom: 2 } as const;
const sortByTier = (prices: ActivityPrice[]) => [...prices].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]);

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
  const activityId = target.activityId ? view.activities[0]?.id : undefined;
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

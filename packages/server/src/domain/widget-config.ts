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

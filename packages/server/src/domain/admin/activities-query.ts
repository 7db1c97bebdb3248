import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { activities, activityPrices, type Activity, type ActivityPrice } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';

export type ActivityWithPrices = Activity & { readonly prices: readonly ActivityPrice[] };

const TIER_ORDER = { adult: 0, child: 1, custom: 2 } as const;

/** Activities of the organization (optionally of some venues or ids), each with all its prices, active or not. */
export async function loadActivities(
  tx: Tx,
  organizationId: string,
  where: { venueIds?: readonly string[]; ids?: readonly string[] } = {},
): Promise<ActivityWithPrices[]> {
  const filters: SQL[] = [eq(activities.organizationId, organizationId)];
  if (where.venueIds)
    filters.push(
      inArray(activities.venueId, [...where.venueIds.filter(isUuid), '00000000-0000-0000-0000-000000000000']),
    );
  if (where.ids)
    filters.push(inArray(activities.id, [...where.ids.filter(isUuid), '00000000-0000-0000-0000-000000000000']));
  const list = await tx
    .select()
    .from(activities)
    .where(and(...filters))
    .orderBy(asc(activities.createdAt), asc(activities.id));
  if (list.length === 0) return [];
  const prices = await tx
    .select()
    .from(activityPrices)
    .where(
      inArray(
        activityPrices.activityId,
        list.map((a) => a.id),
      ),
    )
    .orderBy(asc(activityPrices.createdAt), asc(activityPrices.lookupKey));
  return list.map((a) => ({
    ...a,
    prices: prices.filter((p) => p.activityId === a.id).sort((x, y) => TIER_ORDER[x.tier] - TIER_ORDER[y.tier]),
  }));
}

export async function loadActivity(tx: Tx, organizationId: string, id: string): Promise<ActivityWithPrices> {
  const [found] = await loadActivities(tx, organizationId, { ids: [id] });
  if (!found) throw notFound('Activity');
  return found;
}

import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { activities, activitySessions, venues } from '../db/schema/index.ts';
import type * as G from '../graphql/generated/resolvers-types.ts';

// TEMPORARY: stands in for domain/schedule/availability.ts `listAvailability`
// until the schedule engineer lands it; the subscription switches then.
export async function listAvailabilityStandIn(db: DbOrTx, activityId: string, localDate: string): Promise<G.SessionAvailability[]> {
  const rows = await db
    .select({ session: activitySessions, timezone: venues.timezone })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(and(eq(activitySessions.activityId, activityId), eq(activitySessions.localDate, localDate), eq(activitySessions.status, 'open')))
    .orderBy(asc(activitySessions.startsAt));
  return rows.map(({ session: s, timezone }) => ({
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    localStartTime: new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(s.startsAt),
    capacityTotal: s.capacityTotal,
    capacityRemaining: s.capacityRemaining,
  }));
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { activities, activitySessions, slotReservations, venues } from '../../db/schema/index.ts';

/** A reservation with what checkout and booking need around it: its session, activity and venue. */
export async function loadReservationContext(db: DbOrTx, reservationId: string) {
  const [row] = await db
    .select({ reservation: slotReservations, session: activitySessions, activity: activities, venue: venues })
    .from(slotReservations)
    .innerJoin(activitySessions, eq(activitySessions.id, slotReservations.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(eq(slotReservations.id, reservationId))
    .prepare('reservation_context')
    .execute();
  return row ?? null;
}

export type ReservationContext = NonNullable<Awaited<ReturnType<typeof loadReservationContext>>>;

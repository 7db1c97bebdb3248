import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  activities,
  activitySessions,
  slotReservations,
  venues,
  waitlistEntries,
  type ActivitySession,
} from '../../db/schema/index.ts';

/** A session as admins see it: with its venue-local start time and the seats held and sold. */
export interface AdminSessionView {
  readonly session: ActivitySession;
  readonly localStartTime: string;
  /** Seats (Σ party_size) in live holds. */
  readonly heldSeats: number;
  /** Seats in confirmed reservations. */
  readonly confirmedSeats: number;
  /** Live waitlist entries (WAITING or OFFERED). */
  readonly waitlistCount: number;
}

/** Loads sessions of the organization by id, in the order given (unknown ids are left out). */
export async function loadAdminSessions(
  tx: Tx,
  organizationId: string,
  ids: readonly string[],
): Promise<AdminSessionView[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await tx
    .select({
      session: activitySessions,
      localStartTime: sql<string>`to_char(${activitySessions.startsAt} at time zone ${venues.timezone}, 'HH24:MI')`,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(and(inArray(activitySessions.id, unique), eq(activitySessions.organizationId, organizationId)));
  const seats = await tx
    .select({
      sessionId: slotReservations.sessionId,
      held: sql<number>`coalesce(sum(${slotReservations.partySize})
                          filter (where ${slotReservations.status} = 'held'), 0)::int`,
      confirmed: sql<number>`coalesce(sum(${slotReservations.partySize})
                               filter (where ${slotReservations.status} = 'confirmed'), 0)::int`,
    })
    .from(slotReservations)
    .where(and(inArray(slotReservations.sessionId, unique), inArray(slotReservations.status, ['held', 'confirmed'])))
    .groupBy(slotReservations.sessionId);
  const bySession = new Map(seats.map((s) => [s.sessionId, s]));
  const waiting = await tx
    .select({ sessionId: waitlistEntries.sessionId, n: sql<number>`count(*)::int` })
    .from(waitlistEntries)
    .where(and(inArray(waitlistEntries.sessionId, unique), inArray(waitlistEntries.status, ['WAITING', 'OFFERED'])))
    .groupBy(waitlistEntries.sessionId);
  const waitingBySession = new Map(waiting.map((w) => [w.sessionId, Number(w.n)]));
  const byId = new Map(
    rows.map((r) => [
      r.session.id,
      {
        session: r.session,
        localStartTime: r.localStartTime,
        heldSeats: bySession.get(r.session.id)?.held ?? 0,
        confirmedSeats: bySession.get(r.session.id)?.confirmed ?? 0,
        waitlistCount: waitingBySession.get(r.session.id) ?? 0,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

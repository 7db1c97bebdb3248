import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, slotReservations } from '../../db/schema/index.ts';

export interface DateOccupancy {
  /** Confirmed bookings of the sessions, oldest first. */
  readonly bookingIds: string[];
  /** Holds still live on the sessions. */
  readonly liveHolds: number;
}

/**
 * Who is on a date's sessions: what blocking the date must not silently override. One reading for
 * `blockDate` (under the session locks) and its console preview (without them), so the dialog says
 * exactly what the action will find.
 */
export async function dateOccupancy(tx: Tx, sessionIds: readonly string[]): Promise<DateOccupancy> {
  if (sessionIds.length === 0) return { bookingIds: [], liveHolds: 0 };
  const ids = [...sessionIds];
  const booked = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(inArray(bookings.sessionId, ids), eq(bookings.status, 'confirmed')))
    .orderBy(asc(bookings.createdAt));
  const [holds] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(slotReservations)
    .where(and(inArray(slotReservations.sessionId, ids), eq(slotReservations.status, 'held')));
  return { bookingIds: booked.map((b) => b.id), liveHolds: Number(holds?.n ?? 0) };
}

import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  activitySessions,
  slotReservations,
  type ActivitySession,
  type SlotReservation,
} from '../../db/schema/index.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { isUuid } from '../../db/ids.ts';

export interface LockedReservation {
  readonly session: ActivitySession;
  readonly reservation: SlotReservation;
}

// Every statement here runs while the session row is locked: prepared, each is one round trip (see queryRowsPrepared).

/**
 * Locks a reservation's session row, then the reservation row: the same order
 * as reserve_slot() and the sweeper, so capacity writers never deadlock.
 * Undefined when there is no such reservation. A reschedule moves a confirmed
 * reservation to another session (under both session locks), so the session
 * read unlocked first is checked again once the reservation is locked.
 */
export async function lockReservation(tx: Tx, reservationId: string): Promise<LockedReservation | undefined> {
  if (!isUuid(reservationId)) return undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const [ref] = await tx
      .select({ sessionId: slotReservations.sessionId })
      .from(slotReservations)
      .where(eq(slotReservations.id, reservationId))
      .prepare('reservation_session')
      .execute();
    if (!ref) return undefined;
    const [session] = await tx
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.id, ref.sessionId))
      .for('update')
      .prepare('lock_session')
      .execute();
    const [reservation] = await tx
      .select()
      .from(slotReservations)
      .where(eq(slotReservations.id, reservationId))
      .for('update')
      .prepare('lock_reservation')
      .execute();
    if (!session || !reservation) return undefined;
    // Moved by a reschedule that committed while we waited: go round and lock its new session too.
    if (reservation.sessionId === session.id) return { session, reservation };
  }
  throw new Error(`reservation ${reservationId} kept moving between sessions`);
}

/**
 * Seats a new party may take of a locked session: its remaining capacity, or none of a private
 * session (settings.bookingMode) that anyone holds or booked a seat of.
 */
export const freeSeats = (
  session: Pick<ActivitySession, 'capacityRemaining' | 'capacityTotal'>,
  wholeSession: boolean,
): number => (wholeSession && session.capacityRemaining < session.capacityTotal ? 0 : session.capacityRemaining);

/** Moves a locked session's remaining capacity by `delta` and announces it (delivered on commit). */
export async function shiftCapacity(tx: Tx, session: ActivitySession, delta: number): Promise<void> {
  await tx
    .update(activitySessions)
    .set({ capacityRemaining: sql`${activitySessions.capacityRemaining} + ${delta}` })
    .where(eq(activitySessions.id, session.id))
    .prepare('shift_capacity')
    .execute();
  await notifyChange(tx, availabilityTopic(session.activityId, session.localDate));
}

/** Sets a locked reservation's status; returns the updated row. */
export async function setStatus(
  tx: Tx,
  reservationId: string,
  status: SlotReservation['status'],
): Promise<SlotReservation> {
  const [row] = await tx
    .update(slotReservations)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(slotReservations.id, reservationId))
    .returning()
    .prepare('set_reservation_status')
    .execute();
  return row!;
}

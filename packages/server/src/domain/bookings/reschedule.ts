import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities, activitySessions, bookings, slotReservations, type Booking } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { freeSeats, shiftCapacity } from '../reservations/locking.ts';
import { queueBookingEmail } from './change-emails.ts';

export interface RescheduleRequest {
  readonly organizationId: string;
  readonly bookingId: string;
  readonly sessionId: string;
  readonly now: Date;
  readonly publicUrl: string;
  /** Refuses a new session inside this many minutes of its start (the customer's minimum notice); staff pass 0. */
  readonly minNoticeMinutes?: number;
}

/** The booking moved (or unchanged when already there) and the email to deliver after commit. */
export interface RescheduleResult {
  readonly booking: Booking;
  readonly emailId: string | null;
}

/** A concurrent reschedule moved the booking between our unlocked read and our locks: run again. */
class MovedMeanwhile extends Error {}

/**
 * Moves a confirmed booking's seats to another session of the SAME activity
 * in one transaction. Price policy: the booking keeps what was paid — an
 * activity's prices are the same for all its sessions, so a move within the
 * activity has no difference to charge or refund; a move to another activity
 * (another price list) is refused. Locks: both session rows in id order (two
 * opposite moves never deadlock), then the reservation, then the booking —
 * the global order session → reservation → booking. Both dates' availability
 * is announced (shiftCapacity notifies each topic). BAD_USER_INPUT when the
 * new session is not open, has started, belongs elsewhere or lacks room.
 */
export async function rescheduleBooking(db: Database, request: RescheduleRequest): Promise<RescheduleResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => rescheduleInTx(tx, request));
    } catch (err) {
      if (!(err instanceof MovedMeanwhile) || attempt >= 3) throw err;
    }
  }
}

export async function rescheduleInTx(tx: Tx, request: RescheduleRequest): Promise<RescheduleResult> {
  const { organizationId, bookingId, sessionId } = request;
  if (!isUuid(bookingId)) throw notFound('Booking');
  if (!isUuid(sessionId)) throw notFound('Session');
  const [seen] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, organizationId)));
  if (!seen) throw notFound('Booking');
  if (seen.status !== 'confirmed') throw badInput(`A ${seen.status} booking cannot be rescheduled`, { field: 'id' });
  if (seen.sessionId === sessionId) return { booking: seen, emailId: null };

  const locked = await tx
    .select()
    .from(activitySessions)
    .where(inArray(activitySessions.id, [seen.sessionId, sessionId]))
    .orderBy(asc(activitySessions.id))
    .for('update');
  const from = locked.find((s) => s.id === seen.sessionId);
  const to = locked.find((s) => s.id === sessionId);
  if (!to || to.organizationId !== organizationId) throw notFound('Session');
  if (!from) throw new Error(`booking ${seen.id} has no session`);
  await tx
    .select({ id: slotReservations.id })
    .from(slotReservations)
    .where(eq(slotReservations.id, seen.reservationId))
    .for('update');
  const [booking] = await tx.select().from(bookings).where(eq(bookings.id, seen.id)).for('update');
  if (!booking) throw notFound('Booking');
  if (booking.sessionId !== from.id) throw new MovedMeanwhile();
  if (booking.status !== 'confirmed')
    throw badInput(`A ${booking.status} booking cannot be rescheduled`, { field: 'id' });

  if (to.activityId !== from.activityId)
    throw badInput('A booking can only move to another session of the same activity', { field: 'sessionId' });
  if (to.status !== 'open') throw badInput('This session is not open for booking', { field: 'sessionId' });
  const lead = to.startsAt.getTime() - request.now.getTime();
  if (lead <= 0) throw badInput('This session has already started', { field: 'sessionId' });
  if (lead < (request.minNoticeMinutes ?? 0) * 60_000)
    throw badInput('This session starts too soon to move to', { field: 'sessionId', reason: 'TOO_LATE' });
  const [mode] = await tx
    .select({ private: sql<boolean>`${activities.settings}->>'bookingMode' = 'private'` })
    .from(activities)
    .where(eq(activities.id, to.activityId));
  const free = freeSeats(to, mode?.private === true);
  if (free < booking.partySize)
    throw badInput(`Only ${free} places are left in this session`, { field: 'sessionId', remaining: free });

  await shiftCapacity(tx, from, booking.partySize);
  await shiftCapacity(tx, to, -booking.partySize);
  await tx.update(slotReservations).set({ sessionId: to.id }).where(eq(slotReservations.id, booking.reservationId));
  const [moved] = await tx
    .update(bookings)
    .set({ sessionId: to.id, reminderSentAt: null, attendance: 'expected' })
    .where(eq(bookings.id, booking.id))
    .returning();
  const emailId = await queueBookingEmail(tx, moved!, 'rescheduled', { publicUrl: request.publicUrl });
  return { booking: moved!, emailId };
}

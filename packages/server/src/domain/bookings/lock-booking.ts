import { eq, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, type Booking } from '../../db/schema/index.ts';
import { lockReservation } from '../reservations/locking.ts';

/**
 * Locks a booking for a change the way every capacity writer locks: its session row, then its
 * reservation row (lockReservation), then the booking row. Admin cancellation and Stripe's
 * `charge.refunded` both come through here, so they queue behind each other instead of deadlocking
 * (issue 16 item 7). The booking is read unlocked first only to learn its reservation, which never changes.
 */
export async function lockBooking(tx: Tx, which: SQL): Promise<Booking | undefined> {
  const [ref] = await tx.select({ id: bookings.id, reservationId: bookings.reservationId }).from(bookings).where(which);
  if (!ref) return undefined;
  await lockReservation(tx, ref.reservationId);
  const [booking] = await tx.select().from(bookings).where(eq(bookings.id, ref.id)).for('update');
  return booking;
}

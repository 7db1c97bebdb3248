import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { bookings, type Booking } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';

export type Attendance = Booking['attendance'];

/**
 * Staff mark a confirmed booking CHECKED_IN or NO_SHOW at the door (either
 * may be corrected later, e.g. a late group). Runs inside the admin's
 * organization-scoped transaction; a cancelled or refunded booking has no
 * attendance to record (BAD_USER_INPUT). No seats move: a no-show paid for them.
 */
export async function setAttendance(
  tx: Tx,
  organizationId: string,
  bookingId: string,
  attendance: Exclude<Attendance, 'expected'>,
): Promise<Booking> {
  if (!isUuid(bookingId)) throw notFound('Booking');
  const [current] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, organizationId)))
    .for('update');
  if (!current) throw notFound('Booking');
  if (current.status !== 'confirmed')
    throw badInput(`A ${current.status} booking cannot be checked in or marked as a no-show`, { field: 'id' });
  if (current.attendance === attendance) return current;
  const [updated] = await tx.update(bookings).set({ attendance }).where(eq(bookings.id, current.id)).returning();
  return updated!;
}

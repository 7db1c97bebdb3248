import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, customers } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { badInput, notFound } from '../../errors.ts';
import { queueBookingEmail } from './change-emails.ts';

/**
 * Queues the confirmation email of a confirmed booking again, as it was first sent (same language,
 * .ics attached, a fresh manage link), inside the caller's transaction; returns the outbox id to
 * deliver after commit. A cancelled or refunded booking has no confirmation to resend: BAD_USER_INPUT.
 */
export async function queueConfirmationAgain(
  tx: Tx,
  organizationId: string,
  bookingId: string,
  publicUrl: string,
): Promise<string> {
  if (!isUuid(bookingId)) throw notFound('Booking');
  const [row] = await tx
    .select({ booking: bookings, customer: customers })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, organizationId)));
  if (!row) throw notFound('Booking');
  if (row.booking.status !== 'confirmed')
    throw badInput(
      `Booking ${row.booking.bookingNumber} is ${row.booking.status}: there is no confirmation to resend`,
      {
        field: 'id',
      },
    );
  return queueBookingEmail(tx, row.booking, 'confirmed', { publicUrl });
}

import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, customers } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { badInput, notFound } from '../../errors.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { confirmationEmail } from './emails.ts';
import { loadReservationContext } from './reservation-context.ts';

/**
 * Queues the confirmation email of a confirmed booking again, exactly as it was first sent (same
 * language, .ics attached), inside the caller's transaction; returns the outbox id to deliver after
 * commit. A cancelled or refunded booking has no confirmation to resend: BAD_USER_INPUT.
 */
export async function queueConfirmationAgain(tx: Tx, organizationId: string, bookingId: string): Promise<string> {
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
  const ctx = await loadReservationContext(tx, row.booking.reservationId);
  if (!ctx) throw notFound('Booking');
  return enqueue(tx, organizationId, {
    kind: 'email',
    payload: confirmationEmail(row.customer.email, row.customer.name ?? '', row.booking, ctx),
  });
}

import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { customers, type Booking } from '../../db/schema/index.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { cancelledEmail, confirmationEmail, type BookingCardKind } from './emails.ts';
import { mintManageUrl, payUrlOf } from './manage-token.ts';
import { loadReservationContext, type ReservationContext } from './reservation-context.ts';

export type BookingEmailKind = BookingCardKind | 'cancelled';

/**
 * Queues the customer's email about a booking event in the caller's
 * transaction (sent after commit by the outbox, retried, never twice): the
 * booking card with a fresh manage link for confirmed / rescheduled /
 * reminder, or the cancellation with the refund it carries. Returns the
 * outbox id to deliver after commit.
 */
export async function queueBookingEmail(
  tx: Tx,
  booking: Booking,
  kind: BookingEmailKind,
  options: { readonly publicUrl: string; readonly refundCents?: number },
): Promise<string> {
  const [customer] = await tx.select().from(customers).where(eq(customers.id, booking.customerId));
  const ctx = await loadReservationContext(tx, booking.reservationId);
  if (!customer || !ctx) throw new Error(`booking ${booking.id} has no customer or reservation`);
  // The contact details the booking was made with win over the shared customer row.
  const to = booking.customerEmail ?? customer.email;
  const name = booking.customerName ?? customer.name ?? '';
  const payload =
    kind === 'cancelled'
      ? cancelledEmail(to, name, booking, ctx, options.refundCents ?? 0)
      : await bookingCard(tx, to, name, booking, ctx, kind, options.publicUrl);
  return enqueue(tx, booking.organizationId, { kind: 'email', payload });
}

/** The booking card with a fresh manage link; an UNPAID booking's also carries its pay link (same token). */
async function bookingCard(
  tx: Tx,
  to: string,
  name: string,
  booking: Booking,
  ctx: ReservationContext,
  kind: BookingCardKind,
  publicUrl: string,
) {
  const manageUrl = await mintManageUrl(tx, booking.id, publicUrl);
  const payUrl = booking.payment === 'unpaid' && booking.status === 'confirmed' ? payUrlOf(manageUrl) : undefined;
  return confirmationEmail(to, name, booking, ctx, { kind, manageUrl, payUrl });
}

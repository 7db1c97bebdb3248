import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activitySessions, bookings, customers, slotReservations } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';

/** One confirmed booking a session cancellation would end, and the money it would send back. */
export interface CancellationEffect {
  readonly bookingId: string;
  /** 0 when no refund was asked for, or the booking has no payment to refund (cancelled only). */
  readonly refundCents: number;
  readonly currency: string;
  /** Where the refund and the cancellation go. */
  readonly email: string;
}

export interface CancelSessionPreview {
  readonly sessionId: string;
  /** Live holds that would be released (their Checkout pages expire). */
  readonly releasedHolds: number;
  readonly effects: readonly CancellationEffect[];
}

/**
 * What `cancelSessionAndBookings` would do, read without changing anything:
 * the live holds it releases and, per confirmed booking, the refund it issues
 * (the whole total, through Stripe, when `refund` and the booking was paid:
 * the same rule as cancelBooking). The console shows this in its confirm dialog.
 */
export async function previewCancelSession(
  tx: Tx,
  organizationId: string,
  sessionId: string,
  refund: boolean,
): Promise<CancelSessionPreview> {
  if (!isUuid(sessionId)) throw notFound('Session');
  const [session] = await tx
    .select({ id: activitySessions.id })
    .from(activitySessions)
    .where(and(eq(activitySessions.id, sessionId), eq(activitySessions.organizationId, organizationId)));
  if (!session) throw notFound('Session');
  const [holds] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(slotReservations)
    .where(and(eq(slotReservations.sessionId, session.id), eq(slotReservations.status, 'held')));
  const booked = await tx
    .select({
      id: bookings.id,
      totalCents: bookings.totalCents,
      currency: bookings.currency,
      paymentIntentId: bookings.stripePaymentIntentId,
      email: customers.email,
    })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(and(eq(bookings.sessionId, session.id), eq(bookings.status, 'confirmed')))
    .orderBy(asc(bookings.createdAt));
  return {
    sessionId: session.id,
    releasedHolds: Number(holds?.n ?? 0),
    effects: booked.map((b) => ({
      bookingId: b.id,
      refundCents: refund && b.paymentIntentId ? b.totalCents : 0,
      currency: b.currency,
      email: b.email,
    })),
  };
}

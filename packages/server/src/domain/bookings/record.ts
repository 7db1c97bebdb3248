import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, type Booking, type BookingLineItem } from '../../db/schema/index.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';
import { lineTotalCents } from '../reservations/discounts.ts';
import { newBookingNumber } from './booking-number.ts';
import { payingCustomer, upsertCustomer } from './customers.ts';
import type { ReservationContext } from './reservation-context.ts';

/** Booking numbers are random; after this many collisions in a row something else is wrong. */
const NUMBER_ATTEMPTS = 8;

/**
 * Inserts the booking of a paid reservation unless one exists for it. ON
 * CONFLICT DO NOTHING covers every unique key: a concurrent insert for the
 * same reservation is found by the re-read; anything else is a booking-number
 * collision and is retried with a new number.
 */
export async function recordBooking(
  tx: Tx,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  status: 'confirmed' | 'refunded',
): Promise<{ readonly booking: Booking; readonly created: boolean }> {
  const { reservation, activity } = ctx;
  const customer = payingCustomer(reservation, session);
  const customerId = await upsertCustomer(tx, activity.organizationId, customer);
  const lineItems: BookingLineItem[] = reservation.tickets.map((t) => ({
    tier: t.tier,
    name: t.name,
    quantity: t.quantity,
    unitAmountCents: t.unitAmountCents,
    totalCents: lineTotalCents(t),
    ...(t.per === 'group' ? { per: 'group' as const } : {}),
  }));
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
    const [created] = await tx
      .insert(bookings)
      .values({
        bookingNumber: newBookingNumber(),
        organizationId: activity.organizationId,
        sessionId: reservation.sessionId,
        reservationId: reservation.id,
        customerId,
        // The booking's own copy: a later booking under this email never changes what this one shows.
        customerName: customer.name || null,
        customerEmail: customer.email,
        customerPhone: customer.phone ?? null,
        partySize: reservation.partySize,
        lineItems,
        totalCents: reservation.totalCents,
        discountCents: reservation.discountCents,
        promoCodeId: reservation.promoCodeId,
        currency: reservation.currency,
        status,
        waiverAccepted: reservation.waiverAccepted,
        minAgeAccepted: reservation.minAgeAccepted,
        locale: reservation.locale,
        stripeCheckoutSessionId: session.id,
        stripePaymentIntentId: session.paymentIntentId,
        cancelledAt: status === 'refunded' ? sql`now()` : null,
      } as typeof bookings.$inferInsert)
      .onConflictDoNothing()
      .returning();
    if (created) return { booking: created, created: true };
    const [existing] = await tx
      .select()
      .from(bookings)
      .where(eq(bookings.reservationId, reservation.id))
      .prepare('booking_by_reservation')
      .execute();
    if (existing) return { booking: existing, created: false };
  }
  throw new Error('could not allocate a unique booking number');
}

import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activitySessions, bookings, slotReservations, type Booking } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { lineTotalCents } from '../reservations/discounts.ts';
import { loadActivityCatalog } from '../reservations/hold-catalog.ts';
import { freeSeats, shiftCapacity } from '../reservations/locking.ts';
import { priceTickets } from '../reservations/pricing.ts';
import { emailLocale } from '../reservations/reserve.ts';
import type { TicketRequest } from '../reservations/types.ts';
import { newBookingNumber } from './booking-number.ts';
import { parseCustomer, upsertCustomer, type CustomerInput } from './customers.ts';
import { queueBookingEmail } from './change-emails.ts';

export interface ManualBookingRequest {
  readonly sessionId: string;
  readonly tickets: readonly TicketRequest[];
  readonly customer: CustomerInput;
  readonly payment: 'paid_offline' | 'unpaid';
  readonly locale?: string | null;
}

/**
 * A staff booking (phone, walk-in) inside the caller's transaction: priced
 * from the activity's active prices like a hold, then, under the session row
 * lock, the seats are taken and a confirmed reservation and its booking are
 * written — so it counts against capacity exactly like a paid one (invariant
 * 1). Staff may book inside the minimum notice and vouch for waiver and age.
 * BAD_USER_INPUT when the session is not open, has started or lacks room.
 * Returns the booking and the confirmation email's outbox id (deliver after commit).
 */
export async function createManualBooking(
  tx: Tx,
  organizationId: string,
  request: ManualBookingRequest,
  now: Date,
  publicUrl: string,
): Promise<{ booking: Booking; emailId: string }> {
  const customer = parseCustomer(request.customer);
  if (!isUuid(request.sessionId)) throw notFound('Session');
  const [session] = await tx
    .select()
    .from(activitySessions)
    .where(and(eq(activitySessions.id, request.sessionId), eq(activitySessions.organizationId, organizationId)))
    .for('update');
  if (!session) throw notFound('Session');
  const catalog = await loadActivityCatalog(tx, session.activityId);
  if (!catalog) throw notFound('Session');
  const pricing = priceTickets(catalog.activity, catalog.prices, {
    tickets: request.tickets,
    waiverAccepted: true,
    minAgeAccepted: true,
  });
  if (!pricing.ok) {
    const outcome = pricing.outcome;
    throw badInput(outcome.type === 'InvalidReservation' ? outcome.message : 'These tickets cannot be booked', {
      field: 'tickets',
    });
  }
  const { priced } = pricing;
  if (session.status !== 'open') throw badInput('This session is not open for booking', { field: 'sessionId' });
  if (session.startsAt <= now) throw badInput('This session has already started', { field: 'sessionId' });
  const free = freeSeats(session, catalog.activity.bookingMode === 'private');
  if (free < priced.partySize)
    throw badInput(`Only ${free} places are left in this session`, { field: 'sessionId', remaining: free });

  await shiftCapacity(tx, session, -priced.partySize);
  const locale = emailLocale(request.locale);
  const [reservation] = await tx
    .insert(slotReservations)
    .values({
      sessionId: session.id,
      organizationId,
      partySize: priced.partySize,
      tickets: [...priced.tickets],
      totalCents: priced.totalCents,
      currency: priced.currency,
      email: customer.email,
      customer,
      status: 'confirmed',
      expiresAt: now,
      idempotencyKey: `manual-${randomUUID()}`,
      requestHash: 'manual',
      locale,
    })
    .returning();
  const customerId = await upsertCustomer(tx, organizationId, customer);
  const [booking] = await tx
    .insert(bookings)
    .values({
      bookingNumber: newBookingNumber(),
      organizationId,
      sessionId: session.id,
      reservationId: reservation!.id,
      customerId,
      partySize: priced.partySize,
      lineItems: priced.tickets.map((t) => ({
        tier: t.tier,
        name: t.name,
        quantity: t.quantity,
        unitAmountCents: t.unitAmountCents,
        totalCents: lineTotalCents(t),
        ...(t.per === 'group' ? { per: 'group' as const } : {}),
      })),
      totalCents: priced.totalCents,
      currency: priced.currency,
      locale,
      payment: request.payment,
      customerName: customer.name,
      customerEmail: customer.email,
      customerPhone: customer.phone ?? null,
    })
    .returning();
  const emailId = await queueBookingEmail(tx, booking!, 'confirmed', { publicUrl });
  return { booking: booking!, emailId };
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { activities, activitySessions, customers, venues, type Booking } from '../db/schema/index.ts';
import type * as G from './generated/resolvers-types.ts';
import { toPriceTier, toVenue } from './mappers.ts';

/** The `Booking` type: what the customer's confirmation shows, and what the admin booking mutations return. */
export async function toPublicBooking(db: DbOrTx, booking: Booking): Promise<G.Booking> {
  // What the customer's confirmation shows: when, where, what they bought, where the email went.
  const [where] = await db
    .select({
      startsAt: activitySessions.startsAt,
      endsAt: activitySessions.endsAt,
      activityName: activities.name,
      venue: venues,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(eq(activitySessions.id, booking.sessionId));
  const [customer] = await db
    .select({ email: customers.email })
    .from(customers)
    .where(eq(customers.id, booking.customerId));
  return {
    id: booking.id,
    bookingNumber: booking.bookingNumber,
    status: booking.status.toUpperCase() as G.BookingStatus,
    partySize: booking.partySize,
    totalCents: booking.totalCents,
    currency: booking.currency,
    discountCents: booking.discountCents,
    startsAt: where?.startsAt.toISOString() ?? null,
    endsAt: where?.endsAt.toISOString() ?? null,
    activityName: where?.activityName ?? null,
    lineItems: booking.lineItems.map((l) => ({ ...l, tier: toPriceTier(l.tier) })),
    customerEmail: booking.customerEmail ?? customer?.email ?? null,
    venue: where ? toVenue(where.venue) : null,
    attendance: booking.attendance.toUpperCase() as G.Attendance,
    sessionId: booking.sessionId,
  };
}

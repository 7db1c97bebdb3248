import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { activities, activitySessions, customers, venues, type Booking } from '../../db/schema/index.ts';
import { findBooking } from '../../domain/bookings/query.ts';
import { cancelBooking } from '../../domain/bookings/cancel.ts';
import { createCheckout } from '../../domain/bookings/checkout.ts';
import { confirmCheckout } from '../../domain/bookings/confirm-checkout.ts';
import { requireOrganization } from '../auth.ts';
import { toAdminBooking } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type * as G from '../generated/resolvers-types.ts';
import { toPriceTier, toVenue } from '../mappers.ts';

/** Checkout, the success-page confirmation and the admin cancellation. */
export const paymentResolvers: G.Resolvers = {
  Mutation: {
    createCheckout: (_p, { input }, { services }) => createCheckout(services, input),
    confirmCheckout: async (_p, { checkoutSessionId }, { services }) =>
      toPublicBooking(services.db, await confirmCheckout(services, checkoutSessionId)),
    cancelBooking: async (_p, { id, refund }, ctx) => {
      const booking = await cancelBooking(ctx.services, requireOrganization(ctx.caller), id, refund);
      return asAdmin(ctx, async (tx, org) => toAdminBooking(await findBooking(tx, org, { id: booking.id })));
    },
  },
};

async function toPublicBooking(db: Database, booking: Booking): Promise<G.Booking> {
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
    startsAt: where?.startsAt.toISOString() ?? null,
    endsAt: where?.endsAt.toISOString() ?? null,
    activityName: where?.activityName ?? null,
    lineItems: booking.lineItems.map((l) => ({ ...l, tier: toPriceTier(l.tier) })),
    customerEmail: booking.customerEmail ?? customer?.email ?? null,
    venue: where ? toVenue(where.venue) : null,
  };
}

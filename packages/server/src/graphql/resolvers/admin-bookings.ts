import { findBooking, listBookings, upcomingBookings } from '../../domain/bookings/query.ts';
import { weeklyBookingsTrend } from '../../domain/admin/dashboard.ts';
import { toAdminBooking } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

/** Booking lists and the dashboard of the calling key's organization. */
export const adminBookingsResolvers: Resolvers = {
  Query: {
    bookings: (_p, { filter, first, after }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const page = await listBookings(tx, org, {
          filter: filter && { ...filter, status: filter.status ? (filter.status.toLowerCase() as 'confirmed') : null },
          first,
          after,
        });
        return {
          nodes: page.nodes.map(toAdminBooking),
          pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
          totalCount: page.totalCount,
        };
      }),
    booking: (_p, args, ctx) => asAdmin(ctx, async (tx, org) => toAdminBooking(await findBooking(tx, org, args))),
    upcomingBookings: (_p, { limit }, ctx) =>
      asAdmin(ctx, async (tx, org) => (await upcomingBookings(tx, org, limit, ctx.services.now())).map(toAdminBooking)),
    weeklyBookingsTrend: (_p, { venueId }, ctx) =>
      asAdmin(ctx, (tx, org) => weeklyBookingsTrend(tx, org, venueId, ctx.services.now())),
  },
};

import { findBooking, listBookings, upcomingBookings } from '../../domain/bookings/query.ts';
import { bookingEmails, bookingHistory } from '../../domain/bookings/booking-log.ts';
import { queueConfirmationAgain } from '../../domain/bookings/resend.ts';
import { weeklyBookingsTrend } from '../../domain/admin/dashboard.ts';
import { toAdminBooking } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type { AdminBooking, BookingEventKind, Resolvers } from '../generated/resolvers-types.ts';
import type { GraphQLContext } from '../context.ts';

/** The email log of a booking the parent resolver already scoped to the caller's organization. */
const emailsOf = (parent: Partial<AdminBooking>, ctx: GraphQLContext) =>
  asAdmin(ctx, (tx, org) =>
    bookingEmails(tx, org, { bookingNumber: parent.bookingNumber!, customerEmail: parent.customer!.email }),
  );

const iso = (d: Date | null) => d?.toISOString() ?? null;

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
  Mutation: {
    resendConfirmation: async (_p, { id }, ctx) => {
      const { emailId, view } = await asAdmin(ctx, async (tx, org) => ({
        emailId: await queueConfirmationAgain(tx, org, id, ctx.services.payments.publicUrl()),
        view: await findBooking(tx, org, { id }),
      }));
      // After commit, like every outbox item; a failed send stays due and is retried.
      await ctx.services.outbox.deliver([emailId]);
      return toAdminBooking(view);
    },
  },
  AdminBooking: {
    emails: async (parent, _a, ctx) =>
      (await emailsOf(parent, ctx)).map((e) => ({
        id: e.id,
        to: e.to,
        subject: e.subject,
        queuedAt: e.queuedAt.toISOString(),
        sentAt: iso(e.sentAt),
        attempts: e.attempts,
        lastError: e.lastError,
      })),
    history: async (parent, _a, ctx) => {
      const times = {
        createdAt: new Date(parent.createdAt!),
        cancelledAt: parent.cancelledAt ? new Date(parent.cancelledAt) : null,
        status: parent.status!.toLowerCase() as 'confirmed' | 'cancelled' | 'refunded',
      };
      return bookingHistory(times, await emailsOf(parent, ctx)).map((e) => ({
        at: e.at.toISOString(),
        kind: e.kind.toUpperCase() as BookingEventKind,
        detail: e.detail,
      }));
    },
  },
};

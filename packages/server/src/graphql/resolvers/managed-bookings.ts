import {
  cancelManagedBooking,
  loadManagedBooking,
  rescheduleManagedBooking,
  type ManagedBookingView,
} from '../../domain/bookings/managed.ts';
import type { GraphQLContext } from '../context.ts';
import type * as G from '../generated/resolvers-types.ts';
import { toVenue } from '../mappers.ts';

/** Customer self-service through the manage link: the token is the only credential (DESIGN §9.3). */
export const managedBookingResolvers: G.Resolvers = {
  Query: {
    managedBooking: async (_p, { token }, { services }) =>
      toManagedBooking(await loadManagedBooking(services.db, token, services.now())),
  },
  Mutation: {
    cancelManagedBooking: async (_p, { token }, ctx) =>
      toManagedBooking(await cancelManagedBooking(manageServices(ctx), token)),
    rescheduleManagedBooking: async (_p, { token, sessionId }, ctx) =>
      toManagedBooking(await rescheduleManagedBooking(manageServices(ctx), token, sessionId)),
  },
};

const manageServices = ({ services }: GraphQLContext) => ({
  db: services.db,
  now: () => services.now(),
  publicUrl: services.payments.publicUrl(),
  deliver: (ids: readonly string[]) => services.outbox.deliver(ids),
});

function toManagedBooking(view: ManagedBookingView): G.ManagedBooking {
  const { booking, session, policy } = view;
  return {
    bookingNumber: booking.bookingNumber,
    status: booking.status.toUpperCase() as G.BookingStatus,
    attendance: booking.attendance.toUpperCase() as G.Attendance,
    partySize: booking.partySize,
    totalCents: booking.totalCents,
    currency: booking.currency,
    sessionId: session.id,
    activityId: session.activityId,
    activityName: view.activityName,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    localDate: session.localDate,
    venue: toVenue(view.venue),
    canCancel: policy.canCancel,
    refundCentsIfCancelled: policy.refundCentsIfCancelled,
    amountDueCents: booking.payment === 'unpaid' && booking.status === 'confirmed' ? booking.totalCents : 0,
    canReschedule: policy.canReschedule,
    cancellation: policy.cancellation,
    reschedule: policy.reschedule,
  };
}

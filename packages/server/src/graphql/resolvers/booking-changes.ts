import { setAttendance } from '../../domain/bookings/attendance.ts';
import { createManualBooking } from '../../domain/bookings/manual.ts';
import { rescheduleBooking } from '../../domain/bookings/reschedule.ts';
import { requireOrganization } from '../auth.ts';
import { asAdmin } from '../admin-scope.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { fromPriceTier } from '../mappers.ts';
import { toPublicBooking } from '../public-booking.ts';

/** Admin changes to a booking after it exists: attendance, reschedule, staff bookings (DESIGN §9.3). */
export const bookingChangeResolvers: Resolvers = {
  Mutation: {
    rescheduleBooking: async (_p, { id, sessionId }, ctx) => {
      const { services } = ctx;
      const { booking, emailId } = await rescheduleBooking(services.db, {
        organizationId: requireOrganization(ctx.caller),
        bookingId: id,
        sessionId,
        now: services.now(),
        publicUrl: services.payments.publicUrl(),
      });
      if (emailId) await services.outbox.deliver([emailId]);
      return toPublicBooking(services.db, booking);
    },
    createManualBooking: async (_p, { input }, ctx) => {
      const org = requireOrganization(ctx.caller);
      const { services } = ctx;
      const request = {
        sessionId: input.sessionId,
        tickets: input.tickets.map((t) => ({ ...t, tier: t.tier ? fromPriceTier(t.tier) : null })),
        customer: input.customer,
        payment: input.payment === 'PAID_OFFLINE' ? ('paid_offline' as const) : ('unpaid' as const),
        locale: input.locale,
      };
      const { booking, emailId } = await services.db.transaction((tx) =>
        createManualBooking(tx, org, request, services.now(), services.payments.publicUrl()),
      );
      await services.outbox.deliver([emailId]);
      return toPublicBooking(services.db, booking);
    },
    checkInBooking: (_p, { id }, ctx) =>
      asAdmin(ctx, async (tx, org) => toPublicBooking(tx, await setAttendance(tx, org, id, 'checked_in'))),
    markNoShow: (_p, { id }, ctx) =>
      asAdmin(ctx, async (tx, org) => toPublicBooking(tx, await setAttendance(tx, org, id, 'no_show'))),
  },
};

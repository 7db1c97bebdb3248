import { dayNumber } from '@slotkit/core/schedule';
import { loadBookingsByIds } from '../../domain/bookings/query.ts';
import { loadAdminSessions } from '../../domain/schedule/sessions-view.ts';
import { blockDate, listSessionIds } from '../../domain/schedule/admin.ts';
import { generateForActivity } from '../../domain/schedule/generate.ts';
import { badInput, notFound } from '../../errors.ts';
import { cancelSessionAndBookings } from '../../domain/bookings/cancel-session.ts';
import { asAdmin } from '../admin-scope.ts';
import { toAdminBooking, toAdminSession } from '../admin-mappers.ts';
import { requireOrganization } from '../auth.ts';
import type * as G from '../generated/resolvers-types.ts';

const LAST_DAY = dayNumber('9999-12-31');

/** Admin schedule operations, each scoped to the calling key's organization (asAdmin + explicit filters). */
export const scheduleAdminResolvers: G.Resolvers = {
  Query: {
    sessions: (_p, { activityId, from, to }, ctx) =>
      asAdmin(ctx, async (tx, org) =>
        (await loadAdminSessions(tx, org, await listSessionIds(tx, org, activityId, from, to))).map(toAdminSession),
      ),
  },
  Mutation: {
    generateSessions: (_p, { activityId, from, days }, ctx) => {
      // Issue 16 item 9: a range running past the calendar's end is the caller's input, not an INTERNAL later.
      if (Number.isInteger(days) && dayNumber(from) + days - 1 > LAST_DAY)
        throw badInput('from + days must end by 9999-12-31', { field: 'from' });
      return asAdmin(ctx, (tx, org) => generateForActivity(tx, { activityId, organizationId: org, from, days }));
    },
    blockDate: (_p, { activityId, date, reason, force }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const outcome = await blockDate(tx, org, { activityId, date, reason, force });
        const bookings = await loadBookingsByIds(tx, org, outcome.bookingIds);
        return {
          blocked: outcome.blocked,
          closedSessions: outcome.closedSessions,
          bookings: bookings.map(toAdminBooking),
        };
      }),
    cancelSession: async (_p, { id, refund }, ctx) => {
      const org = requireOrganization(ctx.caller);
      const outcome = await cancelSessionAndBookings(ctx.services, org, id, refund ?? false);
      return asAdmin(ctx, async (tx) => {
        const [session] = await loadAdminSessions(tx, org, [outcome.sessionId]);
        if (!session) throw notFound('Session');
        const bookings = await loadBookingsByIds(tx, org, outcome.bookingIds);
        return { session: toAdminSession(session), affectedBookings: bookings.map(toAdminBooking) };
      });
    },
  },
};

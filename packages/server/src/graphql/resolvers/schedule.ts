import { listAvailability, type SessionAvailabilityRow } from '../../domain/schedule/availability.ts';
import { loadCalendar } from '../../domain/schedule/calendar.ts';
import { loadScheduledActivity } from '../../domain/schedule/generate.ts';
import { notFound } from '../../errors.ts';
import type * as G from '../generated/resolvers-types.ts';

export const toSessionAvailability = (s: SessionAvailabilityRow): G.SessionAvailability => ({
  id: s.id,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  localStartTime: s.localStartTime,
  capacityTotal: s.capacityTotal,
  capacityRemaining: s.capacityRemaining,
});

/** Public schedule reads: the widget's calendar and the slots of one day. Never cached (seats change). */
export const scheduleResolvers: G.Resolvers = {
  Query: {
    calendar: (_p, { activityId, from, to }, { services }) => loadCalendar(services.db, activityId, from, to, services.now()),
    availability: async (_p, { activityId, date }, { services }) => {
      const rows = await listAvailability(services.db, activityId, date, services.now());
      if (rows.length === 0) {
        // Only an empty answer needs telling apart from an unknown or archived activity.
        const activity = await loadScheduledActivity(services.db, activityId);
        if (activity.status !== 'active') throw notFound('Activity');
      }
      return rows.map(toSessionAvailability);
    },
  },
};

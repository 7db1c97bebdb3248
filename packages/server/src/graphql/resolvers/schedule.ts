import type { SessionAvailabilityRow } from '../../domain/availability/sessions.ts';
import { readAvailability, readCalendar } from '../../cache/public-reads.ts';
import type * as G from '../generated/resolvers-types.ts';

export const toSessionAvailability = (s: SessionAvailabilityRow): G.SessionAvailability => ({
  id: s.id,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  localStartTime: s.localStartTime,
  capacityTotal: s.capacityTotal,
  capacityRemaining: s.capacityRemaining,
});

/** Public schedule reads: the widget's calendar (cached per instance until a change or a session start) and the slots
 * of one day (never cached: seats change). */
export const scheduleResolvers: G.Resolvers = {
  Query: {
    // Public reads: cached per instance (calendar) and/or served by the replica (cache/public-reads.ts).
    calendar: (_p, { activityId, from, to }, { services }) => readCalendar(services, activityId, from, to),
    availability: async (_p, { activityId, date }, { services }) =>
      (await readAvailability(services, activityId, date)).map(toSessionAvailability),
  },
};

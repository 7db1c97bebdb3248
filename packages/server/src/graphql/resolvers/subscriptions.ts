import { availabilityFeed } from '../../domain/availability/feed.ts';
import { calendarFeed, calendarSlice } from '../../domain/schedule/calendar-feed.ts';
import { widgetConfigFeed } from '../../domain/widget-config.ts';
import type * as G from '../generated/resolvers-types.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toActivity, toVenue } from '../mappers.ts';
import { toSessionAvailability } from './schedule.ts';

/**
 * DESIGN.md §6: a change to a quiet topic is pushed 500 ms later, a busy topic
 * at most once per 500 ms (a throttle that always pushes the last change),
 * computed once per instance for all subscribers. Nothing is
 * sent on subscribe: clients subscribe first, then query the current state.
 * Validation (unknown activity or venue → NOT_FOUND) happens when subscribing.
 */
export const subscriptionResolvers: Resolvers = {
  Subscription: {
    availabilityChanged: {
      subscribe: async (_parent, args, { services }) =>
        services.realtime.watch(
          // The same rows and mapping as the `availability` query, computed once per window for all subscribers.
          await availabilityFeed(services.db, args.activityId, args.date, {
            now: () => services.now(),
            map: toSessionAvailability,
          }),
        ),
      resolve: (update: G.AvailabilityUpdate) => update,
    },
    widgetConfigChanged: {
      subscribe: async (_parent, args, { services }) =>
        services.realtime.watch(
          await widgetConfigFeed(services.db, args, (view): G.WidgetConfig => ({
            venue: toVenue(view.venue),
            activities: view.activities.map(toActivity),
          })),
        ),
      resolve: (config: G.WidgetConfig) => config,
    },
    calendarChanged: {
      // The month a widget shows; the same days as the `calendar` query, computed once per window for all.
      subscribe: async (_parent, args, { services }) =>
        services.realtime.watch(
          await calendarFeed(services.db, args.activityId, args.from, args.to, () => services.now()),
        ),
      // The feed holds whole months, shared by every subscriber of them: each gets the days it asked for.
      resolve: (days: G.CalendarDay[], args: G.SubscriptionCalendarChangedArgs) =>
        calendarSlice(days, args.from, args.to),
    },
  },
};

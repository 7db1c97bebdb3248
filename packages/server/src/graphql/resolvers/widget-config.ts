import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import { readWidgetConfig } from '../../cache/public-reads.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toActivity, toVenue } from '../mappers.ts';

// DESIGN.md §5: one activity is cacheable for 5 minutes, a whole venue for 2.
const ACTIVITY_MAX_AGE = 300;
const VENUE_MAX_AGE = 120;

export const widgetConfigResolvers: Resolvers = {
  Query: {
    widgetConfig: async (_parent, args, { services }, info) => {
      // Per-instance cache invalidated by the change bus; the replica when uncached (ops/public-reads.ts).
      const config = await readWidgetConfig(services, args, (view) => ({
        venue: toVenue(view.venue),
        activities: view.activities.map(toActivity),
      }));
      // Over graphql-ws there is no HTTP cache, so no cacheControl on info.
      maybeCacheControlFromInfo(info)?.setCacheHint({
        maxAge: args.activityId ? ACTIVITY_MAX_AGE : VENUE_MAX_AGE,
        scope: 'PUBLIC',
      });
      return config;
    },
  },
};

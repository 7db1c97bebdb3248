import { loadActivities, loadActivity } from '../../domain/admin/activities-query.ts';
import {
  archive,
  createActivityAndSync,
  updateActivityAndSync,
  updateVenueAndSync,
} from '../../domain/admin/activity-service.ts';
import {
  createVenue,
  deleteVenue,
  findVenue,
  getVenue,
  listVenues,
  rotateEmbedKey,
} from '../../domain/admin/venues.ts';
import { expireCheckoutsAfterCommit } from '../../domain/reservations/checkout-expiry.ts';
import { requireOrganization } from '../auth.ts';
import { toActivityChange, toAdminActivity, toAdminVenue } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

/** Venues and activities of the calling key's organization. */
export const adminCatalogResolvers: Resolvers = {
  Query: {
    venues: (_p, _a, ctx) => asAdmin(ctx, async (tx, org) => (await listVenues(tx, org)).map(toAdminVenue)),
    venue: (_p, { id }, ctx) => asAdmin(ctx, async (tx, org) => toAdminVenue(await getVenue(tx, org, id))),
    activities: (_p, { venueId }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        if (venueId) await findVenue(tx, org, venueId);
        return (await loadActivities(tx, org, venueId ? { venueIds: [venueId] } : {})).map(toAdminActivity);
      }),
    activity: (_p, { id }, ctx) => asAdmin(ctx, async (tx, org) => toAdminActivity(await loadActivity(tx, org, id))),
  },
  // Writes that touch Stripe commit first and sync after, so they open their own transactions.
  Mutation: {
    createVenue: (_p, { input }, ctx) =>
      asAdmin(ctx, async (tx, org) =>
        toAdminVenue(await createVenue(tx, org, input, { production: ctx.services.config.NODE_ENV === 'production' })),
      ),
    updateVenue: async (_p, { id, input }, ctx) =>
      toAdminVenue(await updateVenueAndSync(ctx.services, requireOrganization(ctx.caller), id, input)),
    deleteVenue: async (_p, { id }, ctx) => {
      const { checkoutSessionIds } = await asAdmin(ctx, (tx, org) => deleteVenue(tx, org, id));
      await expireCheckoutsAfterCommit(ctx.services, checkoutSessionIds);
      return true;
    },
    rotateEmbedKey: (_p, { venueId }, ctx) =>
      asAdmin(ctx, async (tx, org) => toAdminVenue(await rotateEmbedKey(tx, org, venueId))),
    createActivity: async (_p, { input }, ctx) =>
      toActivityChange(await createActivityAndSync(ctx.services, requireOrganization(ctx.caller), input)),
    updateActivity: async (_p, { id, input }, ctx) =>
      toActivityChange(await updateActivityAndSync(ctx.services, requireOrganization(ctx.caller), id, input)),
    archiveActivity: async (_p, { id }, ctx) =>
      toAdminActivity(await archive(ctx.services, requireOrganization(ctx.caller), id)),
  },
};

import { withOrganization } from '../../db/with-organization.ts';
import { syncActivityCatalog } from './stripe-sync.ts';
import type { DomainServices } from '../services.ts';
import { loadActivity, type ActivityWithPrices } from './activities-query.ts';
import { getVenue, updateVenue, type VenueWithActivities } from './venues.ts';
import { archiveActivity, createActivity, updateActivity, type ActivityWrite } from './activities.ts';
import { loadAdminSessions, type AdminSessionView } from '../schedule/sessions-view.ts';

export interface ActivityChangeView {
  readonly activity: ActivityWithPrices;
  readonly sessionsCreated: number;
  readonly sessionsRemoved: number;
  readonly keptSessions: readonly AdminSessionView[];
}

/**
 * Activity writes as the admin API runs them: save + sessions in one
 * organization-scoped transaction, then the Stripe catalog AFTER commit. A
 * Stripe failure must not lose the activity: it is logged and the Stripe ids
 * stay null; the next updateActivity (or a catalog retry) syncs again.
 */
export async function createActivityAndSync(
  services: DomainServices,
  organizationId: string,
  input: unknown,
): Promise<ActivityChangeView> {
  const write = await withOrganization(services.db, organizationId, (tx) =>
    createActivity(tx, organizationId, input, services.now()),
  );
  return afterWrite(services, organizationId, write);
}

export async function updateActivityAndSync(
  services: DomainServices,
  organizationId: string,
  id: string,
  input: unknown,
): Promise<ActivityChangeView> {
  const write = await withOrganization(services.db, organizationId, (tx) =>
    updateActivity(tx, organizationId, id, input, services.now()),
  );
  return afterWrite(services, organizationId, write);
}

/** The Stripe product goes inactive too (the catalog sync mirrors the status). */
export async function archive(
  services: DomainServices,
  organizationId: string,
  id: string,
): Promise<ActivityWithPrices> {
  await withOrganization(services.db, organizationId, (tx) => archiveActivity(tx, organizationId, id, services.now()));
  await syncQuietly(services, id);
  return withOrganization(services.db, organizationId, (tx) => loadActivity(tx, organizationId, id));
}

/** A venue update; when its currency changed, every activity's Stripe prices are re-made after commit. */
export async function updateVenueAndSync(
  services: DomainServices,
  organizationId: string,
  id: string,
  input: unknown,
): Promise<VenueWithActivities> {
  const before = await withOrganization(services.db, organizationId, (tx) => getVenue(tx, organizationId, id));
  const production = services.config.NODE_ENV === 'production';
  const after = await withOrganization(services.db, organizationId, (tx) =>
    updateVenue(tx, organizationId, id, input, { production }),
  );
  if (after.currency === before.currency) return after;
  for (const activity of after.activities) await syncQuietly(services, activity.id);
  return withOrganization(services.db, organizationId, (tx) => getVenue(tx, organizationId, id));
}

async function afterWrite(
  services: DomainServices,
  organizationId: string,
  write: ActivityWrite,
): Promise<ActivityChangeView> {
  await syncQuietly(services, write.activityId);
  return withOrganization(services.db, organizationId, async (tx) => ({
    activity: await loadActivity(tx, organizationId, write.activityId),
    sessionsCreated: write.sessions.created,
    sessionsRemoved: write.sessions.removed,
    keptSessions: await loadAdminSessions(tx, organizationId, write.sessions.keptSessionIds),
  }));
}

async function syncQuietly(services: DomainServices, activityId: string): Promise<void> {
  try {
    await syncActivityCatalog(services, activityId);
  } catch (err) {
    services.logger.error(
      { err, activityId },
      'Stripe catalog sync failed; the activity is saved, retry with updateActivity',
    );
  }
}

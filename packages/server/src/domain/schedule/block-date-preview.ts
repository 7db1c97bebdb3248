import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities, activitySessions } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { dateOccupancy } from './date-occupancy.ts';
import { activitySettingsSchema } from '@slotkit/core/settings';

export interface BlockDatePreview {
  /** Already in settings.blockedDates, with the reason customers see. */
  readonly alreadyBlocked: boolean;
  readonly currentReason: string | null;
  /** Open sessions of that date that blocking closes (no more sales). */
  readonly sessionIdsToClose: readonly string[];
  /** Live holds on that date: blocking needs `force` while any exist. */
  readonly liveHolds: number;
  /** Confirmed bookings on that date: they stay booked (blocking cancels nothing); `force` is needed. */
  readonly bookingIds: readonly string[];
}

/**
 * What `blockDate` would do to a venue-local date, read without changing
 * anything, so the console's confirm dialog can say it exactly.
 */
export async function previewBlockDate(
  tx: Tx,
  organizationId: string,
  activityId: string,
  date: string,
): Promise<BlockDatePreview> {
  if (!isUuid(activityId)) throw notFound('Activity');
  const [activity] = await tx
    .select({ id: activities.id, settings: activities.settings })
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.organizationId, organizationId)));
  if (!activity) throw notFound('Activity');
  const blocked = activitySettingsSchema.parse(activity.settings).blockedDates.find((b) => b.date === date);
  const sessions = await tx
    .select({ id: activitySessions.id, status: activitySessions.status })
    .from(activitySessions)
    .where(and(eq(activitySessions.activityId, activity.id), eq(activitySessions.localDate, date)))
    .orderBy(asc(activitySessions.startsAt));
  const occupancy = await dateOccupancy(
    tx,
    sessions.map((s) => s.id),
  );
  return {
    alreadyBlocked: blocked !== undefined,
    currentReason: blocked?.reason ?? null,
    sessionIdsToClose: sessions.filter((s) => s.status === 'open').map((s) => s.id),
    liveHolds: occupancy.liveHolds,
    bookingIds: occupancy.bookingIds,
  };
}

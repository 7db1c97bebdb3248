import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { activities, activitySessions } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { activityTopic, availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { isUuid } from '../../db/ids.ts';
import { MAX_CALENDAR_DAYS } from './calendar.ts';
import { dateOccupancy } from './date-occupancy.ts';
import { activitySettingsSchema } from '@slotkit/core/settings';
import { dayNumber } from '@slotkit/core/schedule';

/** Admin schedule operations. Every one takes the caller's organization and finds nothing outside it. */

async function lockActivity(tx: Tx, organizationId: string, activityId: string) {
  if (!isUuid(activityId)) throw notFound('Activity');
  const [row] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.organizationId, organizationId)))
    .for('update');
  if (!row) throw notFound('Activity');
  return row;
}

/** Ids of an activity's sessions on venue-local dates [from, to], in start order. */
export async function listSessionIds(
  tx: Tx,
  organizationId: string,
  activityId: string,
  from: string,
  to: string,
): Promise<string[]> {
  if (dayNumber(to) < dayNumber(from)) throw badInput('to must not be before from', { field: 'to' });
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_CALENDAR_DAYS)
    throw badInput(`At most ${MAX_CALENDAR_DAYS} days at once`, { field: 'to' });
  if (!isUuid(activityId)) throw notFound('Activity');
  const [activity] = await tx
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.organizationId, organizationId)));
  if (!activity) throw notFound('Activity');
  const rows = await tx
    .select({ id: activitySessions.id })
    .from(activitySessions)
    .where(
      and(
        eq(activitySessions.activityId, activityId),
        eq(activitySessions.organizationId, organizationId),
        gte(activitySessions.localDate, from),
        lte(activitySessions.localDate, to),
      ),
    )
    .orderBy(asc(activitySessions.startsAt));
  return rows.map((r) => r.id);
}

export interface BlockDateOutcome {
  readonly blocked: boolean;
  readonly closedSessions: number;
  /** Confirmed bookings on that date (the reason `force` is needed). */
  readonly bookingIds: readonly string[];
}

/**
 * Blocks a venue-local date: adds it to settings.blockedDates and closes its
 * open sessions, so nothing more can be sold. A date with live holds or
 * confirmed bookings is left alone unless `force`; the bookings are listed
 * either way (a forced block keeps them: closing stops sales, it cancels nothing).
 */
export async function blockDate(
  tx: Tx,
  organizationId: string,
  input: { activityId: string; date: string; reason?: string | null; force?: boolean | null },
): Promise<BlockDateOutcome> {
  const activity = await lockActivity(tx, organizationId, input.activityId);
  // Session rows are locked before reading their reservations: a hold cannot land in between.
  const sessions = await tx
    .select({ id: activitySessions.id })
    .from(activitySessions)
    .where(and(eq(activitySessions.activityId, activity.id), eq(activitySessions.localDate, input.date)))
    .for('update');
  const ids = sessions.map((s) => s.id);
  const { bookingIds, liveHolds } = await dateOccupancy(tx, ids);
  if ((bookingIds.length > 0 || liveHolds > 0) && !input.force)
    return { blocked: false, closedSessions: 0, bookingIds };

  const settings = activitySettingsSchema.parse(activity.settings);
  if (!settings.blockedDates.some((b) => b.date === input.date)) {
    const next = activitySettingsSchema.safeParse({
      ...settings,
      blockedDates: [...settings.blockedDates, { id: randomUUID(), date: input.date, reason: input.reason ?? null }],
    });
    if (!next.success)
      throw badInput(next.error.issues[0]?.message ?? 'The schedule cannot take another blocked date', {
        field: 'date',
      });
    await tx.update(activities).set({ settings: next.data }).where(eq(activities.id, activity.id));
  }
  const closed = ids.length
    ? await tx
        .update(activitySessions)
        .set({ status: 'closed' })
        .where(and(inArray(activitySessions.id, ids), eq(activitySessions.status, 'open')))
        .returning({ id: activitySessions.id })
    : [];
  await notifyChange(tx, availabilityTopic(activity.id, input.date), activityTopic(activity.id));
  return { blocked: true, closedSessions: closed.length, bookingIds };
}

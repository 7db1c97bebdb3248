import type { Tx } from '../../db/client.ts';
import { generateSessions, loadScheduledActivity, readSettings } from '../schedule/generate.ts';
import { regenerateFutureSessions } from '../schedule/regenerate.ts';
import { localDateOf } from '@slotkit/core/schedule';

/** What a schedule change did to an activity's sessions. */
export interface SessionSync {
  readonly created: number;
  readonly removed: number;
  /** Sessions off the new schedule that hold reservations: kept for the admin to handle. */
  readonly keptSessionIds: readonly string[];
}

/** Sessions for the booking window: from the venue-local today for `advanceBooking` days, as the generator job does. */
export async function sessionsForNewActivity(tx: Tx, activityId: string, now: Date): Promise<SessionSync> {
  const activity = await loadScheduledActivity(tx, activityId);
  const from = localDateOf(activity.timezone, now);
  const result = await generateSessions(tx, { activity, from, days: readSettings(activity).advanceBooking });
  return { created: result.created, removed: 0, keptSessionIds: [] };
}

/**
 * After a schedule, duration, capacity or status change: future sessions off
 * the plan go unless reservations or bookings hold them (those are kept and
 * reported); missing ones are added. An archived activity plans none.
 */
export function sessionsAfterChange(tx: Tx, activityId: string, now: Date): Promise<SessionSync> {
  return regenerateFutureSessions(tx, activityId, now);
}

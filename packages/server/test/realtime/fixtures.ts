import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { activities, activitySessions, venues } from '../../src/db/schema/index.ts';
import { availabilityTopic, notifyChange } from '../../src/realtime/topics.ts';
import { venueInstant } from '../support/venue-time.ts';

export const TEST_DATE = '2030-06-15';

/**
 * One open session on TEST_DATE, inserted directly: the test is about what follows. It starts at
 * `hour`:07 venue-local (default 19:07), built in the venue's zone: off the :00/:30 grid of seeded
 * schedules, so it never collides with a generated session in any season.
 */
export async function createSession(
  db: Database,
  activityId: string,
  options: { date?: string; capacity?: number; hour?: number } = {},
) {
  const date = options.date ?? TEST_DATE;
  const [activity] = await db.select().from(activities).where(eq(activities.id, activityId));
  const [venue] = await db.select({ timezone: venues.timezone }).from(venues).where(eq(venues.id, activity!.venueId));
  const startsAt = venueInstant(venue!.timezone, date, `${String(options.hour ?? 19).padStart(2, '0')}:07`);
  const capacity = options.capacity ?? 20;
  const [row] = await db
    .insert(activitySessions)
    .values({
      activityId,
      organizationId: activity!.organizationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + activity!.durationMinutes * 60_000),
      localDate: date,
      capacityTotal: capacity,
      capacityRemaining: capacity,
    })
    .returning();
  return row!;
}

/** A capacity change as capacity code makes one: locked row, update, notify, all in one transaction. */
export async function takeSeats(
  db: Database,
  sessionId: string,
  seats: number,
  options: { rollback?: boolean } = {},
): Promise<void> {
  const rollback = new Error('rollback on purpose');
  try {
    await db.transaction(async (tx) => {
      const [s] = await tx.select().from(activitySessions).where(eq(activitySessions.id, sessionId)).for('update');
      await tx
        .update(activitySessions)
        .set({ capacityRemaining: sql`${activitySessions.capacityRemaining} - ${seats}` })
        .where(eq(activitySessions.id, sessionId));
      await notifyChange(tx, availabilityTopic(s!.activityId, s!.localDate));
      if (options.rollback) throw rollback;
    });
  } catch (err) {
    if (err !== rollback) throw err;
  }
}

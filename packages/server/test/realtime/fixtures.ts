import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { activities, activitySessions } from '../../src/db/schema/index.ts';
import { availabilityTopic, notifyChange } from '../../src/realtime/topics.ts';

export const TEST_DATE = '2030-06-15';

/** One open session on TEST_DATE (19:00 New York), inserted directly: the test is about what follows. */
export async function createSession(db: Database, activityId: string, options: { date?: string; capacity?: number; hour?: number } = {}) {
  const date = options.date ?? TEST_DATE;
  const [activity] = await db.select().from(activities).where(eq(activities.id, activityId));
  const startsAt = new Date(`${date}T${String((options.hour ?? 19) + 4).padStart(2, '0')}:00:00Z`);
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
export async function takeSeats(db: Database, sessionId: string, seats: number, options: { rollback?: boolean } = {}): Promise<void> {
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

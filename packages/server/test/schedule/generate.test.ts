import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activities, activitySessions } from '../../src/db/schema/index.ts';
import { generateAll } from '../../src/domain/schedule/generate-many.ts';
import { generateSessions, loadScheduledActivity, planFor } from '../../src/domain/schedule/generate.ts';
import { regenerateFutureSessions } from '../../src/domain/schedule/regenerate.ts';
import { createSessionGenerator } from '../../src/jobs/session-generator.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { countSessions, MONDAY_8AM_NY, reserve, sessionsOn, testClock } from './fixtures.ts';

describe('session generation', () => {
  let database: TestDatabase;
  let library: string;
  let walk: string;
  before(async () => {
    database = await openTestDatabase();
    const seed = await seedDemo(database.handle.db, { publicOrigin: 'http://127.0.0.1:1', now: MONDAY_8AM_NY });
    [library, walk] = seed.activityIds as [string, string];
  });
  after(() => database.close());
  const db = () => database.handle.db;

  it('should seed the demo activities with advanceBooking days of sessions from the venue-local today', async () => {
    for (const id of [library, walk]) {
      const activity = await loadScheduledActivity(db(), id);
      const planned = planFor(activity, '2026-06-01', activity.settings.advanceBooking as number);
      assert.ok(planned.length > 0);
      assert.equal(await countSessions(db(), id), planned.length);
    }
    // Monday custom hours (16:00–22:00 every 90 min, 60-minute rooms) in New York summer time.
    const monday = await sessionsOn(db(), library, '2026-06-01');
    assert.deepEqual(
      monday.map((s) => s.startsAt.toISOString()),
      ['2026-06-01T20:00:00.000Z', '2026-06-01T21:30:00.000Z', '2026-06-01T23:00:00.000Z', '2026-06-02T00:30:00.000Z'],
    );
    assert.ok(monday.every((s) => s.capacityTotal === 8 && s.capacityRemaining === 8 && s.status === 'open'));
  });

  it('should change nothing when the same range is generated twice', async () => {
    const before = await countSessions(db(), library);
    const first = await db().transaction((tx) =>
      generateSessions(tx, { activityId: library, from: '2026-06-01', days: 90 }),
    );
    assert.equal(
      first.created + first.existing,
      planFor(await loadScheduledActivity(db(), library), '2026-06-01', 90).length,
    );
    assert.equal(first.existing, before, 'the seeded 60 days already exist');
    const ids = (
      await db()
        .select({ id: activitySessions.id })
        .from(activitySessions)
        .where(eq(activitySessions.activityId, library))
    )
      .map((r) => r.id)
      .sort();
    const second = await db().transaction((tx) =>
      generateSessions(tx, { activityId: library, from: '2026-06-01', days: 90 }),
    );
    assert.deepEqual(second, { created: 0, existing: first.created + first.existing });
    const again = (
      await db()
        .select({ id: activitySessions.id })
        .from(activitySessions)
        .where(eq(activitySessions.activityId, library))
    )
      .map((r) => r.id)
      .sort();
    assert.deepEqual(again, ids, 'the very same rows');
  });

  it('should create each session once when two transactions generate the same range at once', async () => {
    const activity = await loadScheduledActivity(db(), library);
    const run = () => db().transaction((tx) => generateSessions(tx, { activity, from: '2026-10-01', days: 20 }));
    const [a, b] = await Promise.all([run(), run()]);
    const planned = planFor(activity, '2026-10-01', 20).length;
    // Both read "nothing there"; ON CONFLICT makes the later insert wait for the first and skip its rows.
    assert.equal(a.created + b.created, planned);
    assert.equal(a.created + a.existing, planned);
    assert.equal(b.created + b.existing, planned);
  });

  it('should regenerate the future after a schedule change and keep the sessions that hold reservations', async () => {
    const [held] = await sessionsOn(db(), walk, '2026-06-04'); // Thursday 18:00
    const [, confirmed] = await sessionsOn(db(), walk, '2026-06-05'); // Friday 19:00
    const [, free] = await sessionsOn(db(), walk, '2026-06-06');
    await reserve(db(), held!, { status: 'held' });
    await reserve(db(), confirmed!, { status: 'confirmed', booked: true });
    // From 18:00–23:00 hourly to 20:00–23:00 every 90 minutes: 18:00 and 19:00 leave the schedule.
    const [row] = await db().select().from(activities).where(eq(activities.id, walk));
    await db()
      .update(activities)
      .set({ settings: { ...row!.settings, startTime: '20:00', slotInterval: 90 } })
      .where(eq(activities.id, walk));

    const result = await db().transaction((tx) => regenerateFutureSessions(tx, walk, MONDAY_8AM_NY));
    assert.deepEqual([...result.keptSessionIds].sort(), [held!.id, confirmed!.id].sort());
    const friday = await sessionsOn(db(), walk, '2026-06-05');
    assert.deepEqual(
      friday.map((s) => s.startsAt.toISOString()),
      ['2026-06-05T23:00:00.000Z', '2026-06-06T00:00:00.000Z', '2026-06-06T01:30:00.000Z'],
      '19:00 kept, then 20:00 and 21:30',
    );
    assert.equal(friday[0]!.id, confirmed!.id);
    assert.equal(
      (await sessionsOn(db(), walk, '2026-06-06')).some((s) => s.id === free!.id),
      false,
      'an unbooked stale session is removed',
    );
    assert.ok(result.removed > 0 && result.created > 0);

    const again = await db().transaction((tx) => regenerateFutureSessions(tx, walk, MONDAY_8AM_NY));
    assert.deepEqual({ created: again.created, removed: again.removed }, { created: 0, removed: 0 });
    assert.deepEqual([...again.keptSessionIds].sort(), [held!.id, confirmed!.id].sort());
  });

  it('should leave sessions that already started alone when regenerating', async () => {
    const at = new Date('2026-06-05T23:30:00Z'); // the kept Friday 19:00 session has started
    const [started] = await sessionsOn(db(), walk, '2026-06-05');
    const result = await db().transaction((tx) => regenerateFutureSessions(tx, walk, at));
    assert.equal(result.keptSessionIds.includes(started!.id), false);
    assert.equal((await sessionsOn(db(), walk, '2026-06-05'))[0]!.id, started!.id);
  });

  it('should run the daily job at 02:00 venue-local, not before, and once per day', async () => {
    const clock = testClock(new Date('2026-06-10T05:30:00Z')); // 01:30 in New York
    const services = { db: db(), logger: createLogger('silent'), now: clock.now };
    const job = createSessionGenerator({ services, runOnStart: false });
    assert.equal((await job.runDue()).activities, 0, 'not yet 02:00 in New York');
    clock.set(new Date('2026-06-10T06:05:00Z')); // 02:05
    const due = await job.runDue();
    assert.equal(due.activities, 2);
    assert.ok(due.created > 0, 'the window moved nine days: new days were added');
    const library60 = await sessionsOn(db(), library, '2026-08-08'); // 2026-06-10 + 59 days
    assert.ok(library60.length > 0);
    assert.equal((await job.runDue()).activities, 0, 'already ran today');
    clock.set(new Date('2026-06-11T06:05:00Z'));
    assert.equal((await job.runDue()).activities, 2, 'the next day runs again');
  });

  it('should split the work when two instances run the job at once, creating every session exactly once', async () => {
    const now = new Date('2026-07-01T12:00:00Z');
    const [a, b] = await Promise.all([
      generateAll(db(), { now, exclusive: true, concurrency: 2 }),
      generateAll(db(), { now, exclusive: true, concurrency: 2 }),
    ]);
    assert.equal(a.failed + b.failed, 0);
    const third = await generateAll(db(), { now, exclusive: true });
    assert.equal(third.created, 0, 'nothing left to create');
    for (const id of [library, walk]) {
      const activity = await loadScheduledActivity(db(), id);
      const planned = planFor(activity, '2026-07-01', activity.settings.advanceBooking as number);
      const rows = await db()
        .select({ startsAt: activitySessions.startsAt })
        .from(activitySessions)
        .where(eq(activitySessions.activityId, id));
      const have = new Set(rows.map((r) => r.startsAt.getTime()));
      assert.ok(planned.every((p) => have.has(p.startsAt.getTime())));
      assert.equal(have.size, rows.length, 'no duplicates');
    }
  });
});

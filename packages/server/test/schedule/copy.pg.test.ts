import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../src/db/client.ts';
import { activities, activitySessions, organizations, venues } from '../../src/db/schema/index.ts';
import { COPY_MIN_ROWS, copySessions } from '../../src/domain/schedule/copy-sessions.ts';
import {
  generateSessions,
  loadScheduledActivity,
  planFor,
  readSettings,
  type ScheduledActivity,
} from '../../src/domain/schedule/generate.ts';
import { planColumns } from '@slotkit/core/schedule';
import { isUuid } from '../../src/db/ids.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';

// Every 15 minutes 09:00–23:00 in New York: 56 sessions a day, so a few days pass COPY_MIN_ROWS.
const SETTINGS = {
  operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  startTime: '09:00',
  endTime: '23:00',
  slotInterval: 15,
  advanceBooking: 30,
};

const role = async (tx: DbOrTx) =>
  (await queryRows<{ r: string }>(tx, sql`select current_setting('session_replication_role') as r`))[0]!.r;
const pgCode = (error: unknown) =>
  (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;

describe('session generation by binary COPY (PostgreSQL)', () => {
  let database: TestDatabase;
  let activity: ScheduledActivity;
  before(async () => {
    database = await openTestDatabase('postgres');
    const db = database.handle.db;
    const [org] = await db.insert(organizations).values({ name: 'Copy' }).returning();
    const [venue] = await db
      .insert(venues)
      .values({
        organizationId: org!.id,
        name: 'V',
        embedKey: `copy-${randomUUID()}`,
        timezone: 'America/New_York',
        currency: 'USD',
      })
      .returning();
    const [row] = await db
      .insert(activities)
      .values({
        venueId: venue!.id,
        organizationId: org!.id,
        name: 'A',
        durationMinutes: 45,
        capacity: 6,
        maxParty: 6,
        settings: SETTINGS,
      })
      .returning();
    activity = await loadScheduledActivity(db, row!.id);
  });
  after(() => database.close());
  const db = () => database.handle.db;
  const rowsFor = (from: string, days: number) => {
    const plan = planColumns(
      { durationMinutes: activity.durationMinutes, settings: readSettings(activity) },
      activity.timezone,
      from,
      days,
    );
    return {
      activityId: activity.id,
      organizationId: activity.organizationId,
      capacity: activity.capacity,
      durationMinutes: activity.durationMinutes,
      ...plan,
    };
  };

  it(
    'should store exactly the planned sessions across a DST change, ' +
      'with time-ordered ids, and change nothing the second time',
    async () => {
      const planned = planFor(activity, '2026-10-25', 14); // New York leaves summer time on 2026-11-01
      assert.ok(planned.length >= COPY_MIN_ROWS);
      const first = await db().transaction(async (tx) => {
        const result = await generateSessions(tx, { activity, from: '2026-10-25', days: 14 });
        assert.equal(await role(tx), 'origin', 'foreign-key triggers are back on for the rest of the transaction');
        const bogus = {
          activityId: randomUUID(),
          organizationId: activity.organizationId,
          startsAt: new Date(),
          endsAt: new Date(),
          localDate: '2026-10-25',
          capacityTotal: 1,
          capacityRemaining: 1,
        };
        await assert.rejects(
          tx.transaction((sp) => sp.insert(activitySessions).values(bogus)),
          (e) => pgCode(e) === '23503',
        );
        return result;
      });
      assert.deepEqual(first, { created: planned.length, existing: 0 });
      const stored = await db()
        .select()
        .from(activitySessions)
        .where(eq(activitySessions.activityId, activity.id))
        .orderBy(asc(activitySessions.startsAt));
      assert.deepEqual(
        stored.map((s) => ({
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          localDate: s.localDate,
          total: s.capacityTotal,
          remaining: s.capacityRemaining,
          status: s.status,
          org: s.organizationId,
        })),
        planned.map((p) => ({
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          localDate: p.localDate,
          total: 6,
          remaining: 6,
          status: 'open',
          org: activity.organizationId,
        })),
      );
      assert.ok(
        stored.every((s) => isUuid(s.id) && s.id[14] === '7'),
        'version-7 UUIDs',
      );
      assert.ok(
        stored.every((s, i) => i === 0 || s.id > stored[i - 1]!.id),
        'ids ascend with the starts they were generated for',
      );
      assert.ok(
        stored.every((s) => Math.abs(s.createdAt.getTime() - Date.now()) < 60_000),
        'created_at defaulted',
      );
      const second = await db().transaction((tx) => generateSessions(tx, { activity, from: '2026-10-25', days: 14 }));
      assert.deepEqual(second, { created: 0, existing: planned.length });
    },
  );

  it('should take the COPY path only where it keeps every guarantee', async () => {
    const rows = rowsFor('2027-01-04', 10);
    await db()
      .transaction(async (tx) => {
        assert.equal(
          await copySessions(tx, rows),
          rows.startsMs.length,
          'superuser, the two known foreign keys, no triggers',
        );
        throw new RollBack();
      })
      .catch(expectRollBack);
    await db().transaction(async (tx) => {
      await tx.execute(sql`set local role slotkit_admin`);
      assert.equal(await copySessions(tx, rows), undefined, 'a role under row-level security');
    });
    await db()
      .transaction(async (tx) => {
        await tx.execute(sql`create role slotkit_copy_test_plain`);
        await tx.execute(sql`grant select, insert on activity_sessions to slotkit_copy_test_plain`);
        await tx.execute(sql`grant select on activities, organizations to slotkit_copy_test_plain`);
        await tx.execute(sql`grant usage on schema public to slotkit_copy_test_plain`);
        await tx.execute(sql`set local role slotkit_copy_test_plain`);
        assert.equal(await copySessions(tx, rows), undefined, 'a role that may not set session_replication_role');
        assert.equal(await role(tx), 'origin');
        throw new RollBack();
      })
      .catch(expectRollBack);
    await db().transaction(async (tx) => {
      assert.equal(
        await copySessions(tx, { ...rows, activityId: randomUUID() }),
        undefined,
        'an unknown activity: INSERT reports it',
      );
      assert.equal(
        await copySessions(tx, { ...rows, organizationId: randomUUID() }),
        undefined,
        'an activity of another organization',
      );
      assert.equal(
        await copySessions(tx, { ...rows, startsMs: rows.startsMs.slice(0, COPY_MIN_ROWS - 1) }),
        undefined,
        'a small batch',
      );
    });
    assert.equal(await copySessions(db(), rows), undefined, 'outside a transaction');
  });

  it('should fall back to INSERT … ON CONFLICT when another writer stored a start after it was read', async () => {
    const rows = rowsFor('2027-02-01', 10);
    const [taken] = await insertOneSession(rows.startsMs[300]!, rows.localDates[300]!);
    const result = await db().transaction(async (tx) => {
      // A stale read: COPY meets the unique index, rolls back to its savepoint and says so.
      assert.equal(await copySessions(tx, rows), undefined);
      assert.equal(await role(tx), 'origin');
      return generateSessions(tx, { activity, from: '2027-02-01', days: 10 });
    });
    assert.deepEqual(result, { created: rows.startsMs.length - 1, existing: 1 });
    const kept = await db().select().from(activitySessions).where(eq(activitySessions.id, taken!.id));
    assert.equal(kept.length, 1, 'the other writer’s row stays');
  });

  it('should create each session once when two transactions generate the same large range at once', async () => {
    const run = () => db().transaction((tx) => generateSessions(tx, { activity, from: '2027-03-01', days: 12 }));
    const [a, b] = await Promise.all([run(), run()]);
    const planned = planFor(activity, '2027-03-01', 12).length;
    assert.equal(a.created + b.created, planned);
    assert.equal(a.created + a.existing, planned);
    assert.equal(b.created + b.existing, planned);
    const [count] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from activity_sessions
          where activity_id = ${activity.id}::uuid and local_date between '2027-03-01' and '2027-03-12'`,
    );
    assert.equal(Number(count!.n), planned);
  });

  /** One session written the ordinary way, as another instance would. */
  function insertOneSession(startsMs: number, localDate: string) {
    return db()
      .insert(activitySessions)
      .values({
        activityId: activity.id,
        organizationId: activity.organizationId,
        startsAt: new Date(startsMs),
        endsAt: new Date(startsMs + activity.durationMinutes * 60_000),
        localDate,
        capacityTotal: activity.capacity,
        capacityRemaining: activity.capacity,
      })
      .returning();
  }
});

class RollBack extends Error {}
function expectRollBack(error: unknown) {
  if (!(error instanceof RollBack)) throw error;
}

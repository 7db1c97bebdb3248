import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { availabilityTopic, CHANGES_CHANNEL } from '../../src/realtime/topics.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { createActivityFixture, createSession } from './fixtures.ts';

// The SQL side of a hold (migration 0011) and the TypeScript side must spell the channel and the
// topic the same way, or realtime breaks silently: these tests pin them together.
describe('the SQL contract of a hold', () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  it('should build the same channel and availability topic in SQL as in TypeScript', async () => {
    const activityId = randomUUID();
    const [row] = await queryRows<{ channel: string; topic: string }>(
      database.handle.db,
      sql`select slotkit_changes_channel() as channel,
                 slotkit_availability_topic(${activityId}::uuid, '2031-03-09'::date) as topic`,
    );
    assert.deepEqual(row, { channel: CHANGES_CHANNEL, topic: availabilityTopic(activityId, '2031-03-09') });
  });

  it('should expire only stale holds, give their seats back and notify the session topic once', async () => {
    const { db } = database.handle;
    const fixture = await createActivityFixture(db);
    const sessionId = await createSession(db, fixture, { capacity: 10 });
    const [session] = await queryRows<{ local_date: string }>(
      db,
      sql`select to_char(local_date, 'YYYY-MM-DD') as local_date from activity_sessions where id = ${sessionId}::uuid`,
    );
    const now = new Date('2030-06-01T12:00:00Z');
    const hold = (minutesLeft: number, seats: number, checkout: string | null) => sql`
      insert into slot_reservations (session_id, organization_id, party_size, tickets, total_cents, currency, email,
        status, expires_at, idempotency_key, request_hash, checkout_session_id)
      values (${sessionId}::uuid, ${fixture.organizationId}::uuid, ${seats}, '[]'::jsonb, 0, 'usd', 'a@example.com',
        'held', ${new Date(now.getTime() + minutesLeft * 60_000).toISOString()}::timestamptz, ${randomUUID()},
        'h', ${checkout})`;
    await db.execute(hold(-1, 2, 'cs_stale'));
    await db.execute(hold(-5, 1, null));
    await db.execute(hold(+5, 3, 'cs_live'));
    await db.execute(sql`update activity_sessions set capacity_remaining = 4 where id = ${sessionId}::uuid`);

    const heard: string[] = [];
    const unlisten = await database.handle.listen(CHANGES_CHANNEL, (payload) => heard.push(payload));
    try {
      const expired = await db.transaction(async (tx) => {
        await tx.execute(sql`select id from activity_sessions where id = ${sessionId}::uuid for update`);
        return queryRows<{ checkout_session_id: string | null; local_date: string }>(
          tx,
          sql`select checkout_session_id, to_char(local_date, 'YYYY-MM-DD') as local_date
              from expire_stale_holds(${sessionId}::uuid, ${now.toISOString()}::timestamptz)`,
        );
      });
      assert.deepEqual(expired.map((r) => r.checkout_session_id).sort(), ['cs_stale', null].sort());
      const [after] = await queryRows<{ capacity_remaining: number; held: number }>(
        db,
        sql`select capacity_remaining,
              (select count(*)::int from slot_reservations where session_id = ${sessionId}::uuid and status = 'held')
              as held
            from activity_sessions where id = ${sessionId}::uuid`,
      );
      assert.deepEqual(after, { capacity_remaining: 7, held: 1 });
      const topic = availabilityTopic(fixture.activityId, session!.local_date);
      for (let i = 0; i < 50 && !heard.includes(topic); i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(
        heard.filter((t) => t.startsWith('availability:')),
        [topic],
      );

      const again = await queryRows(
        db,
        sql`select * from expire_stale_holds(${sessionId}::uuid, ${now.toISOString()}::timestamptz)`,
      );
      assert.equal(again.length, 0, 'a second call finds nothing left to expire');
    } finally {
      await unlisten();
    }
  });
});

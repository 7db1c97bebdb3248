import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { DEMO_EMBED_KEY, seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createSession } from '../realtime/fixtures.ts';

const VENUE = `query($k: String) { widgetConfig(embedKey: $k) { venue { name } activities { id } } }`;
const AVAILABILITY = `query($a: ID!, $d: Date!) { availability(activityId: $a, date: $d) { id capacityRemaining } }`;
const CALENDAR = `query($a: ID!, $f: Date!, $t: Date!) { calendar(activityId: $a, from: $f, to: $t) { status } }`;
const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename ... on Reservation {
  id } } }`;

/**
 * A second database stands in for the replica: seeded the same way but with a
 * venue name of its own, so a read shows which database answered it.
 */
describe('read routing with DATABASE_REPLICA_URL', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let uncached: TestApp;
  let cached: TestApp;
  let primaryActivity: string;
  let replicaActivity: string;

  before(async () => {
    if (!(await postgresReachable())) return;
    primary = await openTestDatabase('postgres');
    replica = await openTestDatabase('postgres');
    uncached = await startTestApp({
      database: primary,
      config: { DATABASE_REPLICA_URL: replica.url, READ_CACHE: false },
    });
    cached = await startTestApp({ database: primary, config: { DATABASE_REPLICA_URL: replica.url } });
    primaryActivity = (await seedDemo(primary.handle.db, { publicOrigin: uncached.url })).activityIds[1]!;
    replicaActivity = (await seedDemo(replica.handle.db, { publicOrigin: uncached.url })).activityIds[1]!;
    await replica.handle.db.execute(sql`update venues set name = 'Replica Manor'`);
  });
  after(async () => {
    await cached?.stop();
    await uncached?.stop();
    await replica?.close();
    await primary?.close();
  });

  it('should answer widgetConfig, calendar and availability from the replica', async (t) => {
    if (!(await requirePostgres(t))) return;
    const config = await gql(uncached.url, VENUE, { k: DEMO_EMBED_KEY });
    assert.equal(config.data?.widgetConfig.venue.name, 'Replica Manor');
    assert.ok(config.data?.widgetConfig.activities.some((a: { id: string }) => a.id === replicaActivity));
    const date = '2030-06-22';
    const onReplica = await createSession(replica.handle.db, replicaActivity, { date, hour: 8, capacity: 7 });
    const slots = await gql(uncached.url, AVAILABILITY, { a: replicaActivity, d: date });
    assert.deepEqual(slots.data?.availability.map((s: { id: string }) => s.id).includes(onReplica.id), true);
    // The primary's activity does not exist on the "replica": NOT_FOUND proves where the read went.
    assert.equal(
      (await gql(uncached.url, AVAILABILITY, { a: primaryActivity, d: date })).errors?.[0]?.extensions?.code,
      'NOT_FOUND',
    );
    assert.equal(
      (await gql(uncached.url, CALENDAR, { a: primaryActivity, f: date, t: date })).errors?.[0]?.extensions?.code,
      'NOT_FOUND',
    );
    assert.ok((await gql(uncached.url, CALENDAR, { a: replicaActivity, f: date, t: date })).data?.calendar);
  });

  it('should write (and read inside the reservation transaction) on the primary only', async (t) => {
    if (!(await requirePostgres(t))) return;
    const session = await createSession(primary.handle.db, primaryActivity, {
      date: '2030-06-23',
      hour: 8,
      capacity: 5,
    });
    const res = await gql(uncached.url, RESERVE, {
      input: {
        sessionId: session.id,
        tickets: [{ tier: 'ADULT', quantity: 2 }],
        email: 'r@example.com',
        idempotencyKey: `replica-${session.id}`,
      },
    });
    assert.equal(res.data?.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
    const [row] = await queryRows<{ capacity_remaining: number }>(
      primary.handle.db,
      sql`select capacity_remaining from activity_sessions where id = ${session.id}::uuid`,
    );
    assert.equal(row!.capacity_remaining, 3);
    const [held] = await queryRows<{ n: number }>(
      replica.handle.db,
      sql`select count(*)::int as n from slot_reservations`,
    );
    assert.equal(held!.n, 0, 'nothing was written to the replica');
  });

  it('should fill the read cache from the primary, so replica lag can never pin a stale entry', async (t) => {
    if (!(await requirePostgres(t))) return;
    const config = await gql(cached.url, VENUE, { k: DEMO_EMBED_KEY });
    assert.notEqual(config.data?.widgetConfig.venue.name, 'Replica Manor');
    // availability is never cached and still goes to the replica
    assert.equal(
      (await gql(cached.url, AVAILABILITY, { a: primaryActivity, d: '2030-06-23' })).errors?.[0]?.extensions?.code,
      'NOT_FOUND',
    );
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createDb, queryRows, queryRowsPrepared, type DbHandle } from '../../src/db/client.ts';
import { callReserveSlot } from '../../src/domain/reservations/reserve-call.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createActivityFixture, createSession } from '../reservations/fixtures.ts';

/**
 * The hold is one round trip only if its statement is prepared: postgres.js sends an unprepared
 * statement with parameters as Parse/Describe, waits, then Bind/Execute. One pooled connection,
 * so pg_prepared_statements (per connection) shows what the calls left behind.
 */
describe('prepared statements on the hot path (PostgreSQL)', () => {
  let database: TestDatabase | undefined;
  let oneConnection: DbHandle | undefined;
  before(async () => {
    if (!(await postgresReachable())) return; // each test then says so through requirePostgres
    database = await openTestDatabase('postgres');
    oneConnection = await createDb({ url: database.url, max: 1 });
  });
  after(async () => {
    await oneConnection?.close();
    await database?.close();
  });

  const prepared = async (like: string, db = oneConnection!.db) =>
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_prepared_statements where statement like ${like}`,
    );

  it('should keep reserve_slot prepared on the connection and reuse it for every hold', async (t) => {
    if (!(await requirePostgres(t))) return;
    const db = oneConnection!.db;
    const fx = await createActivityFixture(db);
    const sessionId = await createSession(db, fx, { capacity: 10 });
    const tickets = [
      {
        tier: 'adult' as const,
        priceId: fx.prices.adult,
        name: 'Adult',
        quantity: 1,
        unitAmountCents: 3000,
        stripePriceId: 'price_adult',
      },
    ];
    for (let i = 0; i < 3; i += 1) {
      const answer = await callReserveSlot(db, {
        sessionId,
        partySize: 1,
        tickets,
        totalCents: 3000,
        currency: 'USD',
        email: `p${i}@example.com`,
        idempotencyKey: `prepared-${i}-${sessionId}`,
        requestHash: 'h',
        clientIp: '127.0.0.1',
        waiverAccepted: false,
        now: new Date(),
        holdMinutes: 10,
        holdsPerEmail: 0,
        holdsPerIp: 0,
      });
      assert.equal(answer.outcome, 'reserved');
    }
    const [row] = await prepared('select reserve_slot(%');
    assert.equal(row!.n, 1, 'one prepared reserve_slot statement, reused by all three holds');
  });

  it('should leave a plain queryRows statement unprepared, which is why the hot path does not use it', async (t) => {
    if (!(await requirePostgres(t))) return;
    const db = oneConnection!.db;
    await queryRows(db, sql`select ${'plain'}::text as marker_plain`);
    await queryRowsPrepared(db, 'marker', sql`select ${'prep'}::text as marker_prepared`);
    assert.equal((await prepared('%marker_plain%'))[0]!.n, 0);
    assert.equal((await prepared('%marker_prepared%'))[0]!.n, 1);
  });

  it(
    'should prepare nothing when the pool is opened with prepare: false (DB_PREPARE=0, ' +
      'for poolers that drop them)',
    async (t) => {
      if (!(await requirePostgres(t))) return;
      const unprepared = await createDb({ url: database!.url, max: 1, prepare: false });
      try {
        await queryRowsPrepared(unprepared.db, 'marker', sql`select ${'off'}::text as marker_switched_off`);
        assert.equal((await prepared('%marker_switched_off%', unprepared.db))[0]!.n, 0);
      } finally {
        await unprepared.close();
      }
    },
  );
});

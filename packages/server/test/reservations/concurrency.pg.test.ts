import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { postgresReachable } from '../support/database.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import {
  adults,
  capacityRemaining,
  createActivityFixture,
  createSession,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from './fixtures.ts';

describe('reserveSlot under concurrency (PostgreSQL)', () => {
  let app: TestApp | undefined;
  let fx: ActivityFixture;
  before(async () => {
    if (!(await postgresReachable())) return; // each test then skips loudly (or fails under CI)
    app = await startTestApp({ driver: 'postgres', holdSweeper: false });
    fx = await createActivityFixture(app.services.db, { maxParty: 8 });
  });
  after(() => app?.stop());

  it('should never oversell when 200 clients race for 10 seats over HTTP', async (t) => {
    if (!(await requirePostgres(t)) || !app) return;
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const parties = Array.from({ length: 200 }, (_, i) => 1 + (i % 4));
    const results = await Promise.all(
      parties.map((n, i) =>
        gql(app!.url, RESERVE, {
          input: reserveInput(session, { tickets: adults(n), email: `racer${i}@example.com` }),
        }),
      ),
    );
    for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const outcomes = results.map((r, i) => ({ party: parties[i]!, result: r.data!.reserveSlot }));
    const won = outcomes.filter((o) => o.result.__typename === 'Reservation');
    const lost = outcomes.filter((o) => o.result.__typename === 'SlotUnavailable');
    assert.equal(won.length + lost.length, 200, 'every answer is a hold or SlotUnavailable');
    const held = won.reduce((n, o) => n + o.party, 0);
    const remaining = await capacityRemaining(app.services.db, session);
    assert.ok(held <= 10, `held ${held} seats of 10`);
    assert.equal(remaining, 10 - held);
    assert.ok(remaining >= 0);
    // No seat is left that a refused request could have used.
    for (const o of lost)
      assert.ok(o.party > remaining, `a party of ${o.party} was refused with ${remaining} seats left`);
    const [rows] = await queryRows<{ n: number; seats: number }>(
      app.services.db,
      sql`select count(*)::int as n, coalesce(sum(party_size), 0)::int as seats from slot_reservations
          where session_id = ${session}::uuid`,
    );
    assert.deepEqual([rows!.n, rows!.seats], [won.length, held]);
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });

  it('should create one reservation for 20 parallel calls with one idempotency key', async (t) => {
    if (!(await requirePostgres(t)) || !app) return;
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const input = reserveInput(session, { tickets: adults(3), idempotencyKey: randomUUID() });
    const results = await Promise.all(Array.from({ length: 20 }, () => gql(app!.url, RESERVE, { input })));
    for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const ids = new Set(results.map((r) => r.data!.reserveSlot.id));
    assert.equal(ids.size, 1);
    const [row] = await queryRows<{ n: number }>(
      app.services.db,
      sql`select count(*)::int as n from slot_reservations where idempotency_key = ${input.idempotencyKey}`,
    );
    assert.equal(row!.n, 1);
    assert.equal(await capacityRemaining(app.services.db, session), 7);
    const conflicting = await Promise.all(
      Array.from({ length: 5 }, () => gql(app!.url, RESERVE, { input: { ...input, tickets: adults(2) } })),
    );
    for (const r of conflicting) assert.equal(errorCode(r), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, session), 7);
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });

  it('should keep per-email hold limits exact when one email races on many sessions', async (t) => {
    if (!(await requirePostgres(t)) || !app) return;
    const limited = await startTestApp({ driver: 'postgres', holdSweeper: false, config: { HOLDS_PER_EMAIL: 3 } });
    try {
      const lfx = await createActivityFixture(limited.services.db);
      const sessions = await Promise.all(
        Array.from({ length: 10 }, () => createSession(limited.services.db, lfx, { capacity: 10 })),
      );
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          gql(limited.url, RESERVE, { input: reserveInput(sessions[i % 10]!, { email: 'hoarder@example.com' }) }),
        ),
      );
      const kinds = results.map((r) => r.data!.reserveSlot.__typename + ':' + (r.data!.reserveSlot.reason ?? ''));
      assert.equal(kinds.filter((k) => k === 'Reservation:').length, 3, kinds.join(','));
      assert.equal(kinds.filter((k) => k === 'InvalidReservation:HOLD_LIMIT').length, 37);
      assert.deepEqual(await findCapacityMismatches(limited.services.db), []);
    } finally {
      await limited.stop();
    }
  });
});

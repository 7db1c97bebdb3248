import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
} from '../reservations/fixtures.ts';
import { bookManually, MANUAL, manualInput, RESCHEDULE } from './fixtures.ts';

describe('reschedule, staff bookings and holds under concurrency (PostgreSQL)', () => {
  let app: TestApp | undefined;
  let fx: ActivityFixture;
  before(async () => {
    if (!(await postgresReachable())) return;
    app = await startTestApp({ driver: 'postgres', holdSweeper: false });
    fx = await createActivityFixture(app.services.db, { maxParty: 8 });
  });
  after(() => app?.stop());

  it('should keep capacity exact when reschedules both ways race holds and staff bookings', async (t) => {
    if (!(await requirePostgres(t)) || !app) return;
    const db = app.services.db;
    const a = await createSession(db, fx, { capacity: 12 });
    const b = await createSession(db, fx, { capacity: 12 });
    // 4 bookings of 2 on each side; each will try to move to the other side while others fill it.
    const onA = [];
    const onB = [];
    for (let i = 0; i < 4; i++) onA.push(await bookManually(app.url, fx.apiKey, manualInput(a)));
    for (let i = 0; i < 4; i++) onB.push(await bookManually(app.url, fx.apiKey, manualInput(b)));
    const url = app.url;
    const key = fx.apiKey;
    const moves = [
      ...onA.map((bk) => gql(url, RESCHEDULE, { id: bk.id, s: b }, { apiKey: key })),
      ...onB.map((bk) => gql(url, RESCHEDULE, { id: bk.id, s: a }, { apiKey: key })),
    ];
    const holds = Array.from({ length: 20 }, (_, i) =>
      gql(url, RESERVE, { input: reserveInput(i % 2 ? a : b, { tickets: adults(1), email: `h${i}@example.com` }) }),
    );
    const staff = Array.from({ length: 6 }, (_, i) =>
      gql(url, MANUAL, { input: manualInput(i % 2 ? a : b) }, { apiKey: key }),
    );
    const results = await Promise.all([...moves, ...holds, ...staff]);
    for (const r of results) {
      // Every outcome is an answer or a refusal with a code; never an internal error or deadlock.
      if (r.errors) assert.equal(errorCode(r), 'BAD_USER_INPUT', JSON.stringify(r.errors));
    }
    const moved = results.slice(0, moves.length).filter((r) => !r.errors).length;
    assert.ok(moved > 0, 'some reschedules went through');
    assert.deepEqual(await findCapacityMismatches(db), []);
    for (const s of [a, b]) assert.ok((await capacityRemaining(db, s)) >= 0);
  });
});

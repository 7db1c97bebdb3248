import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { createActivityFixture, type ActivityFixture } from '../reservations/fixtures.ts';

const PER_MINUTE = 2;
const WINDOW_MS = 60_000;
const QUERY = `query($id: ID!, $date: Date!) { availability(activityId: $id, date: $date) { id } }`;

/** Issue 16 item 6: the per-venue budget stops heavy addresses, never a newcomer. */
describe('Issue 16 item 6: a handful of addresses cannot close a venue for everyone', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  // 15 s into a window of the injected clock: the whole test runs inside one window.
  const now = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 15_000;
  before(async () => {
    app = await startTestApp({
      config: { RATE_LIMIT_PER_MINUTE: PER_MINUTE, TRUST_PROXY: true },
      now: () => new Date(now),
      holdSweeper: false,
    });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  const from = (ip: string) =>
    gql(app.url, QUERY, { id: fx.activityId, date: '2030-01-15' }, { headers: { 'x-forwarded-for': ip } });

  it('should still answer a new address after 101 addresses spent the whole venue budget', async () => {
    // 101 addresses × their full per-IP budget = more than the venue's 100 × per-IP budget.
    for (let i = 0; i < 101; i++) {
      for (let n = 0; n < PER_MINUTE; n++) await from(`198.51.100.${i}`);
    }
    const heavy = await from('198.51.100.7');
    assert.equal(errorCode(heavy), 'RATE_LIMITED', 'a spent address stays refused');

    const newcomer = await from('203.0.113.50');
    assert.equal(newcomer.errors, undefined, JSON.stringify(newcomer.errors));
    assert.ok(Array.isArray(newcomer.data!.availability));
    // …but only its fair share while the venue is saturated: the venue budget still stops a heavy hitter.
    const again = await from('203.0.113.50');
    assert.equal(errorCode(again), 'RATE_LIMITED');
    assert.equal(again.status, 429);
  });
});

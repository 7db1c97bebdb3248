import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  createActivityFixture,
  createSession,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from '../reservations/fixtures.ts';
import { wsOperation } from './ws.ts';

const PER_MINUTE = 8;
const WINDOW_MS = 60_000;
const QUERY = `query($id: ID) { widgetConfig(activityId: $id) { venue { id } } }`;

describe('rate limits (RATE_LIMIT_PER_MINUTE)', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  // Each test starts a fresh window by moving this clock; 15 s into the window.
  let now = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 15_000;
  const nextWindow = () => (now += WINDOW_MS);
  before(async () => {
    app = await startTestApp({
      config: { RATE_LIMIT_PER_MINUTE: PER_MINUTE },
      now: () => new Date(now),
      holdSweeper: false,
    });
    fx = await createActivityFixture(app.services.db, { maxParty: 8 });
  });
  after(() => app.stop());

  const ask = (headers: Record<string, string> = {}) => gql(app.url, QUERY, { id: fx.activityId }, { headers });
  const hitsOf = async (key: string) =>
    Number(
      (await queryRows<{ hits: number }>(app.services.db, sql`select hits from rate_limits where key = ${key}`))[0]
        ?.hits ?? 0,
    );

  it('should allow the budget, then answer 429 RATE_LIMITED with Retry-After until the window ends', async () => {
    nextWindow();
    for (let i = 0; i < PER_MINUTE; i++) assert.equal((await ask()).errors, undefined, `request ${i + 1}`);
    const refused = await ask();
    assert.equal(refused.status, 429);
    assert.equal(errorCode(refused), 'RATE_LIMITED');
    assert.equal(refused.errors![0]!.extensions!.retryAfterSeconds, 45);
    assert.equal(refused.headers.get('retry-after'), '45');
    nextWindow();
    assert.equal((await ask()).errors, undefined, 'a new window has a new budget');
  });

  it('should refuse a flood from memory, without counting it in the database', async () => {
    nextWindow();
    for (let i = 0; i <= PER_MINUTE; i++) await ask();
    const counted = await hitsOf('ip:127.0.0.1');
    for (let i = 0; i < 20; i++) assert.equal(errorCode(await ask()), 'RATE_LIMITED');
    assert.equal(await hitsOf('ip:127.0.0.1'), counted);
  });

  it('should give reserveSlot and createCheckout a quarter of the budget', async () => {
    nextWindow();
    const session = await createSession(app.services.db, fx, { capacity: 50 });
    const reserve = () => gql(app.url, RESERVE, { input: reserveInput(session, { idempotencyKey: randomUUID() }) });
    for (let i = 0; i < PER_MINUTE / 4; i++)
      assert.equal((await reserve()).data?.reserveSlot.__typename, 'Reservation');
    const refused = await reserve();
    assert.equal(errorCode(refused), 'RATE_LIMITED');
    assert.equal(refused.status, 429);
    // Reads still have budget left.
    assert.equal((await ask()).errors, undefined);
  });

  it('should not limit admin (API key) operations', async () => {
    nextWindow();
    for (let i = 0; i < PER_MINUTE * 2; i++) {
      assert.equal((await gql(app.url, `{ organization { id } }`, {}, { apiKey: fx.apiKey })).errors, undefined);
    }
  });

  it('should ignore X-Forwarded-For unless TRUST_PROXY is set (a client cannot pick its own IP)', async () => {
    nextWindow();
    for (let i = 0; i < PER_MINUTE; i++) await ask({ 'x-forwarded-for': `198.51.100.${i}` });
    assert.equal(errorCode(await ask({ 'x-forwarded-for': '203.0.113.77' })), 'RATE_LIMITED');
  });

  it('should count WebSocket operations against the same budget', async () => {
    nextWindow();
    for (let i = 0; i < PER_MINUTE; i++) await ask();
    const result = await wsOperation(app.url, app.url, QUERY, { id: fx.activityId });
    assert.equal(result.code, 'RATE_LIMITED');
  });
});

describe('rate limits behind a proxy (TRUST_PROXY=1)', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    // A fixed instant mid-window, so the test never straddles two windows.
    const fixed = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 30_000);
    app = await startTestApp({ config: { RATE_LIMIT_PER_MINUTE: PER_MINUTE, TRUST_PROXY: true }, now: () => fixed });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  it('should key on the address the proxy appended, not on entries the client sent', async () => {
    const ask = (xff: string) => gql(app.url, QUERY, { id: fx.activityId }, { headers: { 'x-forwarded-for': xff } });
    for (let i = 0; i < PER_MINUTE; i++) assert.equal((await ask(`10.0.0.${i}, 198.51.100.7`)).errors, undefined);
    // Rotating the client-controlled part changes nothing.
    assert.equal(errorCode(await ask('10.9.9.9, 198.51.100.7')), 'RATE_LIMITED');
    // Another real client behind the same proxy has its own budget.
    assert.equal((await ask('10.0.0.1, 198.51.100.8')).errors, undefined);
  });
});

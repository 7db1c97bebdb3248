import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { createActivityFixture, createSession, type ActivityFixture } from '../reservations/fixtures.ts';
import { wsOperation } from './ws.ts';

const SHOP_A = 'https://shop-a.example';
const SHOP_B = 'https://shop-b.example';
const WIDGET_CONFIG = `query($id: ID) { widgetConfig(activityId: $id) { venue { name } } }`;

describe('CORS on /graphql', () => {
  let app: TestApp;
  let a: ActivityFixture;
  let b: ActivityFixture;
  before(async () => {
    app = await startTestApp();
    a = await createActivityFixture(app.services.db);
    b = await createActivityFixture(app.services.db);
    await app.services.db.execute(sql`update venues set allowed_origins = array[${SHOP_A}, 'http://localhost:*']
      where id = (select venue_id from activities where id = ${a.activityId}::uuid)`);
    await app.services.db.execute(sql`update venues set allowed_origins = array[${SHOP_B}, '*']
      where id = (select venue_id from activities where id = ${b.activityId}::uuid)`);
  });
  after(() => app.stop());

  const preflight = (origin: string, headers = 'content-type') =>
    fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });

  it('should answer a preflight from a venue origin with that origin, never *', async () => {
    const res = await preflight(SHOP_A);
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), SHOP_A);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /content-type/);
    assert.doesNotMatch(res.headers.get('access-control-allow-headers') ?? '', /authorization/);
    assert.match(res.headers.get('vary') ?? '', /Origin/i);
  });

  it('should match port wildcards and refuse an unknown origin without CORS headers', async () => {
    assert.equal(
      (await preflight('http://localhost:5173')).headers.get('access-control-allow-origin'),
      'http://localhost:5173',
    );
    const evil = await preflight('https://evil.example');
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    // "*" in a venue's list opens nothing.
    const star = await preflight('https://anything.example');
    assert.equal(star.headers.get('access-control-allow-origin'), null);
    // Scheme and host must match exactly.
    assert.equal((await preflight('http://shop-a.example')).headers.get('access-control-allow-origin'), null);
    assert.equal(
      (await preflight('https://shop-a.example.evil.example')).headers.get('access-control-allow-origin'),
      null,
    );
  });

  it('should refuse a preflight that asks to send an Authorization header', async () => {
    const res = await preflight(SHOP_A, 'content-type, authorization');
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('should run a public operation for an origin its venue allows', async () => {
    const res = await gql(app.url, WIDGET_CONFIG, { id: a.activityId }, { headers: { origin: SHOP_A } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.headers.get('access-control-allow-origin'), SHOP_A);
  });

  it(
    'should refuse with FORBIDDEN an origin allowed by ' + 'another venue but not by the one the operation touches',
    async () => {
      const res = await gql(app.url, WIDGET_CONFIG, { id: b.activityId }, { headers: { origin: SHOP_A } });
      assert.equal(errorCode(res), 'FORBIDDEN');
      assert.equal(res.status, 403);
      assert.equal(res.data, undefined);
      const session = await createSession(app.services.db, b);
      const check = await gql(
        app.url,
        `query($s: ID!) { checkSlotAvailability(sessionId: $s, partySize: 1) }`,
        { s: session },
        { headers: { origin: SHOP_A } },
      );
      assert.equal(errorCode(check), 'FORBIDDEN');
      const ok = await gql(
        app.url,
        `query($s: ID!) { checkSlotAvailability(sessionId: $s, partySize: 1) }`,
        { s: session },
        { headers: { origin: SHOP_B } },
      );
      assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
    },
  );

  it('should refuse a simple cross-origin POST from an unknown origin before it runs', async () => {
    const res = await gql(
      app.url,
      WIDGET_CONFIG,
      { id: a.activityId },
      { headers: { origin: 'https://evil.example' } },
    );
    assert.equal(res.status, 403);
    assert.equal(errorCode(res), 'FORBIDDEN');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('should never give an admin (API key) request permissive CORS, even from an allowed origin', async () => {
    const res = await gql(app.url, `{ organization { id } }`, {}, { apiKey: a.apiKey, headers: { origin: SHOP_A } });
    assert.equal(res.status, 403);
    assert.equal(errorCode(res), 'FORBIDDEN');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it("should treat the server's own origin and origin-less requests as same-origin (admin works)", async () => {
    const own = await gql(app.url, `{ organization { id } }`, {}, { apiKey: a.apiKey, headers: { origin: app.url } });
    assert.equal(own.errors, undefined, JSON.stringify(own.errors));
    const none = await gql(app.url, `{ organization { id } }`, {}, { apiKey: a.apiKey });
    assert.equal(none.errors, undefined);
    const ownPublic = await gql(app.url, WIDGET_CONFIG, { id: b.activityId }, { headers: { origin: app.url } });
    assert.equal(ownPublic.errors, undefined);
  });

  it('should follow a venue change announced on the change channel', async () => {
    const venue = sql`(select venue_id from activities where id = ${a.activityId}::uuid)`;
    const newcomer = 'https://new-shop.example';
    assert.equal(
      errorCode(await gql(app.url, WIDGET_CONFIG, { id: a.activityId }, { headers: { origin: newcomer } })),
      'FORBIDDEN',
    );
    await app.services.db.transaction(async (tx) => {
      await tx.execute(
        sql`update venues set allowed_origins = allowed_origins || array[${newcomer}] where id = ${venue}`,
      );
      await tx.execute(sql`select pg_notify('slotkit_changes', 'venue:' || ${venue}::text)`);
    });
    let res = await gql(app.url, WIDGET_CONFIG, { id: a.activityId }, { headers: { origin: newcomer } });
    // The notification arrives asynchronously; poll a few times without sleeping on a fixed timer.
    for (let i = 0; i < 50 && res.errors; i++) {
      await new Promise((r) => setImmediate(r));
      res = await gql(app.url, WIDGET_CONFIG, { id: a.activityId }, { headers: { origin: newcomer } });
    }
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  });

  it('should apply the per-venue origin check to WebSocket operations too', async () => {
    const result = await wsOperation(app.url, 'https://evil.example', WIDGET_CONFIG, { id: a.activityId });
    assert.equal(result.code, 'FORBIDDEN');
    const allowed = await wsOperation(app.url, SHOP_A, WIDGET_CONFIG, { id: a.activityId });
    assert.equal(allowed.code, undefined);
    assert.equal(allowed.data?.widgetConfig?.venue?.name, 'Venue');
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  createActivityFixture,
  createSession,
  RELEASE,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from '../reservations/fixtures.ts';

const SHOP = 'https://shop.example';
const WINDOW_MS = 60_000;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Issue 17: a mutation on POST /graphql skips Express (http/graphql-fast-path.ts) and, when plain, Apollo's
 * pipeline (graphql/direct-execution.ts). Every answer must be the full path's, byte for byte apart from
 * what differs per request: the same request is sent to `/graphql` (fast) and `/graphql?full` (a URL the
 * fast path leaves to Express + Apollo, which ignores the query string of a POST).
 */
async function post(app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'fast-path-test', ...headers },
    body: JSON.stringify(body),
  });
  const kept: Record<string, string> = {};
  // date, keep-alive and connection belong to the socket, not to the answer
  for (const [k, v] of res.headers) if (!['date', 'keep-alive', 'connection'].includes(k)) kept[k] = v;
  return { status: res.status, headers: kept, body: await res.text() };
}

/** Ids and times a hold gets are new per request; everything else must match. */
const stable = (a: Answer): Answer => {
  const body = a.body
    .replace(/"id":"[0-9a-f-]{36}"/g, '"id":"<id>"')
    .replace(/"expiresAt":"[^"]+"/g, '"expiresAt":"<t>"');
  return { ...a, body, headers: { ...a.headers, 'content-length': String(Buffer.byteLength(body)) } };
};

async function both(app: TestApp, body: () => unknown, headers?: Record<string, string>) {
  const before = app.server.graphqlFastPathStats();
  const fast = await post(app, '/graphql', body(), headers);
  const after = app.server.graphqlFastPathStats();
  const full = await post(app, '/graphql?full', body(), headers);
  assert.deepEqual(app.server.graphqlFastPathStats(), after, '/graphql?full takes the full path');
  assert.deepEqual(stable(fast), stable(full));
  return { fast, served: after.served - before.served, direct: after.direct - before.direct };
}

describe('Issue 17: the GraphQL fast path answers as the full path does', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
    await app.services.db.execute(
      sql`update venues set allowed_origins = array[${SHOP}] where id = ${fx.venueId}::uuid`,
    );
  });
  after(() => app.stop());

  const reserve =
    (sessionId: string, overrides: Record<string, unknown> = {}) =>
    () => ({
      query: RESERVE,
      variables: { input: reserveInput(sessionId, { idempotencyKey: randomUUID(), ...overrides }) },
    });

  it('should hold without Express or Apollo, with the same headers and body', async () => {
    const session = await createSession(app.services.db, fx);
    const { fast, served, direct } = await both(app, reserve(session));
    assert.deepEqual([served, direct], [1, 1]);
    assert.equal(fast.status, 200);
    assert.match(fast.body, /"__typename":"Reservation"/);
    assert.equal(fast.headers['x-request-id'], 'fast-path-test');
    assert.equal(fast.headers['cache-control'], 'no-store');
    assert.equal(fast.headers['content-type'], 'application/json; charset=utf-8');
    assert.match(fast.headers['content-security-policy'] ?? '', /default-src/);
  });

  it('should answer a sold-out slot, an unknown session and a reused key the same way', async () => {
    const full = await createSession(app.services.db, fx, { capacity: 1 });
    await post(app, '/graphql', reserve(full)());
    const soldOut = await both(app, reserve(full));
    assert.match(soldOut.fast.body, /"__typename":"SlotUnavailable"/);

    const unknown = await both(app, reserve(randomUUID()));
    assert.equal(unknown.direct, 1, 'an execution error is still answered directly');
    assert.match(unknown.fast.body, /"code":"NOT_FOUND".*"requestId":"fast-path-test"/);

    const session = await createSession(app.services.db, fx);
    const key = randomUUID();
    await post(app, '/graphql', reserve(session, { idempotencyKey: key })());
    const conflict = await both(app, reserve(session, { idempotencyKey: key, email: 'other@example.com' }));
    assert.match(conflict.fast.body, /"code":"BAD_USER_INPUT"/);
  });

  it('should leave input caps, bad variables, unknown documents and persisted queries to Apollo', async () => {
    const session = await createSession(app.services.db, fx);
    const capped = await both(app, reserve(session, { email: 'x'.repeat(400) + '@example.com' }));
    assert.deepEqual([capped.served, capped.direct], [1, 0]);
    assert.equal(capped.fast.status, 400);

    const badVariables = await both(app, () => ({ query: RESERVE, variables: { input: { sessionId: session } } }));
    assert.deepEqual([badVariables.served, badVariables.direct], [1, 0]);
    assert.equal(badVariables.fast.status, 400);

    const invalid = await both(app, () => ({ query: 'mutation { reserveSlot { nope } }' }));
    assert.equal(invalid.direct, 0);
    assert.equal(invalid.fast.status, 400);

    const persisted = await both(app, () => ({
      query: RELEASE,
      variables: { id: randomUUID() },
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    }));
    assert.equal(persisted.direct, 0);
  });

  it('should leave reads and broken bodies to Express, and API keys to Apollo', async () => {
    const read = await both(app, () => ({
      query: `query($id: ID) { widgetConfig(activityId: $id) { venue { name } } }`,
      variables: { id: fx.activityId },
    }));
    assert.equal(read.served, 0);
    const keyed = await both(app, () => ({ query: RELEASE, variables: { id: randomUUID() } }), {
      authorization: `Bearer ${fx.apiKey}`,
    });
    assert.deepEqual([keyed.served, keyed.direct], [1, 0]);
    const broken = await both(app, () => '{"query": "mutation {', {});
    assert.equal(broken.fast.status, 400);
  });

  it('should give the same content type for each Accept, and take Apollo for the ones it negotiates', async () => {
    const session = await createSession(app.services.db, fx);
    const graphqlJson = await both(app, reserve(session), { accept: 'application/graphql-response+json' });
    assert.equal(graphqlJson.direct, 1);
    assert.equal(graphqlJson.fast.headers['content-type'], 'application/graphql-response+json; charset=utf-8');
    const negotiated = await both(app, reserve(session), {
      accept: 'application/graphql-response+json, application/json;q=0.9',
    });
    assert.deepEqual([negotiated.served, negotiated.direct], [1, 0]);
    const refused = await both(app, reserve(session), { accept: 'text/html' });
    assert.equal(refused.fast.status, 406);
  });

  it('should answer a venue origin with its CORS headers and refuse another origin like the full path', async () => {
    const session = await createSession(app.services.db, fx);
    const allowed = await both(app, reserve(session), { origin: SHOP });
    assert.deepEqual([allowed.served, allowed.direct], [1, 1]);
    assert.equal(allowed.fast.headers['access-control-allow-origin'], SHOP);
    assert.equal(allowed.fast.headers.vary, 'Origin');
    const refused = await both(app, reserve(session), { origin: 'https://evil.example' });
    assert.equal(refused.served, 0);
    assert.equal(refused.fast.status, 403);
  });
});

describe('Issue 17: the GraphQL fast path counts and refuses like the full path', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  const now = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 15_000;
  before(async () => {
    // 8 per minute: a quarter, 2, for holds; the clock stays inside one window.
    app = await startTestApp({ config: { RATE_LIMIT_PER_MINUTE: 8 }, now: () => new Date(now), holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  it('should spend the same write budget and answer the same 429 with Retry-After', async () => {
    const session = await createSession(app.services.db, fx);
    const hold = () => ({ query: RESERVE, variables: { input: reserveInput(session) } });
    assert.equal((await post(app, '/graphql', hold())).status, 200);
    assert.equal((await post(app, '/graphql?full', hold())).status, 200);
    const refused = await both(app, hold);
    assert.equal(refused.direct, 1);
    assert.equal(refused.fast.status, 429);
    assert.match(refused.fast.headers['retry-after'] ?? '', /^\d+$/);
    assert.match(refused.fast.body, /"code":"RATE_LIMITED".*"requestId":"fast-path-test"/);
  });
});

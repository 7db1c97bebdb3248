import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { nextChange, sample, scrape, startDemoApp } from '../ops/support.ts';

const WIDGET = `query W($a: ID) { widgetConfig(activityId: $a) { venue { name } activities { id name prices {
  amountCents } } } }`;
const PRICE = `mutation($id: ID!, $input: ActivityUpdateInput!) { updateActivity(id: $id, input: $input) { activity {
  name } } }`;
const VENUE = `mutation($input: VenueInput!) { createVenue(input: $input) { id } }`;

const hits = async (url: string) =>
  sample(await scrape(url), 'slotkit_read_cache_total', { cache: 'response', result: 'hit' }) ?? 0;

function getUrl(base: string, activityId: string): string {
  const params = new URLSearchParams({ query: WIDGET, variables: JSON.stringify({ a: activityId }) });
  return `${base}/graphql?${params}`;
}

describe('response cache: whole widgetConfig answers in front of Apollo', () => {
  let app: TestApp;
  let adminKey: string;
  let activityId: string;

  before(async () => {
    ({ app, adminKey, activityId } = await startDemoApp());
  });
  after(() => app.stop());

  it('should answer a repeated POST and GET byte for byte with the same headers, and count the hits', async () => {
    const before = await hits(app.url);
    const post = async () => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: WIDGET, variables: { a: activityId } }),
      });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        cache: res.headers.get('cache-control'),
        id: res.headers.get('x-request-id'),
        body: await res.text(),
      };
    };
    const [first, second] = [await post(), await post()];
    assert.equal(first.status, 200);
    assert.match(first.cache ?? '', /^max-age=300, public$/);
    assert.deepEqual({ ...second, id: null }, { ...first, id: null });
    assert.notEqual(second.id, first.id, 'every answer, cached or not, has its own request id');
    const get = () => fetch(getUrl(app.url, activityId), { headers: { 'apollo-require-preflight': 'true' } });
    const [g1, g2] = [await get(), await get()];
    assert.equal(await g2.text(), await g1.text());
    assert.equal(g2.headers.get('cache-control'), 'max-age=300, public');
    assert.equal((await hits(app.url)) - before, 2);
  });

  it('should let a GET revalidate a cached answer by its ETag (304, no body)', async () => {
    const get = (headers: Record<string, string> = {}) =>
      fetch(getUrl(app.url, activityId), { headers: { 'apollo-require-preflight': 'true', ...headers } });
    await get();
    const cached = await get();
    const etag = cached.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]{27}"$/);
    const again = await get({ 'if-none-match': etag! });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal((await get({ 'if-none-match': '"something-else"' })).status, 200);
  });

  it('should drop the answer when the change bus delivers a change to what it shows, and not before', async () => {
    await gql(app.url, WIDGET, { a: activityId });
    // A write that skips the bus is not seen: the answer really is reused.
    await app.services.db.execute(
      sql`update activity_prices set amount_cents = 1 where activity_id = ${activityId}::uuid`,
    );
    const cached = await gql(app.url, WIDGET, { a: activityId });
    assert.ok(
      cached.data?.widgetConfig.activities[0].prices.every((p: { amountCents: number }) => p.amountCents !== 1),
    );
    const delivered = nextChange(app.services, (t) => t === `activity:${activityId}`);
    const renamed = await gql(
      app.url,
      PRICE,
      { id: activityId, input: { name: 'Renamed By Admin' } },
      { apiKey: adminKey },
    );
    assert.ok(!renamed.errors, JSON.stringify(renamed.errors));
    await delivered;
    const fresh = await gql(app.url, WIDGET, { a: activityId });
    assert.equal(fresh.data?.widgetConfig.activities[0].name, 'Renamed By Admin');
    assert.ok(fresh.data?.widgetConfig.activities[0].prices.some((p: { amountCents: number }) => p.amountCents === 1));
  });

  it('should never answer an API-key request from the cache', async () => {
    await gql(app.url, WIDGET, { a: activityId });
    const before = await hits(app.url);
    const admin = await gql(app.url, WIDGET, { a: activityId }, { apiKey: adminKey });
    assert.equal(admin.status, 200);
    assert.equal(await hits(app.url), before);
  });

  it(
    'should keep Apollo’s CSRF rule: a GET without a ' + 'preflight header is refused even when the answer is cached',
    async () => {
      await fetch(getUrl(app.url, activityId), { headers: { 'apollo-require-preflight': 'true' } });
      await fetch(getUrl(app.url, activityId), { headers: { 'apollo-require-preflight': 'true' } });
      const bare = await fetch(getUrl(app.url, activityId));
      assert.equal(bare.status, 400);
    },
  );

  it('should keep the per-venue origin check: an origin another venue allows is refused every time', async () => {
    const other = 'http://other-venue.example';
    const created = await gql(
      app.url,
      VENUE,
      { input: { name: 'Other', timezone: 'UTC', currency: 'USD', allowedOrigins: [other] } },
      { apiKey: adminKey },
    );
    assert.ok(!created.errors, JSON.stringify(created.errors));
    const allowed = { origin: 'http://localhost:5173' };
    assert.equal((await gql(app.url, WIDGET, { a: activityId }, { headers: allowed })).status, 200);
    assert.equal((await gql(app.url, WIDGET, { a: activityId }, { headers: allowed })).status, 200);
    for (let i = 0; i < 2; i += 1) {
      const refused = await gql(app.url, WIDGET, { a: activityId }, { headers: { origin: other } });
      assert.equal(refused.status, 403);
      assert.equal(errorCode(refused), 'FORBIDDEN');
    }
  });

  it('should give each Accept its own answer (Apollo picks the content type from it)', async () => {
    const ask = (accept: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: WIDGET, variables: { a: activityId } }),
      });
    for (let i = 0; i < 2; i += 1) {
      assert.match(
        (await ask('application/graphql-response+json')).headers.get('content-type') ?? '',
        /^application\/graphql-response\+json/,
      );
      assert.match((await ask('application/json')).headers.get('content-type') ?? '', /^application\/json/);
    }
  });
});

describe('response cache under rate limits', () => {
  let app: TestApp;
  let activityId: string;
  before(async () => {
    ({ app, activityId } = await startDemoApp({ RATE_LIMIT_PER_MINUTE: 3 }));
  });
  after(() => app.stop());

  it('should count cached answers against the per-IP budget and refuse past it with RATE_LIMITED', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i += 1) {
      last = await gql(app.url, WIDGET, { a: activityId });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    if (!last) throw new Error('no request was sent');
    assert.equal(errorCode(last), 'RATE_LIMITED');
    assert.ok(Number(last.headers.get('retry-after')) >= 1);
    assert.equal(await hits(app.url), 2, 'the 2nd and 3rd answers came from the cache');
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { nextChange, sample, scrape, startDemoApp } from '../ops/support.ts';
import { localDateAhead } from '../support/venue-time.ts';

const WIDGET = `query($a: ID) { widgetConfig(activityId: $a) { venue { name } activities { id name prices {
  amountCents } } } }`;
const CALENDAR = `query($a: ID!, $f: Date!, $t: Date!) { calendar(activityId: $a, from: $f, to: $t) { date status } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityUpdateInput!) { updateActivity(id: $id, input: $input) { activity {
  name } } }`;
const BLOCK = `mutation($a: ID!, $d: Date!) { blockDate(activityId: $a, date: $d, force: true) { __typename } }`;

const soon = (days: number) => localDateAhead('America/New_York', days); // the demo venue's zone
const nameOf = async (url: string, id: string) =>
  (await gql(url, WIDGET, { a: id })).data?.widgetConfig.activities[0].name as string;

describe('read cache on one instance', () => {
  let app: TestApp;
  let adminKey: string;
  let activityId: string;

  before(async () => {
    ({ app, adminKey, activityId } = await startDemoApp());
  });
  after(() => app.stop());

  it('should serve a repeated widgetConfig from the cache and count the hit and the miss', async () => {
    const first = await gql(app.url, WIDGET, { a: activityId });
    const second = await gql(app.url, WIDGET, { a: activityId });
    assert.deepEqual(second.data, first.data);
    const text = await scrape(app.url);
    assert.equal(sample(text, 'slotkit_read_cache_total', { cache: 'widgetConfig', result: 'miss' }), 1);
    // The repeat is a whole answer from the response cache, in front of the resolver's read cache.
    assert.equal(sample(text, 'slotkit_read_cache_total', { cache: 'response', result: 'hit' }), 1);
    assert.equal(sample(text, 'slotkit_read_cache_total', { cache: 'widgetConfig', result: 'hit' }), undefined);
    // Proof it is a cache: a write that skips the change bus is not seen…
    await app.services.db.execute(sql`update activities set name = 'Unannounced' where id = ${activityId}::uuid`);
    assert.notEqual(await nameOf(app.url, activityId), 'Unannounced');
  });

  it('should show an admin change at the moment the change bus delivers it, not after a TTL', async () => {
    const delivered = nextChange(app.services, (t) => t === `activity:${activityId}`);
    const res = await gql(
      app.url,
      UPDATE,
      { id: activityId, input: { name: 'Renamed Library' } },
      { apiKey: adminKey },
    );
    assert.equal(res.data?.updateActivity.activity.name, 'Renamed Library', JSON.stringify(res.errors));
    await delivered;
    assert.equal(await nameOf(app.url, activityId), 'Renamed Library');
  });

  it('should drop a cached calendar when a date of it is blocked', async () => {
    const [from, to] = [soon(3), soon(9)];
    const before = await gql(app.url, CALENDAR, { a: activityId, f: from, t: to });
    assert.equal((await gql(app.url, CALENDAR, { a: activityId, f: from, t: to })).data?.calendar.length, 7);
    assert.notEqual(before.data?.calendar[2].status, 'BLOCKED');
    const delivered = nextChange(app.services, (t) => t === `availability:${activityId}:${soon(5)}`);
    const blocked = await gql(app.url, BLOCK, { a: activityId, d: soon(5) }, { apiKey: adminKey });
    assert.ok(!blocked.errors, JSON.stringify(blocked.errors));
    await delivered;
    const after = await gql(app.url, CALENDAR, { a: activityId, f: from, t: to });
    assert.equal(after.data?.calendar[2].status, 'BLOCKED');
    const text = await scrape(app.url);
    assert.ok((sample(text, 'slotkit_read_cache_total', { cache: 'calendar', result: 'hit' }) ?? 0) >= 1);
  });
});

describe('read cache off (READ_CACHE=0)', () => {
  let app: TestApp;
  let activityId: string;
  before(async () => {
    ({ app, activityId } = await startDemoApp({ READ_CACHE: false }));
  });
  after(() => app.stop());

  it('should read the database on every request', async () => {
    assert.equal(app.services.readCache, undefined);
    await nameOf(app.url, activityId);
    await app.services.db.execute(sql`update activities set name = 'Seen At Once' where id = ${activityId}::uuid`);
    assert.equal(await nameOf(app.url, activityId), 'Seen At Once');
  });
});

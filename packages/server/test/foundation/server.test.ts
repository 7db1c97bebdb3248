import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_EMBED_KEY, seedDemo, type DemoSeedResult } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';

describe('GraphQL server', () => {
  let app: TestApp;
  let seed: DemoSeedResult;
  before(async () => {
    app = await startTestApp();
    seed = await seedDemo(app.services.db, { publicOrigin: app.url });
  });
  after(() => app.stop());

  it('should answer widgetConfig for the demo embed key with the seeded venue', async () => {
    const res = await gql(
      app.url,
      `{ widgetConfig(embedKey: "${DEMO_EMBED_KEY}") { venue { name timezone currency } activities { name prices {
        tier amountCents currency } } } }`,
    );
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data!.widgetConfig.venue, {
      name: 'Mystery Manor',
      timezone: 'America/New_York',
      currency: 'USD',
    });
    assert.equal(res.data!.widgetConfig.activities.length, 2);
    for (const a of res.data!.widgetConfig.activities) {
      assert.deepEqual(
        a.prices.map((p: { tier: string }) => p.tier),
        ['ADULT', 'CHILD', 'CUSTOM'],
      );
    }
  });

  it('should answer widgetConfig for one activity with only that activity', async () => {
    const res = await gql(app.url, `query($id: ID!) { widgetConfig(activityId: $id) { activities { id } } }`, {
      id: seed.activityIds[0],
    });
    assert.deepEqual(res.data!.widgetConfig.activities, [{ id: seed.activityIds[0] }]);
  });

  it('should give NOT_FOUND for an unknown embed key or a malformed activity id', async () => {
    assert.equal(errorCode(await gql(app.url, `{ widgetConfig(embedKey: "nope") { venue { id } } }`)), 'NOT_FOUND');
    assert.equal(
      errorCode(await gql(app.url, `{ widgetConfig(activityId: "not-a-uuid") { venue { id } } }`)),
      'NOT_FOUND',
    );
  });

  it('should give BAD_USER_INPUT when neither or both targets are given, or the document is invalid', async () => {
    assert.equal(errorCode(await gql(app.url, `{ widgetConfig { venue { id } } }`)), 'BAD_USER_INPUT');
    assert.equal(
      errorCode(await gql(app.url, `{ widgetConfig(embedKey: "a", activityId: "b") { venue { id } } }`)),
      'BAD_USER_INPUT',
    );
    assert.equal(errorCode(await gql(app.url, `{ nothingHere }`)), 'BAD_USER_INPUT');
    assert.equal(
      errorCode(await gql(app.url, `{ calendar(activityId: "x", from: "2026-02-30", to: "2026-03-01") { date } }`)),
      'BAD_USER_INPUT',
    );
  });

  it(
    'should let a CDN cache widgetConfig for 300 s (one activity) or 120 s (a venue), ' + 'and never availability',
    async () => {
      const get = async (query: string, variables: Record<string, unknown>) => {
        const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
        const res = await fetch(`${app.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
        const body = (await res.json()) as { errors?: unknown };
        assert.equal(body.errors, undefined);
        return res.headers.get('cache-control');
      };
      const deep =
        '{ venue { name theme { mode } } activities { id prices { id } ' +
        'schedule { startTime customHours { day } blockedDates { date } } } }';
      assert.equal(
        await get(`query($k: String) { widgetConfig(embedKey: $k) ${deep} }`, { k: DEMO_EMBED_KEY }),
        'max-age=120, public',
      );
      assert.equal(
        await get(`query($a: ID) { widgetConfig(activityId: $a) ${deep} }`, { a: seed.activityIds[0] }),
        'max-age=300, public',
      );
      assert.equal(
        await get(`query($a: ID!, $d: Date!) { availability(activityId: $a, date: $d) { id } }`, {
          a: seed.activityIds[0],
          d: '2026-12-01',
        }),
        'no-store',
      );
    },
  );

  it('should refuse an unknown API key with UNAUTHENTICATED', async () => {
    const res = await gql(
      app.url,
      `{ widgetConfig(embedKey: "${DEMO_EMBED_KEY}") { venue { id } } }`,
      {},
      { apiKey: 'slk_wrong' },
    );
    assert.equal(errorCode(res), 'UNAUTHENTICATED');
    assert.equal(res.status, 401);
  });

  it('should report health with the database driver', async () => {
    const res = await fetch(`${app.url}/healthz`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { status: string; database: string };
    assert.equal(body.status, 'ok');
    assert.ok(['pglite', 'postgres'].includes(body.database));
  });

  it('should run queries over graphql-ws on the same port and path', async () => {
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<any>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: `{ widgetConfig(embedKey: "${DEMO_EMBED_KEY}") { venue { name } } }` },
          { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
        );
      });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      assert.equal(result.data.widgetConfig.venue.name, 'Mystery Manor');
    } finally {
      await client.dispose();
    }
  });

  it('should seed only once and accept a chosen admin key on a later start', async () => {
    const again = await seedDemo(app.services.db, {
      publicOrigin: app.url,
      adminKey: 'slk_chosen_admin_key_for_tests_0001',
    });
    assert.equal(again.seeded, false);
    const res = await gql(
      app.url,
      `{ widgetConfig(embedKey: "${DEMO_EMBED_KEY}") { venue { id } } }`,
      {},
      { apiKey: 'slk_chosen_admin_key_for_tests_0001' },
    );
    assert.equal(res.errors, undefined);
    assert.ok(seed.adminKey?.startsWith('slk_'));
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { bearerMatches } from '../../src/http/observability.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { createSession } from '../realtime/fixtures.ts';
import { METRICS_TOKEN, sample, scrape } from './support.ts';

const RESERVE = `mutation Reserve($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`;
const WIDGET = `query WidgetFirstPaint($a: ID) { widgetConfig(activityId: $a) { venue { name } } }`;

describe('/metrics', () => {
  let app: TestApp;
  let off: TestApp;
  let clock = new Date('2030-06-01T12:00:00Z');
  let activityId: string;

  before(async () => {
    app = await startTestApp({ config: { METRICS_TOKEN }, now: () => clock, holdSweeper: false });
    activityId = (await seedDemo(app.services.db, { publicOrigin: app.url, now: clock })).activityIds[1]!;
    off = await startTestApp();
  });
  after(async () => {
    await app.stop();
    await off.stop();
  });

  it('should answer 404 when METRICS_TOKEN is unset, and 401 without the right bearer token', async () => {
    assert.equal(
      (await fetch(`${off.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status,
      404,
    );
    assert.equal((await fetch(`${app.url}/metrics`)).status, 401);
    assert.equal(
      (await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status,
      401,
    );
    assert.equal((await fetch(`${app.url}/metrics`, { headers: { authorization: METRICS_TOKEN } })).status, 401);
    const ok = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    assert.equal(ok.status, 200);
    assert.match(ok.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  });

  it('should compare tokens of any length without throwing', () => {
    assert.equal(bearerMatches(undefined, METRICS_TOKEN), false);
    assert.equal(bearerMatches('Bearer ', METRICS_TOKEN), false);
    assert.equal(bearerMatches(`Bearer ${'x'.repeat(5000)}`, METRICS_TOKEN), false);
    assert.equal(bearerMatches(`Bearer ${METRICS_TOKEN}`, METRICS_TOKEN), true);
  });

  it('should time GraphQL operations by name and HTTP requests by route', async () => {
    await gql(app.url, WIDGET, { a: activityId });
    const text = await scrape(app.url);
    assert.equal(
      sample(text, 'slotkit_graphql_operation_duration_seconds_count', {
        operation: 'WidgetFirstPaint',
        type: 'query',
        outcome: 'ok',
      }),
      1,
    );
    assert.ok(
      (sample(text, 'slotkit_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }) ?? 0) >= 1,
    );
    assert.ok(sample(text, 'slotkit_db_pool_max_connections', { pool: 'primary' })! >= 1);
    assert.equal(sample(text, 'slotkit_subscriptions'), 0);
    assert.ok(text.includes('slotkit_process_resident_memory_bytes'));
  });

  it(
    'should count holds created and expired, ' +
      'and report sweeper lag as the age of the oldest expired unreleased hold',
    async () => {
      const session = await createSession(app.services.db, activityId, { date: '2030-06-20', capacity: 10, hour: 8 });
      const res = await gql(app.url, RESERVE, {
        input: {
          sessionId: session.id,
          tickets: [{ tier: 'ADULT', quantity: 2 }],
          email: 'm@example.com',
          idempotencyKey: 'metrics-hold-1',
        },
      });
      assert.equal(res.data?.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
      let text = await scrape(app.url);
      assert.equal(sample(text, 'slotkit_holds_total', { event: 'created' }), 1);
      assert.equal(sample(text, 'slotkit_sweeper_lag_seconds'), 0);

      clock = new Date(clock.getTime() + (10 + 5) * 60_000); // the 10-minute hold ended 5 minutes ago
      text = await scrape(app.url);
      assert.equal(sample(text, 'slotkit_sweeper_lag_seconds'), 300);

      await createHoldSweeper({ services: app.services }).sweepOnce();
      text = await scrape(app.url);
      assert.equal(sample(text, 'slotkit_holds_total', { event: 'expired' }), 1);
      assert.equal(sample(text, 'slotkit_sweeper_lag_seconds'), 0);
    },
  );

  it('should give every app its own registry', () => {
    assert.notEqual(app.services.metrics.registry, off.services.metrics.registry);
  });
});

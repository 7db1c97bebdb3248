import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { alerts } from '../../src/db/schema/index.ts';
import { createAlertDeliverer } from '../../src/observability/alert-deliverer.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  checkoutInput,
  createCatalog,
  createSession,
  CREATE_CHECKOUT,
  hold,
  startPaymentsApp,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from '../payments/fixtures.ts';
import { METRICS_TOKEN, sample, scrape } from './support.ts';

const ALERTS = `query($since: DateTime) { alerts(since: $since) {
  id kind message details createdAt deliveredAt attempts } }`;

/** An alert receiver that answers 500 to its first `failFirst` requests, then 204. */
async function receiver(failFirst: number) {
  const bodies: Array<Record<string, unknown>> = [];
  const statuses: number[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req
      .on('data', (c) => (raw += c))
      .on('end', () => {
        bodies.push(JSON.parse(raw));
        const status = bodies.length <= failFirst ? 500 : 204;
        statuses.push(status);
        res.writeHead(status).end();
      });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    bodies,
    statuses,
    close: () => new Promise((r) => server.close(r)),
  };
}

describe('alerts for failed bookings', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let other: Catalog;
  before(async () => {
    h = await startPaymentsApp({ config: { METRICS_TOKEN } });
    cat = await createCatalog(h.app.services.db);
    other = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  const send = (type: string, object: Record<string, unknown> | null) =>
    deliver(h.app.url, signedEvent(type, object as never, WEBHOOK_SECRET));
  const rowsOf = (kind: string) => h.app.services.db.select().from(alerts).where(eq(alerts.kind, kind));

  it(
    'should write PAYMENT_WITHOUT_BOOKING when a late payment finds the seats gone, ' + 'in the booking transaction',
    async () => {
      const session = await createSession(h.app.services.db, cat, 2);
      const reservationId = await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }]);
      const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
      const checkoutSessionId = res.data!.createCheckout.checkoutSessionId as string;
      await send('checkout.session.expired', { ...h.stripe.sessions.get(checkoutSessionId)!, status: 'expired' });
      await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }], 'rival@example.com');
      const paid = await send('checkout.session.completed', h.stripe.pay(checkoutSessionId));
      assert.equal(((await paid.json()) as { effect: string }).effect, 'refunded');

      const [alert] = (await rowsOf('PAYMENT_WITHOUT_BOOKING')).filter(
        (a) => a.details.reservationId === reservationId,
      );
      assert.ok(alert, 'alert row written');
      assert.equal(alert.organizationId, cat.organizationId);
      assert.equal(alert.details.checkoutSessionId, checkoutSessionId);
      assert.equal(alert.deliveredAt, null);
      const text = await scrape(h.app.url);
      assert.equal(sample(text, 'slotkit_failed_bookings_total', { reason: 'refunded' }), 1);
      assert.equal(
        sample(text, 'slotkit_webhook_events_total', { type: 'checkout.session.completed', outcome: 'refunded' }),
        1,
      );
    },
  );

  it('should write PAYMENT_WITHOUT_BOOKING and queue a refund for a paid checkout that matches no reservation', async () => {
    const reservationId = randomUUID();
    const checkoutSessionId = `cs_test_${randomUUID().replace(/-/g, '')}`;
    const refundedBefore =
      sample(await scrape(h.app.url), 'slotkit_failed_bookings_total', { reason: 'refunded' }) ?? 0;
    const res = await send('checkout.session.completed', {
      id: checkoutSessionId,
      object: 'checkout.session',
      status: 'complete',
      payment_status: 'paid',
      payment_intent: 'pi_orphan',
      metadata: { reservation_id: reservationId, organization_id: cat.organizationId },
    });
    assert.equal(res.status, 200);
    const found = (await rowsOf('PAYMENT_WITHOUT_BOOKING')).filter(
      (a) => (a.details.metadata as Record<string, string>)?.reservation_id === reservationId,
    );
    assert.equal(found.length, 1);
    // Since issue 16 item 5 such a payment is refunded at once, not left for an operator.
    const refunds = await queryRows<{ n: number }>(
      h.app.services.db,
      sql`select count(*)::int as n from outbox
          where kind = 'stripe_refund' and payload->>'idempotencyKey' = ${`refund-${checkoutSessionId}`}`,
    );
    assert.equal(refunds[0]?.n, 1);
    const refundedAfter = sample(await scrape(h.app.url), 'slotkit_failed_bookings_total', { reason: 'refunded' });
    assert.equal(refundedAfter, refundedBefore + 1);
  });

  it('should write WEBHOOK_ERROR when processing throws, and still answer 500 so Stripe redelivers', async () => {
    const res = await send('checkout.session.completed', null);
    assert.equal(res.status, 500);
    const [alert] = await rowsOf('WEBHOOK_ERROR');
    assert.ok(alert);
    assert.equal(alert.organizationId, null);
    assert.equal(alert.details.type, 'checkout.session.completed');
    const text = await scrape(h.app.url);
    assert.equal(
      sample(text, 'slotkit_webhook_events_total', { type: 'checkout.session.completed', outcome: 'error' }),
      1,
    );
    assert.equal(sample(text, 'slotkit_failed_bookings_total', { reason: 'webhook_error' }), 1);
  });

  it("should list alerts(since) of the caller's organization only", async () => {
    const mine = await gql(h.app.url, ALERTS, {}, { apiKey: cat.apiKey });
    assert.ok(!mine.errors, JSON.stringify(mine.errors));
    assert.equal(mine.data!.alerts.length, 2);
    assert.ok(mine.data!.alerts.every((a: { kind: string }) => a.kind === 'PAYMENT_WITHOUT_BOOKING'));
    assert.equal(typeof JSON.parse(mine.data!.alerts[0].details), 'object');
    const theirs = await gql(h.app.url, ALERTS, {}, { apiKey: other.apiKey });
    assert.deepEqual(theirs.data!.alerts, []);
    const future = await gql(
      h.app.url,
      ALERTS,
      { since: new Date(Date.now() + 60_000).toISOString() },
      { apiKey: cat.apiKey },
    );
    assert.deepEqual(future.data!.alerts, []);
    const anonymous = await gql(h.app.url, ALERTS, {});
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('should POST each alert to ALERT_WEBHOOK_URL, retrying a failed delivery after its backoff', async () => {
    const hook = await receiver(1);
    let clock = new Date();
    const deliverer = createAlertDeliverer({
      db: h.app.services.db,
      logger: h.app.services.logger,
      metrics: h.app.services.metrics,
      url: hook.url,
      now: () => clock,
      baseBackoffMs: 1_000,
    });
    try {
      const delivered = await deliverer.tick();
      assert.equal(hook.bodies.length, 3, 'all three alerts were tried');
      assert.equal(delivered, 2, 'the first POST failed');
      const failedId = hook.bodies[0]!.id as string;
      assert.equal(await deliverer.tick(), 0, 'not due again before its backoff');
      assert.equal(hook.bodies.length, 3);
      clock = new Date(clock.getTime() + 1_000);
      assert.equal(await deliverer.tick(), 1);
      assert.equal(hook.bodies.length, 4);
      assert.equal(hook.bodies[3]!.id, failedId);
      assert.equal(hook.bodies[3]!.attempt, 2);
      assert.ok(['PAYMENT_WITHOUT_BOOKING', 'WEBHOOK_ERROR'].includes(hook.bodies[3]!.kind as string));
      const rows = await h.app.services.db.select().from(alerts);
      assert.ok(rows.every((r) => r.deliveredAt !== null));
      assert.equal(rows.find((r) => r.id === failedId)!.attempts, 2);
      assert.equal(await deliverer.tick(), 0, 'nothing is sent twice');
      const text = await scrape(h.app.url);
      assert.equal(sample(text, 'slotkit_alert_deliveries_total', { outcome: 'failed' }), 1);
      assert.equal(sample(text, 'slotkit_alert_deliveries_total', { outcome: 'delivered' }), 3);
    } finally {
      await deliverer.stop();
      await hook.close();
    }
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { alerts, paymentReconciler, unreconciledPayments } from '../../src/db/schema/index.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { markUnreconciled } from '../../src/domain/bookings/reconciliation-state.ts';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { createPaymentReconciler } from '../../src/jobs/payment-reconciler.ts';
import type { AppServices } from '../../src/services.ts';
import { gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import { METRICS_TOKEN, sample, scrape } from '../ops/support.ts';
import {
  backdate,
  bookingsOf,
  capacity,
  checkoutInput,
  CONFIRM_CHECKOUT,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  hold,
  reservation,
  startPaymentsApp,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from './fixtures.ts';

/**
 * Issue 23: every way a payment's event can go missing ends as one booking
 * (or one refund when the seats are gone), with an alert, and invariant 1
 * holds throughout. Holds are ended by backdating them (tests never sleep).
 */
describe('reconciling paid Checkouts whose event never arrives', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  before(async () => {
    h = await startPaymentsApp({ config: { METRICS_TOKEN } });
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  const db = () => h.app.services.db;
  const reconciler = (services: AppServices = h.app.services, alertAfterMs?: number) =>
    createPaymentReconciler({ services, alertAfterMs });
  const send = (type: string, object: Record<string, unknown>, eventId?: string) =>
    deliver(h.app.url, signedEvent(type, object, WEBHOOK_SECRET, eventId));

  async function paidCheckout(sessionId: string, quantity = 2) {
    const reservationId = await hold(h.app.services, sessionId, [{ tier: 'adult', quantity }]);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const checkoutSessionId = res.data!.createCheckout.checkoutSessionId as string;
    const paid = h.stripe.pay(checkoutSessionId); // the customer paid; no event is sent
    return { reservationId, checkoutSessionId, paid };
  }

  /** A paid Checkout in Stripe with our metadata whose reservation does not exist. */
  function orphanSession(paymentIntent: string | null) {
    const id = `cs_test_orphan_${randomUUID().replaceAll('-', '')}`;
    const created = Math.floor(Date.now() / 1000);
    const session = {
      id,
      object: 'checkout.session',
      status: 'complete',
      payment_status: paymentIntent ? 'paid' : 'no_payment_required',
      payment_intent: paymentIntent,
      metadata: { reservation_id: randomUUID(), organization_id: cat.organizationId },
      amount_total: paymentIntent ? 3000 : 0,
      currency: 'usd',
      created,
      expires_at: created + 3600,
    };
    h.stripe.sessions.set(id, session);
    return session;
  }

  async function alertsOf(kind: string, checkoutSessionId: string) {
    const rows = await db().select().from(alerts).where(eq(alerts.kind, kind));
    return rows.filter((a) => a.details.checkoutSessionId === checkoutSessionId);
  }

  async function assertInvariant() {
    assert.deepEqual(await findCapacityMismatches(db()), [], 'capacity_remaining matches the live reservations');
  }

  it('never sent: the reconciler waits while the hold is live, books it once the hold ends, alerts', async (t) => {
    const session = await createSession(db(), cat, 4);
    const { reservationId, checkoutSessionId } = await paidCheckout(session);

    const early = await reconciler().reconcileOnce();
    assert.equal(early.ran, true);
    assert.equal(early.waiting, 1, 'a live hold is left to its webhook');
    assert.deepEqual(await bookingsOf(db(), reservationId), []);
    assert.equal(sample(await scrape(h.app.url), 'slotkit_payments_unreconciled'), 1);

    await backdate(db(), reservationId);
    const started = performance.now();
    const pass = await reconciler().reconcileOnce();
    t.diagnostic(`reconciler pass after the hold ended: ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(pass.booked, 1);
    const [booking] = await bookingsOf(db(), reservationId);
    assert.equal(booking!.status, 'confirmed');
    assert.equal(booking!.stripeCheckoutSessionId, checkoutSessionId);
    assert.equal((await reservation(db(), reservationId)).status, 'confirmed');
    assert.equal(await capacity(db(), session), 2);
    assert.equal((await alertsOf('PAYMENT_RECONCILED', checkoutSessionId)).length, 1);
    assert.equal(sample(await scrape(h.app.url), 'slotkit_payments_unreconciled'), 0);
    assert.equal(
      sample(await scrape(h.app.url), 'slotkit_payments_reconciled_total', { source: 'reconciler', outcome: 'booked' }),
      1,
    );

    const again = await reconciler().reconcileOnce();
    assert.equal(again.booked + again.refunded + again.unsettled, 0, 'a settled payment is never settled twice');
    assert.equal((await bookingsOf(db(), reservationId)).length, 1);
    await assertInvariant();
  });

  it('never sent: the sweeper that ends the hold finds the Checkout paid and re-acquires the seats', async (t) => {
    const session = await createSession(db(), cat, 4);
    const { reservationId, checkoutSessionId } = await paidCheckout(session);
    await backdate(db(), reservationId);
    const started = performance.now();
    const sweep = await createHoldSweeper({ services: h.app.services }).sweepOnce();
    t.diagnostic(`sweep that found the paid Checkout and booked it: ${(performance.now() - started).toFixed(0)} ms`);
    assert.ok(sweep.expiredIds.includes(reservationId));
    const [booking] = await bookingsOf(db(), reservationId);
    assert.equal(booking!.status, 'confirmed', 'booked in the same sweep, not at the next reconciler pass');
    assert.equal((await reservation(db(), reservationId)).status, 'confirmed');
    assert.equal(await capacity(db(), session), 2);
    assert.equal(h.stripe.refunds.length, 0);
    assert.deepEqual(
      (await alertsOf('PAYMENT_RECONCILED', checkoutSessionId)).map((a) => a.details.source),
      ['expiry'],
    );
    await assertInvariant();
  });

  it('should converge on one booking: webhook, confirmCheckout, expiry path and reconciler racing', async () => {
    const session = await createSession(db(), cat, 4);
    const { reservationId, checkoutSessionId, paid } = await paidCheckout(session);
    await backdate(db(), reservationId);
    const event = signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET);
    const results = await Promise.all([
      deliver(h.app.url, event).then((r) => r.status),
      deliver(h.app.url, event).then((r) => r.status),
      gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutSessionId }).then((r) => r.errors?.[0]?.message ?? 'ok'),
      createHoldSweeper({ services: h.app.services })
        .sweepOnce()
        .then(() => 'swept'),
      reconciler()
        .reconcileOnce()
        .then(() => 'reconciled'),
    ]);
    assert.deepEqual(results, [200, 200, 'ok', 'swept', 'reconciled']);
    const rows = await bookingsOf(db(), reservationId);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.status, 'confirmed');
    assert.equal((await reservation(db(), reservationId)).status, 'confirmed');
    assert.equal(await capacity(db(), session), 2);
    assert.equal(
      h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paid.payment_intent).length,
      0,
    );
    assert.ok((await alertsOf('PAYMENT_RECONCILED', checkoutSessionId)).length <= 1);
    await assertInvariant();
  });

  it('sent twice, once after reconciliation: both deliveries find the booking; one booking, no refund', async () => {
    const session = await createSession(db(), cat, 4);
    const { reservationId, checkoutSessionId, paid } = await paidCheckout(session);
    await backdate(db(), reservationId);
    assert.equal((await reconciler().reconcileOnce()).booked, 1);

    const eventId = `evt_${randomUUID().replaceAll('-', '')}`;
    const first = await send('checkout.session.completed', paid, eventId);
    assert.equal(((await first.json()) as { effect: string }).effect, 'already-booked');
    const second = await send('checkout.session.completed', paid, eventId);
    assert.equal(((await second.json()) as { effect: string }).effect, 'replay');
    const [booking] = await bookingsOf(db(), reservationId);
    assert.equal(booking!.status, 'confirmed');
    assert.equal((await bookingsOf(db(), reservationId)).length, 1);
    assert.equal(h.stripe.calls('POST', '/v1/refunds').length, 0);
    assert.equal(await capacity(db(), session), 2);
    assert.equal((await alertsOf('PAYMENT_RECONCILED', checkoutSessionId)).length, 1);
    await assertInvariant();
  });

  it('arriving after the hold was swept and the seats sold to someone else: refunded once, with an alert', async () => {
    const session = await createSession(db(), cat, 2);
    const { reservationId, checkoutSessionId, paid } = await paidCheckout(session);
    await backdate(db(), reservationId);
    // Stripe is unreachable while the sweeper ends the hold: it cannot learn of the payment then.
    h.stripe.failNext(/^\/v1\/checkout\/sessions\/[^/]+\/expire$/);
    h.stripe.failNext(/^\/v1\/checkout\/sessions\/[^/]+$/);
    await createHoldSweeper({ services: h.app.services }).sweepOnce();
    assert.equal((await reservation(db(), reservationId)).status, 'expired');
    await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }], 'other@example.com');
    assert.equal(await capacity(db(), session), 0);

    const res = await send('checkout.session.completed', paid);
    assert.equal(((await res.json()) as { effect: string }).effect, 'refunded');
    const [booking] = await bookingsOf(db(), reservationId);
    assert.equal(booking!.status, 'refunded');
    const refunds = h.stripe
      .calls('POST', '/v1/refunds')
      .filter((r) => r.params.payment_intent === paid.payment_intent);
    assert.equal(refunds.length, 1);
    assert.equal((await alertsOf('PAYMENT_WITHOUT_BOOKING', checkoutSessionId)).length, 1);

    const pass = await reconciler().reconcileOnce();
    assert.equal(pass.refunded + pass.booked + pass.unsettled, 0, 'the reconciler finds it settled');
    assert.equal(await capacity(db(), session), 0, 'never oversold');
    assert.equal(
      h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paid.payment_intent).length,
      1,
    );
    await assertInvariant();
  });

  it('never sent and the seats sold meanwhile: the reconciler books it as refunded and refunds once', async () => {
    const session = await createSession(db(), cat, 2);
    const { reservationId, checkoutSessionId, paid } = await paidCheckout(session);
    await backdate(db(), reservationId);
    h.stripe.failNext(/^\/v1\/checkout\/sessions\/[^/]+\/expire$/);
    h.stripe.failNext(/^\/v1\/checkout\/sessions\/[^/]+$/);
    await createHoldSweeper({ services: h.app.services }).sweepOnce();
    await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }], 'third@example.com');

    const pass = await reconciler().reconcileOnce();
    assert.equal(pass.refunded, 1);
    assert.equal((await bookingsOf(db(), reservationId))[0]!.status, 'refunded');
    const refunds = () =>
      h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paid.payment_intent);
    assert.equal(refunds().length, 1);
    assert.equal(refunds()[0]!.idempotencyKey, `refund-${checkoutSessionId}`);
    assert.equal((await alertsOf('PAYMENT_RECONCILED', checkoutSessionId)).length, 1);

    // The event still comes, twice: nothing more happens.
    const late = await send('checkout.session.completed', paid);
    assert.equal(((await late.json()) as { effect: string }).effect, 'already-booked');
    assert.equal(refunds().length, 1);
    assert.equal(await capacity(db(), session), 0);
    await assertInvariant();
  });

  it('should refund a paid Checkout of ours whose reservation is gone, once, with an alert', async () => {
    const orphan = orphanSession(`pi_orphan_${randomUUID().slice(0, 8)}`);
    const pass = await reconciler().reconcileOnce();
    assert.equal(pass.refunded, 1);
    const refunds = h.stripe
      .calls('POST', '/v1/refunds')
      .filter((r) => r.params.payment_intent === orphan.payment_intent);
    assert.equal(refunds.length, 1);
    assert.equal(refunds[0]!.idempotencyKey, `refund-${orphan.id}`);
    assert.equal((await alertsOf('PAYMENT_RECONCILED', orphan.id)).length, 1);
    assert.equal((await reconciler().reconcileOnce()).refunded, 0, 'refunded once');
    h.stripe.sessions.delete(orphan.id);
  });

  it('should count an unsettleable paid Checkout on /metrics, alert once after RECONCILE_ALERT_MINUTES', async () => {
    // Paid with nothing to charge back (no payment intent) and no reservation: neither booking nor refund is possible.
    const orphan = orphanSession(null);
    const first = await reconciler().reconcileOnce();
    assert.equal(first.unsettled, 1);
    assert.equal(sample(await scrape(h.app.url), 'slotkit_payments_unreconciled'), 1);
    assert.equal((await alertsOf('PAYMENT_UNRECONCILED', orphan.id)).length, 0, 'not yet overdue');

    const alertAfterMs = h.app.services.config.RECONCILE_ALERT_MINUTES * 60_000;
    const later = { ...h.app.services, now: () => new Date(Date.now() + alertAfterMs + 1_000) };
    const overdue = await reconciler(later).reconcileOnce();
    assert.equal(overdue.alerted, 1);
    const [alert] = await alertsOf('PAYMENT_UNRECONCILED', orphan.id);
    assert.equal(alert!.organizationId, cat.organizationId);
    assert.equal((await reconciler(later).reconcileOnce()).alerted, 0, 'one alert per payment');
    const [row] = await db()
      .select()
      .from(unreconciledPayments)
      .where(eq(unreconciledPayments.checkoutSessionId, orphan.id));
    assert.ok(row!.attempts >= 3, 'retried every pass');
    h.stripe.sessions.delete(orphan.id);
    await db().delete(unreconciledPayments).where(eq(unreconciledPayments.checkoutSessionId, orphan.id));
  });

  it('should stop counting an unsettled payment refunded in the Stripe dashboard (charge.refunded)', async () => {
    const paymentIntent = `pi_by_hand_${randomUUID().slice(0, 8)}`;
    const orphan = orphanSession(paymentIntent);
    const view = {
      id: orphan.id,
      url: null,
      status: 'complete',
      paymentStatus: 'paid',
      paymentIntentId: paymentIntent,
      metadata: orphan.metadata,
      customerEmail: null,
      amountTotal: 3000,
      currency: 'usd',
    } as const;
    h.stripe.sessions.delete(orphan.id); // not listed: only the remembered row stands for it
    await markUnreconciled(db(), view, 'completion failed', new Date());
    assert.equal(sample(await scrape(h.app.url), 'slotkit_payments_unreconciled'), 1);
    const refunded = await send('charge.refunded', {
      id: `ch_${randomUUID().slice(0, 8)}`,
      object: 'charge',
      payment_intent: paymentIntent,
      refunded: true,
    });
    assert.equal(((await refunded.json()) as { effect: string }).effect, 'unreconciled-refunded');
    assert.equal(sample(await scrape(h.app.url), 'slotkit_payments_unreconciled'), 0);
  });

  it('should list on one instance at a time: skip while another holds the lease, run once it runs out', async () => {
    const lists = () => h.stripe.calls('GET', '/v1/checkout/sessions').length;
    const setLease = (until: Date) =>
      db()
        .update(paymentReconciler)
        .set({ leaseOwner: 'another-instance', leaseUntil: until })
        .where(eq(paymentReconciler.id, 1));
    await setLease(new Date(Date.now() + 60_000));
    const before = lists();
    assert.equal((await reconciler().reconcileOnce()).ran, false);
    assert.equal(lists(), before, 'nothing listed while another instance holds the lease');
    await setLease(new Date(Date.now() - 1_000)); // that instance died mid-pass: its lease ran out
    assert.equal((await reconciler().reconcileOnce()).ran, true);
    assert.equal(lists(), before + 1);
    const [row] = await db().select().from(paymentReconciler);
    assert.equal(row!.leaseOwner, null, 'released after the pass');
    assert.ok(row!.listedUntil, 'the cursor moved');
  });
});

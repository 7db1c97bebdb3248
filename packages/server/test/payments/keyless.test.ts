import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { devCheckoutSessions, stripeEvents } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { createPaymentReconciler } from '../../src/jobs/payment-reconciler.ts';
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
  WEBHOOK_SECRET,
  type Catalog,
} from './fixtures.ts';

describe('keyless development checkout (no STRIPE_SECRET_KEY)', () => {
  let app: TestApp;
  let cat: Catalog;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    cat = await createCatalog(app.services.db);
  });
  after(() => app.stop());

  async function start(quantity = 2) {
    const session = await createSession(app.services.db, cat);
    const reservationId = await hold(app.services, session, [
      { tier: 'adult', quantity },
      { tier: 'child', quantity: 1 },
    ]);
    const res = await gql(app.url, CREATE_CHECKOUT, {
      input: checkoutInput(reservationId, { successUrl: 'https://venue.example/done' }),
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return { session, reservationId, ...(res.data!.createCheckout as { url: string; checkoutSessionId: string }) };
  }

  it(
    'should send the customer to the local test-checkout page, ' + 'whose Pay button books through the webhook path',
    async () => {
      const { url, checkoutSessionId, reservationId, session } = await start();
      assert.equal(url, `${app.url}/checkout/test/${checkoutSessionId}`);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Pay \$75\.00/);
      assert.doesNotMatch(html, /<script|https?:\/\/(?!venue)/i, 'plain HTML, no external assets');

      const paid = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
      assert.equal(paid.status, 303);
      assert.equal(paid.headers.get('location'), `https://venue.example/done?slotkit_session=${checkoutSessionId}`);
      const [booking] = await bookingsOf(app.services.db, reservationId);
      assert.equal(booking!.status, 'confirmed');
      assert.equal(booking!.totalCents, 7500);
      assert.match(booking!.stripePaymentIntentId!, /^pi_test_/);
      assert.equal((await reservation(app.services.db, reservationId)).status, 'confirmed');
      assert.equal(await capacity(app.services.db, session), 7);
      const events = await app.services.db
        .select()
        .from(stripeEvents)
        .where(eq(stripeEvents.type, 'checkout.session.completed'));
      assert.equal(events.length, 1, 'the signed test event went through stripe_events');

      const confirmed = await gql(app.url, CONFIRM_CHECKOUT, { id: checkoutSessionId });
      assert.equal(confirmed.data!.confirmCheckout.id, booking!.id);
      const twice = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
      assert.equal(twice.status, 410, 'a paid test checkout cannot be paid again');
      assert.equal((await bookingsOf(app.services.db, reservationId)).length, 1);
    },
  );

  it('should send Cancel back to cancel_url and leave the hold as it is', async () => {
    const { url, reservationId } = await start(1);
    const res = await fetch(`${url}/cancel`, { method: 'POST', redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), 'https://venue.example/cancelled');
    assert.equal((await reservation(app.services.db, reservationId)).status, 'held');
    assert.deepEqual(await bookingsOf(app.services.db, reservationId), []);
  });

  it(
    'should expire the test checkout when its hold is released, ' +
      'and refuse webhooks not signed with this process secret',
    async () => {
      const { checkoutSessionId, reservationId } = await start(1);
      await app.services.payments.expireCheckoutSession(checkoutSessionId);
      const [row] = await app.services.db
        .select()
        .from(devCheckoutSessions)
        .where(eq(devCheckoutSessions.id, checkoutSessionId));
      assert.equal(row!.status, 'expired');
      assert.equal(
        (await fetch(`${app.url}/checkout/test/${checkoutSessionId}/pay`, { method: 'POST', redirect: 'manual' }))
          .status,
        410,
      );
      const forged = signedEvent(
        'checkout.session.completed',
        {
          id: checkoutSessionId,
          object: 'checkout.session',
          payment_status: 'paid',
          metadata: { reservation_id: reservationId },
        },
        WEBHOOK_SECRET,
      );
      assert.equal((await deliver(app.url, forged)).status, 400);
      assert.deepEqual(await bookingsOf(app.services.db, reservationId), []);
    },
  );

  it('should book a lost-event paid test checkout from the local store once its hold ends', async () => {
    const { checkoutSessionId, reservationId, session } = await start(1);
    // The process died between the Pay button's store update and handing the event to the webhook handler.
    assert.ok(await app.services.payments.devGateway!.markPaid(checkoutSessionId));
    const reconciler = createPaymentReconciler({ services: app.services });
    assert.equal((await reconciler.reconcileOnce()).waiting, 1, 'the hold is still live');
    await backdate(app.services.db, reservationId);
    const pass = await reconciler.reconcileOnce();
    assert.equal(pass.booked, 1);
    const [booking] = await bookingsOf(app.services.db, reservationId);
    assert.equal(booking!.status, 'confirmed');
    assert.equal(booking!.stripeCheckoutSessionId, checkoutSessionId);
    assert.equal(await capacity(app.services.db, session), 8);
    assert.equal((await reconciler.reconcileOnce()).booked, 0);
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });

  it('should answer 404 for an unknown test checkout', async () => {
    assert.equal((await fetch(`${app.url}/checkout/test/cs_test_nope`)).status, 404);
  });
});

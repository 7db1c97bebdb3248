import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { outbox, stripeEvents } from '../../src/db/schema/index.ts';
import { BOOKING_NUMBER_RE } from '../../src/domain/bookings/booking-number.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  bookingsOf,
  capacity,
  checkoutInput,
  CONFIRM_CHECKOUT,
  countRows,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  hold,
  reservation,
  startPaymentsApp,
  waitFor,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from './fixtures.ts';

describe('Stripe webhooks and booking completion', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  /** A hold with a Checkout session; returns ids. */
  async function checkout(sessionId: string, quantity = 2) {
    const reservationId = await hold(h.app.services, sessionId, [{ tier: 'adult', quantity }]);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return { reservationId, checkoutSessionId: res.data!.createCheckout.checkoutSessionId as string };
  }
  const send = (type: string, object: Record<string, unknown>) =>
    deliver(h.app.url, signedEvent(type, object, WEBHOOK_SECRET));

  it('should answer 400 and write nothing when the signature is wrong', async () => {
    const session = await createSession(h.app.services.db, cat);
    const { checkoutSessionId, reservationId } = await checkout(session);
    const paid = h.stripe.pay(checkoutSessionId);
    const events = await countRows(h.app.services.db, 'stripe_events');
    const forged = signedEvent('checkout.session.completed', paid, 'whsec_not_the_secret');
    assert.equal((await deliver(h.app.url, forged)).status, 400);
    const tampered = signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET);
    assert.equal(
      (await deliver(h.app.url, { body: tampered.body.replace('"paid"', '"paid" '), signature: tampered.signature }))
        .status,
      400,
    );
    const unsigned = await fetch(`${h.app.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: tampered.body,
    });
    assert.equal(unsigned.status, 400);
    assert.equal(await countRows(h.app.services.db, 'stripe_events'), events);
    assert.deepEqual(await bookingsOf(h.app.services.db, reservationId), []);
    assert.equal((await reservation(h.app.services.db, reservationId)).status, 'held');
  });

  it(
    'should book a paid checkout once: booking number, customer, ' +
      'line items, email queued and sent; a replay is a no-op',
    async () => {
      const session = await createSession(h.app.services.db, cat);
      const { checkoutSessionId, reservationId } = await checkout(session);
      const paid = h.stripe.pay(checkoutSessionId);
      const event = signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET);
      const first = await deliver(h.app.url, event);
      assert.equal(first.status, 200);
      assert.equal(((await first.json()) as { effect: string }).effect, 'booked');
      const replay = await deliver(h.app.url, event);
      assert.equal(replay.status, 200);
      assert.deepEqual(await replay.json(), { received: true, duplicate: true, effect: 'replay' });

      const [booking, ...more] = await bookingsOf(h.app.services.db, reservationId);
      assert.equal(more.length, 0);
      assert.match(booking!.bookingNumber, BOOKING_NUMBER_RE);
      assert.equal(booking!.status, 'confirmed');
      assert.equal(booking!.stripeCheckoutSessionId, checkoutSessionId);
      assert.equal(booking!.stripePaymentIntentId, paid.payment_intent);
      assert.equal(booking!.totalCents, 6000);
      assert.deepEqual(booking!.lineItems, [
        { tier: 'adult', name: 'Adult', quantity: 2, unitAmountCents: 3000, totalCents: 6000 },
      ]);
      assert.equal((await reservation(h.app.services.db, reservationId)).status, 'confirmed');
      assert.equal(await capacity(h.app.services.db, session), 8);
      const [mail] = await h.app.services.db.select().from(outbox).where(eq(outbox.kind, 'email'));
      assert.ok(mail, 'a confirmation email is queued in the same transaction');
      assert.equal((mail.payload as { to: string }).to, 'ada@example.com');
      assert.ok(mail.sentAt, 'and delivered (logged without SMTP) after commit');
      const [row] = await h.app.services.db.select().from(stripeEvents).where(eq(stripeEvents.id, event.id));
      assert.equal(row!.type, 'checkout.session.completed');

      const confirmed = await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutSessionId });
      assert.equal(confirmed.data!.confirmCheckout.id, booking!.id, 'the success page finds the same booking');
      assert.equal(confirmed.data!.confirmCheckout.activityName, 'Haunted Library');
    },
  );

  it('should book through confirmCheckout first and let the later webhook find that booking', async () => {
    const session = await createSession(h.app.services.db, cat);
    const { checkoutSessionId, reservationId } = await checkout(session, 1);
    assert.equal(
      errorCode(await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutSessionId })),
      'BAD_USER_INPUT',
      'unpaid',
    );
    assert.equal(errorCode(await gql(h.app.url, CONFIRM_CHECKOUT, { id: 'cs_test_unknown' })), 'NOT_FOUND');
    assert.equal(errorCode(await gql(h.app.url, CONFIRM_CHECKOUT, { id: "x' or 1=1" })), 'NOT_FOUND');
    const paid = h.stripe.pay(checkoutSessionId);
    const res = await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutSessionId });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.confirmCheckout.status, 'CONFIRMED');
    const late = await send('checkout.session.completed', paid);
    assert.equal(((await late.json()) as { effect: string }).effect, 'already-booked');
    assert.equal((await bookingsOf(h.app.services.db, reservationId)).length, 1);
  });

  it(
    'should wait for async_payment_succeeded when a checkout completes unpaid, ' +
      'and release the hold on async failure',
    async () => {
      const session = await createSession(h.app.services.db, cat);
      const a = await checkout(session, 1);
      const object = { ...h.stripe.sessions.get(a.checkoutSessionId)!, status: 'complete', payment_status: 'unpaid' };
      assert.equal(
        ((await (await send('checkout.session.completed', object)).json()) as { effect: string }).effect,
        'awaiting-payment',
      );
      assert.deepEqual(await bookingsOf(h.app.services.db, a.reservationId), []);
      const paid = h.stripe.pay(a.checkoutSessionId);
      await send('checkout.session.async_payment_succeeded', paid);
      assert.equal((await bookingsOf(h.app.services.db, a.reservationId))[0]!.status, 'confirmed');

      const b = await checkout(session, 1);
      await send('checkout.session.async_payment_failed', {
        ...h.stripe.sessions.get(b.checkoutSessionId)!,
        status: 'complete',
        payment_status: 'unpaid',
      });
      assert.equal((await reservation(h.app.services.db, b.reservationId)).status, 'released');
      assert.equal(await capacity(h.app.services.db, session), 9);
    },
  );

  it(
    'should release a hold on checkout.session.expired, ' + 'and re-acquire the seats when the payment still arrives',
    async () => {
      const session = await createSession(h.app.services.db, cat, 4);
      const { checkoutSessionId, reservationId } = await checkout(session, 2);
      assert.equal(await capacity(h.app.services.db, session), 2);
      await send('checkout.session.expired', { ...h.stripe.sessions.get(checkoutSessionId)!, status: 'expired' });
      assert.equal((await reservation(h.app.services.db, reservationId)).status, 'expired');
      assert.equal(await capacity(h.app.services.db, session), 4);
      await send('checkout.session.completed', h.stripe.pay(checkoutSessionId));
      assert.equal((await bookingsOf(h.app.services.db, reservationId))[0]!.status, 'confirmed');
      assert.equal((await reservation(h.app.services.db, reservationId)).status, 'confirmed');
      assert.equal(await capacity(h.app.services.db, session), 2);
      assert.equal(h.stripe.refunds.length, 0);
    },
  );

  it(
    'should record the booking as refunded and refund ' + 'through Stripe when a late payment finds the seats gone',
    async () => {
      const session = await createSession(h.app.services.db, cat, 2);
      const { checkoutSessionId, reservationId } = await checkout(session, 2);
      await send('checkout.session.expired', { ...h.stripe.sessions.get(checkoutSessionId)!, status: 'expired' });
      await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }], 'other@example.com');
      assert.equal(await capacity(h.app.services.db, session), 0);

      const paid = h.stripe.pay(checkoutSessionId);
      const res = await send('checkout.session.completed', paid);
      assert.equal(((await res.json()) as { effect: string }).effect, 'refunded');
      const [booking] = await bookingsOf(h.app.services.db, reservationId);
      assert.equal(booking!.status, 'refunded');
      assert.equal(await capacity(h.app.services.db, session), 0, 'capacity never negative');
      const refunds = h.stripe.calls('POST', '/v1/refunds');
      assert.equal(refunds.length, 1);
      assert.equal(refunds[0]!.params.payment_intent, paid.payment_intent);
      assert.equal(refunds[0]!.idempotencyKey, `refund-${checkoutSessionId}`);
      const confirmed = await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutSessionId });
      assert.equal(confirmed.data!.confirmCheckout.status, 'REFUNDED', 'the success page can say so');
    },
  );

  it('should keep a refund owed when Stripe fails and pay it on the next outbox run', async () => {
    const session = await createSession(h.app.services.db, cat, 1);
    const { checkoutSessionId } = await checkout(session, 1);
    await send('checkout.session.expired', { ...h.stripe.sessions.get(checkoutSessionId)!, status: 'expired' });
    await hold(h.app.services, session, [{ tier: 'adult', quantity: 1 }], 'other@example.com');
    h.stripe.failNext('/v1/refunds', 1);
    const refundsBefore = h.stripe.refunds.length;
    assert.equal((await send('checkout.session.completed', h.stripe.pay(checkoutSessionId))).status, 200);
    assert.equal(h.stripe.refunds.length, refundsBefore, 'the first refund attempt failed');
    // The outbox worker's own tick may hold the row mid-attempt when the webhook answers (seen on a
    // loaded machine): wait for the recorded failure rather than read at one instant.
    const [owed] = await waitFor(
      () =>
        h.app.services.db
          .select()
          .from(outbox)
          .where(eq(outbox.kind, 'stripe_refund'))
          .then((rows) => rows.filter((r) => !r.sentAt)),
      ([row]) => Boolean(row?.lastError),
      10_000,
    );
    assert.ok(owed?.lastError, 'the failure is recorded on the outbox row');
    await h.app.services.db
      .update(outbox)
      .set({ availableAt: new Date(0) })
      .where(eq(outbox.id, owed.id));
    await h.app.services.outbox.deliver();
    assert.equal(h.stripe.refunds.length, refundsBefore + 1);
  });

  it('should ignore an expiry that arrives after the payment', async () => {
    const session = await createSession(h.app.services.db, cat);
    const { checkoutSessionId, reservationId } = await checkout(session, 1);
    await send('checkout.session.completed', h.stripe.pay(checkoutSessionId));
    const res = await send('checkout.session.expired', {
      ...h.stripe.sessions.get(checkoutSessionId)!,
      status: 'expired',
    });
    assert.equal(((await res.json()) as { effect: string }).effect, 'no-live-hold');
    assert.equal((await reservation(h.app.services.db, reservationId)).status, 'confirmed');
    assert.equal(await capacity(h.app.services.db, session), 9);
  });

  it(
    'should mark a booking refunded and free its seats ' + 'on charge.refunded (a refund made in the dashboard)',
    async () => {
      const session = await createSession(h.app.services.db, cat);
      const { checkoutSessionId, reservationId } = await checkout(session, 3);
      const paid = h.stripe.pay(checkoutSessionId);
      await send('checkout.session.completed', paid);
      assert.equal(await capacity(h.app.services.db, session), 7);
      await send('charge.refunded', {
        id: 'ch_partial',
        object: 'charge',
        refunded: false,
        payment_intent: paid.payment_intent,
      });
      assert.equal(
        (await bookingsOf(h.app.services.db, reservationId))[0]!.status,
        'confirmed',
        'a partial refund keeps the booking',
      );
      await send('charge.refunded', {
        id: 'ch_1',
        object: 'charge',
        refunded: true,
        payment_intent: paid.payment_intent,
      });
      assert.equal((await bookingsOf(h.app.services.db, reservationId))[0]!.status, 'refunded');
      assert.equal(await capacity(h.app.services.db, session), 10);
    },
  );
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  backdate,
  bookingsOf,
  CANCEL_BOOKING,
  capacity,
  checkoutInput,
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

describe('cancelBooking and released holds', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let other: Catalog;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    other = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  async function booked(sessionId: string, quantity: number) {
    const reservationId = await hold(h.app.services, sessionId, [{ tier: 'adult', quantity }]);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    const checkoutSessionId = res.data!.createCheckout.checkoutSessionId as string;
    const paid = h.stripe.pay(checkoutSessionId);
    await deliver(h.app.url, signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET));
    const [booking] = await bookingsOf(h.app.services.db, reservationId);
    return { booking: booking!, paymentIntent: paid.payment_intent as string, reservationId };
  }

  it('should restore capacity and refund through Stripe when an admin cancels with refund', async () => {
    const session = await createSession(h.app.services.db, cat);
    const { booking, paymentIntent, reservationId } = await booked(session, 3);
    assert.equal(await capacity(h.app.services.db, session), 7);
    const res = await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: true }, { apiKey: cat.apiKey });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.cancelBooking.status, 'REFUNDED');
    assert.equal(res.data!.cancelBooking.session.capacityRemaining, 10);
    assert.equal(await capacity(h.app.services.db, session), 10);
    assert.equal((await reservation(h.app.services.db, reservationId)).status, 'released');
    const refunds = h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paymentIntent);
    assert.equal(refunds.length, 1);
    assert.equal(refunds[0]!.idempotencyKey, `refund-booking-${booking.id}`);

    const again = await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: true }, { apiKey: cat.apiKey });
    assert.equal(again.data!.cancelBooking.status, 'REFUNDED', 'cancelling again changes nothing');
    assert.equal(await capacity(h.app.services.db, session), 10, 'seats are given back once');
    assert.equal(
      h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paymentIntent).length,
      1,
    );
  });

  it('should cancel without a refund, and refund later on request', async () => {
    const session = await createSession(h.app.services.db, cat);
    const { booking, paymentIntent } = await booked(session, 2);
    const res = await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: false }, { apiKey: cat.apiKey });
    assert.equal(res.data!.cancelBooking.status, 'CANCELLED');
    assert.equal(await capacity(h.app.services.db, session), 10);
    assert.equal(
      h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paymentIntent).length,
      0,
    );
    const later = await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: true }, { apiKey: cat.apiKey });
    assert.equal(later.data!.cancelBooking.status, 'REFUNDED');
    assert.equal(await capacity(h.app.services.db, session), 10);
    assert.equal(
      h.stripe.calls('POST', '/v1/refunds').filter((r) => r.params.payment_intent === paymentIntent).length,
      1,
    );
  });

  it('should leave the booking unchanged when Stripe refuses the refund', async () => {
    const session = await createSession(h.app.services.db, cat);
    const { booking } = await booked(session, 1);
    h.stripe.failNext('/v1/refunds', 1);
    const res = await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: true }, { apiKey: cat.apiKey });
    assert.equal(errorCode(res), 'INTERNAL');
    assert.equal((await bookingsOf(h.app.services.db, booking.reservationId))[0]!.status, 'confirmed');
    assert.equal(await capacity(h.app.services.db, session), 9);
  });

  it("should give NOT_FOUND for another organization's booking, and UNAUTHENTICATED without a key", async () => {
    const session = await createSession(h.app.services.db, cat);
    const { booking } = await booked(session, 1);
    assert.equal(
      errorCode(await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: true }, { apiKey: other.apiKey })),
      'NOT_FOUND',
    );
    assert.equal(
      errorCode(await gql(h.app.url, CANCEL_BOOKING, { id: 'nope', refund: false }, { apiKey: cat.apiKey })),
      'NOT_FOUND',
    );
    assert.equal(errorCode(await gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: false })), 'UNAUTHENTICATED');
    assert.equal((await bookingsOf(h.app.services.db, booking.reservationId))[0]!.status, 'confirmed');
    assert.equal(await capacity(h.app.services.db, session), 9);
  });

  it('should expire the Checkout session of a hold the sweeper releases', async () => {
    const session = await createSession(h.app.services.db, cat);
    const reservationId = await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }]);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    const checkoutSessionId = res.data!.createCheckout.checkoutSessionId as string;
    await backdate(h.app.services.db, reservationId);
    const sweep = await createHoldSweeper({ services: h.app.services }).sweepOnce();
    assert.ok(sweep.expiredIds.includes(reservationId));
    assert.equal(h.stripe.calls('POST', `/v1/checkout/sessions/${checkoutSessionId}/expire`).length, 1);
    assert.equal(h.stripe.sessions.get(checkoutSessionId)!.status, 'expired');
    assert.equal(await capacity(h.app.services.db, session), 10);
  });
});

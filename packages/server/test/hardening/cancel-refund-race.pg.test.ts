import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  bookingsOf,
  CANCEL_BOOKING,
  capacity,
  checkoutInput,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  hold,
  startPaymentsApp,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from '../payments/fixtures.ts';

/**
 * Issue 16 item 7: admin cancelBooking(refund: true) and Stripe's charge.refunded for the same booking
 * take their locks in one order (session → reservation → booking), so running them at the same moment
 * never deadlocks and never answers INTERNAL.
 */
describe('Issue 16 item 7: cancel + refund webhook at once (PostgreSQL)', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let ready = false;
  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    h = await startPaymentsApp({ driver: 'postgres' });
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
    ready = true;
  });
  after(async () => {
    if (ready) await h.stop();
  });

  async function booked() {
    const session = await createSession(h.app.services.db, cat, 4);
    const reservationId = await hold(h.app.services, session, [{ tier: 'adult', quantity: 2 }]);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    const paid = h.stripe.pay(res.data!.createCheckout.checkoutSessionId);
    await deliver(h.app.url, signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET));
    const [booking] = await bookingsOf(h.app.services.db, reservationId);
    assert.equal(booking!.status, 'confirmed');
    return { session, reservationId, booking: booking!, paymentIntentId: paid.payment_intent as string };
  }

  it('should end 20 of 20 races refunded, seats back once, with no deadlock and no INTERNAL', async () => {
    for (let i = 0; i < 20; i++) {
      const { session, reservationId, booking, paymentIntentId } = await booked();
      const refundEvent = signedEvent(
        'charge.refunded',
        { id: `ch_race_${i}`, object: 'charge', payment_intent: paymentIntentId, refunded: true },
        WEBHOOK_SECRET,
      );
      const [admin, webhook] = await Promise.all([
        gql(h.app.url, CANCEL_BOOKING, { id: booking.id, refund: true }, { apiKey: cat.apiKey }),
        deliver(h.app.url, refundEvent),
      ]);
      assert.equal(admin.errors, undefined, `try ${i}: ${JSON.stringify(admin.errors)}`);
      assert.equal(admin.data!.cancelBooking.status, 'REFUNDED');
      assert.equal(webhook.status, 200, `try ${i}: webhook answered ${webhook.status}`);
      const [after] = await bookingsOf(h.app.services.db, reservationId);
      assert.equal(after!.status, 'refunded');
      assert.equal(await capacity(h.app.services.db, session), 4, `try ${i}: seats given back exactly once`);
    }
  });
});

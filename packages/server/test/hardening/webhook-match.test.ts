import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  bookingsOf,
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
} from '../payments/fixtures.ts';

/** Issue 16 item 8: a signed completion books only the hold's own Checkout, at its amount and currency. */
describe('Issue 16 item 8: the webhook confirms only what matches the stored Checkout', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  async function paidCheckout() {
    const sessionId = await createSession(h.app.services.db, cat, 4);
    const reservationId = await hold(h.app.services, sessionId, [{ tier: 'adult', quantity: 2 }]);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    const paid = h.stripe.pay(res.data!.createCheckout.checkoutSessionId);
    return { sessionId, reservationId, paid };
  }

  async function queuedRefunds(paymentIntentId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      h.app.services.db,
      sql`select count(*)::int as n from outbox
          where kind = 'stripe_refund' and payload->>'paymentIntentId' = ${paymentIntentId}`,
    );
    return Number(row!.n);
  }

  const cases: Array<[string, (paid: Record<string, any>) => Record<string, any>]> = [
    ['another amount', (paid) => ({ ...paid, amount_total: 1 })],
    ['another currency', (paid) => ({ ...paid, currency: 'jpy' })],
    ['another Checkout session id', (paid) => ({ ...paid, id: 'cs_test_not_the_stored_one' })],
  ];
  for (const [what, forge] of cases) {
    it(`should refund, not book, a signed completion with ${what}, and leave the hold as it was`, async () => {
      const { sessionId, reservationId, paid } = await paidCheckout();
      const res = await deliver(h.app.url, signedEvent('checkout.session.completed', forge(paid), WEBHOOK_SECRET));
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { effect: string }).effect, 'refunded');
      assert.deepEqual(await bookingsOf(h.app.services.db, reservationId), []);
      assert.equal((await reservation(h.app.services.db, reservationId)).status, 'held');
      assert.equal(await capacity(h.app.services.db, sessionId), 2);
      assert.equal(await queuedRefunds(paid.payment_intent), 1);
    });
  }

  it('should still book the matching completion after a forged one was refunded', async () => {
    const { reservationId, paid } = await paidCheckout();
    const forged = { ...paid, amount_total: 1, payment_intent: 'pi_test_other_payment' };
    await deliver(h.app.url, signedEvent('checkout.session.completed', forged, WEBHOOK_SECRET));
    const res = await deliver(h.app.url, signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET));
    assert.equal(((await res.json()) as { effect: string }).effect, 'booked');
    const [booking] = await bookingsOf(h.app.services.db, reservationId);
    assert.equal(booking!.status, 'confirmed');
  });
});

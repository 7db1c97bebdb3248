import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
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

const BOOKINGS = `{ bookings(first: 50) { nodes { bookingNumber customer { email name phone } } } }`;

/** Issue 16 item 4: a stranger booking under the same email (another case) changes nothing another booking shows. */
describe('Issue 16 item 4: each booking keeps the contact it was booked with', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  async function book(email: string, name: string, phone: string): Promise<string> {
    const session = await createSession(h.app.services.db, cat, 4);
    const reservationId = await hold(h.app.services, session, [{ tier: 'adult', quantity: 1 }], email);
    const res = await gql(h.app.url, CREATE_CHECKOUT, {
      input: checkoutInput(reservationId, { customer: { name, email, phone } }),
    });
    const paid = h.stripe.pay(res.data!.createCheckout.checkoutSessionId);
    const delivered = await deliver(h.app.url, signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET));
    assert.equal(((await delivered.json()) as { effect: string }).effect, 'booked');
    return reservationId;
  }

  it("should show the victim's own name and phone on their booking after someone books as VICTIM@…", async () => {
    await book('victim@example.com', 'Vera Victim', '+1 555 0100');
    await book('VICTIM@Example.com', 'Mallory', '+1 555 0666');
    const list = await gql(h.app.url, BOOKINGS, {}, { apiKey: cat.apiKey });
    const customers = (list.data!.bookings.nodes as Array<{ customer: Record<string, string> }>).map((n) => n.customer);
    const victim = customers.find((c) => c.name === 'Vera Victim');
    assert.deepEqual(victim, { email: 'victim@example.com', name: 'Vera Victim', phone: '+1 555 0100' });
    const stranger = customers.find((c) => c.name === 'Mallory');
    assert.deepEqual(stranger, { email: 'VICTIM@Example.com', name: 'Mallory', phone: '+1 555 0666' });
  });
});

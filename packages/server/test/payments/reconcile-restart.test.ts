import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { alerts } from '../../src/db/schema/index.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, testDriver, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { deliver, signedEvent, startStripeStandIn, type StripeStandIn } from '../support/stripe-stand-in.ts';
import {
  backdate,
  bookingsOf,
  capacity,
  checkoutInput,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  hold,
  reservation,
  waitFor,
  WEBHOOK_SECRET,
} from './fixtures.ts';

describe('a payment whose event was sent while the server was down', () => {
  let database: TestDatabase | undefined;
  let stripe: StripeStandIn | undefined;
  const apps: TestApp[] = [];
  after(async () => {
    for (const app of apps) await app.stop();
    await stripe?.close();
    await database?.close();
  });

  it('should be booked by the restarted server at its first sweep or pass; the retried event finds it', async (t) => {
    database = await openTestDatabase(testDriver());
    stripe = await startStripeStandIn();
    const config = {
      STRIPE_SECRET_KEY: 'sk_test_stand_in',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: stripe.url,
    };
    const first = await startTestApp({ database, config, holdSweeper: false });
    apps.push(first);
    const cat = await createCatalog(first.services.db);
    await syncActivityCatalog(first.services, cat.activityId);
    const session = await createSession(first.services.db, cat, 4);
    const reservationId = await hold(first.services, session, [{ tier: 'adult', quantity: 2 }]);
    const res = await gql(first.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    const checkoutSessionId = res.data!.createCheckout.checkoutSessionId as string;
    await first.stop();

    // The customer pays while no server runs; Stripe's delivery fails, and the hold ends meanwhile.
    const paid = stripe.pay(checkoutSessionId);
    const event = signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET);
    await assert.rejects(deliver(first.url, event), 'nobody listens');
    await backdate(database.handle.db, reservationId);

    const started = Date.now();
    const second = await startTestApp({ database, config, holdSweeper: {}, paymentReconciler: {} });
    apps.push(second);
    const booked = await waitFor(
      () => bookingsOf(second.services.db, reservationId),
      (rows) => rows.length > 0,
    );
    t.diagnostic(`booked ${Date.now() - started} ms after the restart began`);
    assert.equal(booked.length, 1);
    assert.equal(booked[0]!.status, 'confirmed');
    assert.equal((await reservation(second.services.db, reservationId)).status, 'confirmed');
    assert.equal(await capacity(second.services.db, session), 2);
    const reconciled = await second.services.db.select().from(alerts).where(eq(alerts.kind, 'PAYMENT_RECONCILED'));
    assert.equal(reconciled.filter((a) => a.details.checkoutSessionId === checkoutSessionId).length, 1);

    // Stripe retries the delivery later: it finds the booking.
    const retried = await deliver(second.url, event);
    assert.equal(((await retried.json()) as { effect: string }).effect, 'already-booked');
    assert.equal((await bookingsOf(second.services.db, reservationId)).length, 1);
    assert.equal(stripe.refunds.length, 0);
    assert.deepEqual(await findCapacityMismatches(second.services.db), []);
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activities, activityPrices } from '../../src/db/schema/index.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  backdate,
  capacity,
  checkoutInput,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  hold,
  reservation,
  startPaymentsApp,
  type Catalog,
  type PaymentsHarness,
} from './fixtures.ts';

describe('Stripe catalog sync and createCheckout', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  const prices = () =>
    h.app.services.db.select().from(activityPrices).where(eq(activityPrices.activityId, cat.activityId));

  it('should create one product with the activity metadata and one price per tier under its lookup key', async () => {
    const [activity] = await h.app.services.db.select().from(activities).where(eq(activities.id, cat.activityId));
    const product = h.stripe.products.get(activity!.stripeProductId!);
    assert.ok(product, 'activities.stripe_product_id names the Stripe product');
    assert.deepEqual(product.metadata, {
      activity_id: cat.activityId,
      venue_id: cat.venueId,
      organization_id: cat.organizationId,
    });
    const rows = await prices();
    for (const row of rows) {
      const price = h.stripe.prices.get(row.stripePriceId!);
      assert.ok(price, `${row.tier} has a Stripe price`);
      assert.equal(price.lookup_key, row.lookupKey);
      assert.equal(price.unit_amount, row.amountCents);
      assert.equal(price.product, product.id);
      assert.equal(price.metadata.tier_type, row.tier);
      assert.equal(price.metadata.display_name, row.name);
    }
    assert.deepEqual(rows.map((r) => r.lookupKey).sort(), [
      `activity_${cat.activityId}_adult`,
      `activity_${cat.activityId}_child`,
      `activity_${cat.activityId}_custom_student`,
    ]);
    for (const r of h.stripe.calls('POST', /^\/v1\/(products|prices)$/))
      assert.ok(r.idempotencyKey, `${r.path} carries an Idempotency-Key`);
  });

  it('should create nothing new when synced again unchanged', async () => {
    const creates = h.stripe.calls('POST', /^\/v1\/(products|prices)$/).length;
    await syncActivityCatalog(h.app.services, cat.activityId);
    assert.equal(h.stripe.calls('POST', /^\/v1\/(products|prices)$/).length, creates);
  });

  it('should build line items for 2 adults + 1 child from the Stripe prices, with complete metadata', async () => {
    const session = await createSession(h.app.services.db, cat);
    const id = await hold(h.app.services, session, [
      { tier: 'adult', quantity: 2 },
      { tier: 'child', quantity: 1 },
    ]);
    const startedAt = Math.floor(Date.now() / 1000);
    const res = await gql(h.app.url, CREATE_CHECKOUT, {
      input: checkoutInput(id, { successUrl: 'https://venue.example/booked?x=1#done' }),
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { url, checkoutSessionId } = res.data!.createCheckout;
    const created = h.stripe.sessions.get(checkoutSessionId)!;
    assert.equal(url, created.url);

    const [request] = h.stripe.calls('POST', '/v1/checkout/sessions').slice(-1);
    const rows = await prices();
    const stripePrice = (tier: string) => rows.find((r) => r.tier === tier)!.stripePriceId;
    assert.deepEqual(request!.params.line_items, [
      { price: stripePrice('adult'), quantity: '2' },
      { price: stripePrice('child'), quantity: '1' },
    ]);
    assert.equal(created.amount_total, 2 * 3000 + 1500);
    assert.equal(request!.params.mode, 'payment');
    assert.equal(request!.params.customer_email, 'ada@example.com');
    assert.equal(
      request!.params.success_url,
      'https://venue.example/booked?x=1&slotkit_session={CHECKOUT_SESSION_ID}#done',
    );
    assert.equal(request!.params.cancel_url, 'https://venue.example/cancelled');
    const expiresAt = Number(request!.params.expires_at);
    assert.ok(
      expiresAt >= startedAt + 30 * 60 && expiresAt <= startedAt + 45 * 60,
      `expires_at at Stripe's 30-minute minimum (+ the hold), got +${expiresAt - startedAt}s`,
    );
    assert.equal(request!.idempotencyKey?.startsWith(`checkout-${id}-`), true);

    const meta = request!.params.metadata;
    assert.deepEqual(Object.keys(meta).sort(), [
      'activity_id',
      'booking_date',
      'checkout_digest',
      'customer_name',
      'customer_phone',
      'end_time',
      'organization_id',
      'party_size',
      'reservation_id',
      'session_id',
      'start_time',
      'venue_id',
    ]);
    assert.equal(meta.activity_id, cat.activityId);
    assert.equal(meta.venue_id, cat.venueId);
    assert.equal(meta.organization_id, cat.organizationId);
    assert.equal(meta.session_id, session);
    assert.equal(meta.reservation_id, id);
    assert.equal(meta.party_size, '3');
    assert.equal(meta.customer_name, 'Ada Lovelace');
    assert.equal(meta.customer_phone, '+44 20 7946 0000');
    assert.match(meta.booking_date, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(meta.start_time, /^\d{2}:\d{2}$/);
    assert.match(meta.end_time, /^\d{2}:\d{2}$/);

    const stored = await reservation(h.app.services.db, id);
    assert.equal(stored.checkoutSessionId, checkoutSessionId);
    assert.deepEqual(stored.customer, { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0000' });
  });

  it(
    'should return the same Checkout session when the same request is retried, ' +
      'and replace it when the details change',
    async () => {
      const session = await createSession(h.app.services.db, cat);
      const id = await hold(h.app.services, session, [{ tier: 'adult', quantity: 1 }]);
      const first = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(id) });
      const again = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(id) });
      assert.equal(again.data!.createCheckout.checkoutSessionId, first.data!.createCheckout.checkoutSessionId);
      const changed = await gql(h.app.url, CREATE_CHECKOUT, {
        input: checkoutInput(id, { customer: { name: 'Ada L.', email: 'ada@example.com' } }),
      });
      const newId = changed.data!.createCheckout.checkoutSessionId;
      assert.notEqual(newId, first.data!.createCheckout.checkoutSessionId);
      assert.equal(
        h.stripe.sessions.get(first.data!.createCheckout.checkoutSessionId)!.status,
        'expired',
        'the superseded session can no longer be paid',
      );
      assert.equal((await reservation(h.app.services.db, id)).checkoutSessionId, newId);
    },
  );

  it(
    'should refuse checkout for a hold that ended, ' + 'an unknown reservation, or bad input, and create nothing',
    async () => {
      const session = await createSession(h.app.services.db, cat);
      const id = await hold(h.app.services, session, [{ tier: 'adult', quantity: 1 }]);
      const before = h.stripe.calls('POST', '/v1/checkout/sessions').length;
      const code = async (input: Record<string, unknown>) =>
        errorCode(await gql(h.app.url, CREATE_CHECKOUT, { input }));
      assert.equal(await code(checkoutInput(id, { customer: { name: 'A', email: 'not-an-email' } })), 'BAD_USER_INPUT');
      assert.equal(
        await code(checkoutInput(id, { customer: { name: ' ', email: 'a@example.com' } })),
        'BAD_USER_INPUT',
      );
      assert.equal(
        await code(checkoutInput(id, { customer: { name: 'A', email: 'a@example.com', phone: 'call me' } })),
        'BAD_USER_INPUT',
      );
      assert.equal(await code(checkoutInput(id, { successUrl: 'javascript:alert(1)' })), 'BAD_USER_INPUT');
      assert.equal(await code(checkoutInput(id, { cancelUrl: '/relative' })), 'BAD_USER_INPUT');
      assert.equal(await code(checkoutInput('00000000-0000-4000-8000-000000000000')), 'NOT_FOUND');
      assert.equal(await code(checkoutInput('nope')), 'NOT_FOUND');
      await backdate(h.app.services.db, id);
      assert.equal(await code(checkoutInput(id)), 'BAD_USER_INPUT');
      assert.equal(h.stripe.calls('POST', '/v1/checkout/sessions').length, before);
      assert.equal(await capacity(h.app.services.db, session), 9, 'refusing checkout does not touch capacity');
    },
  );

  it('should sell a ticket at its held amount (price_data) when the tier price changed after the hold', async () => {
    const session = await createSession(h.app.services.db, cat);
    const id = await hold(h.app.services, session, [{ tier: 'adult', quantity: 1 }]);
    await h.app.services.db
      .update(activityPrices)
      .set({ amountCents: 3200 })
      .where(eq(activityPrices.id, cat.priceIds.adult));
    await syncActivityCatalog(h.app.services, cat.activityId);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(id) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const [request] = h.stripe.calls('POST', '/v1/checkout/sessions').slice(-1);
    const item = request!.params.line_items[0];
    assert.equal(item.price, undefined);
    assert.equal(item.price_data.unit_amount, '3000');
    assert.equal(item.price_data.currency, 'usd');
  });

  it('should move the lookup key to a new price and deactivate the old one when an amount changes', async () => {
    const other = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, other.activityId);
    const [before] = await h.app.services.db
      .select()
      .from(activityPrices)
      .where(eq(activityPrices.id, other.priceIds.child));
    const oldPrice = before!.stripePriceId!;
    await h.app.services.db
      .update(activityPrices)
      .set({ amountCents: 1750 })
      .where(eq(activityPrices.id, other.priceIds.child));
    await syncActivityCatalog(h.app.services, other.activityId);

    const [after] = await h.app.services.db
      .select()
      .from(activityPrices)
      .where(eq(activityPrices.id, other.priceIds.child));
    const newPrice = h.stripe.prices.get(after!.stripePriceId!)!;
    assert.notEqual(newPrice.id, oldPrice, 'Stripe prices are immutable: a new one is created');
    assert.equal(newPrice.unit_amount, 1750);
    assert.equal(newPrice.lookup_key, `activity_${other.activityId}_child`);
    assert.equal(h.stripe.prices.get(oldPrice)!.active, false);
    assert.equal(h.stripe.prices.get(oldPrice)!.lookup_key, null, 'the lookup key moved');
    const [create] = h.stripe.calls('POST', '/v1/prices').filter((r) => r.params.unit_amount === '1750');
    assert.equal(create!.params.transfer_lookup_key, 'true');
    assert.ok(create!.idempotencyKey);
    assert.equal(after!.id, before!.id, 'the activity_prices row is updated in place');

    // Back to the first amount: again a new price (not Stripe's cached reply for the first key).
    await h.app.services.db
      .update(activityPrices)
      .set({ amountCents: 1500 })
      .where(eq(activityPrices.id, other.priceIds.child));
    await syncActivityCatalog(h.app.services, other.activityId);
    const [third] = await h.app.services.db
      .select()
      .from(activityPrices)
      .where(eq(activityPrices.id, other.priceIds.child));
    assert.ok(![oldPrice, newPrice.id].includes(third!.stripePriceId!));
    assert.equal(h.stripe.prices.get(third!.stripePriceId!)!.active, true);
  });

  it('should be retryable after Stripe fails midway', async () => {
    const other = await createCatalog(h.app.services.db);
    h.stripe.failNext('/v1/prices', 1);
    await assert.rejects(
      syncActivityCatalog(h.app.services, other.activityId),
      (err: { code?: string }) => err.code === 'INTERNAL',
    );
    await syncActivityCatalog(h.app.services, other.activityId);
    const rows = await h.app.services.db
      .select()
      .from(activityPrices)
      .where(eq(activityPrices.activityId, other.activityId));
    assert.ok(rows.every((r) => r.stripePriceId && h.stripe.prices.get(r.stripePriceId)?.active));
    const products = [...h.stripe.products.values()].filter((p) => p.metadata.activity_id === other.activityId);
    assert.equal(products.length, 1, 'one product per activity even after a retry');
  });
});

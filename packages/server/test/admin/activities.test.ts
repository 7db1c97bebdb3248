import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activities, activitySessions } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { startStripeStandIn, type StripeStandIn } from '../support/stripe-stand-in.ts';
import { activityInput, CREATE_ACTIVITY, CREATE_VENUE, makeBooking, makeOrganization } from './fixtures.ts';

const UPDATE_ACTIVITY = `mutation($id: ID!, $input: ActivityUpdateInput!) { updateActivity(id: $id, input: $input) {
  sessionsCreated sessionsRemoved keptSessions { id confirmedCount }
  activity { id name stripeProductId prices { tier name amountCents lookupKey stripePriceId active } } } }`;
const WIDGET = `query($id: ID, $key: String) { widgetConfig(activityId: $id, embedKey: $key) { venue {
  name currency } activities { id name prices { tier amountCents currency } } } }`;

describe('activities through the admin API', () => {
  let app: TestApp;
  let stripe: StripeStandIn;
  let org: { id: string; key: string };
  let venueId: string;
  let embedKey: string;
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: org.key });

  before(async () => {
    stripe = await startStripeStandIn();
    // A fixed clock (04:00 in Los Angeles) makes every session of the 3-day window lie ahead.
    app = await startTestApp({
      now: () => new Date('2030-01-15T12:00:00Z'),
      config: {
        STRIPE_SECRET_KEY: 'sk_test_admin_suite',
        STRIPE_WEBHOOK_SECRET: 'whsec_admin_suite',
        STRIPE_API_URL: stripe.url,
      },
    });
    org = await makeOrganization(app.services.db, 'Activities Org');
    const venue = await admin(CREATE_VENUE, {
      input: { name: 'Bay Kayaks', timezone: 'America/Los_Angeles', currency: 'usd' },
    });
    assert.equal(venue.errors, undefined, JSON.stringify(venue.errors));
    venueId = venue.data!.createVenue.id;
    embedKey = venue.data!.createVenue.embedKey;
  });
  after(async () => {
    await app.stop();
    await stripe.close();
  });

  it(
    'should save the activity, generate its sessions, ' +
      'create its Stripe product and prices and show it in widgetConfig',
    async () => {
      const res = await admin(CREATE_ACTIVITY, { input: activityInput(venueId) });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const { activity, sessionsCreated } = res.data!.createActivity;
      // 09:00, 10:00, 11:00 on each of the 3 days of the booking window.
      const rows = await app.services.db
        .select()
        .from(activitySessions)
        .where(eq(activitySessions.activityId, activity.id));
      assert.equal(sessionsCreated, 9);
      assert.equal(rows.length, 9);
      assert.ok(rows.every((s) => s.capacityTotal === 6 && s.capacityRemaining === 6));

      assert.ok(activity.stripeProductId, 'the Stripe product id is stored');
      const product = stripe.products.get(activity.stripeProductId)!;
      assert.equal(product.metadata.activity_id, activity.id);
      assert.deepEqual(
        activity.prices.map((p: any) => [p.tier, p.lookupKey, p.currency]),
        [
          ['ADULT', `activity_${activity.id}_adult`, 'USD'],
          ['CHILD', `activity_${activity.id}_child`, 'USD'],
          ['CUSTOM', `activity_${activity.id}_custom_student`, 'USD'],
        ],
      );
      for (const p of activity.prices) {
        const mirrored = stripe.prices.get(p.stripePriceId)!;
        assert.ok(mirrored, `Stripe price for ${p.lookupKey}`);
        assert.equal(mirrored.lookup_key, p.lookupKey);
        assert.equal(mirrored.unit_amount, p.amountCents);
        assert.equal(mirrored.product, activity.stripeProductId);
      }

      const byActivity = await gql(app.url, WIDGET, { id: activity.id });
      assert.deepEqual(byActivity.data!.widgetConfig.activities[0].prices, [
        { tier: 'ADULT', amountCents: 4000, currency: 'USD' },
        { tier: 'CHILD', amountCents: 2500, currency: 'USD' },
        { tier: 'CUSTOM', amountCents: 3000, currency: 'USD' },
      ]);
      const byVenue = await gql(app.url, WIDGET, { key: embedKey });
      assert.ok(byVenue.data!.widgetConfig.activities.some((a: { id: string }) => a.id === activity.id));
    },
  );

  it('should keep the activity when Stripe fails and sync it on the next update', async () => {
    stripe.failNext('/v1/products', 1);
    const res = await admin(CREATE_ACTIVITY, { input: activityInput(venueId, { name: 'Outage Tour' }) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { activity, sessionsCreated } = res.data!.createActivity;
    assert.equal(activity.stripeProductId, null);
    assert.ok(activity.prices.every((p: { stripePriceId: string | null }) => p.stripePriceId === null));
    assert.equal(sessionsCreated, 9);
    const again = await admin(UPDATE_ACTIVITY, { id: activity.id, input: { description: 'retry' } });
    assert.equal(again.errors, undefined, JSON.stringify(again.errors));
    assert.ok(again.data!.updateActivity.activity.stripeProductId);
    assert.ok(
      again.data!.updateActivity.activity.prices.every((p: { stripePriceId: string | null }) => p.stripePriceId),
    );
  });

  it(
    'should replace prices by lookup key: a new amount gets a new Stripe price, ' + 'a dropped tier goes inactive',
    async () => {
      const created = (await admin(CREATE_ACTIVITY, { input: activityInput(venueId, { name: 'Repriced' }) })).data!
        .createActivity.activity;
      const oldAdult = created.prices.find((p: any) => p.tier === 'ADULT');
      const res = await admin(UPDATE_ACTIVITY, {
        id: created.id,
        input: {
          prices: [
            { tier: 'ADULT', name: 'Adult', amountCents: 4500 },
            { tier: 'CUSTOM', name: 'Student', amountCents: 3000, slug: 'student' },
          ],
        },
      });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const prices = res.data!.updateActivity.activity.prices;
      const adult = prices.find((p: any) => p.tier === 'ADULT');
      assert.equal(adult.amountCents, 4500);
      assert.equal(adult.lookupKey, oldAdult.lookupKey);
      assert.notEqual(adult.stripePriceId, oldAdult.stripePriceId);
      assert.equal(stripe.prices.get(adult.stripePriceId)!.unit_amount, 4500);
      assert.equal(prices.find((p: any) => p.tier === 'CHILD').active, false);
      const widget = await gql(app.url, WIDGET, { id: created.id });
      assert.deepEqual(
        widget.data!.widgetConfig.activities[0].prices.map((p: any) => p.tier),
        ['ADULT', 'CUSTOM'],
      );
    },
  );

  it('should regenerate future sessions on a schedule change and keep the booked one', async () => {
    const created = (await admin(CREATE_ACTIVITY, { input: activityInput(venueId, { name: 'Reshaped' }) })).data!
      .createActivity.activity;
    const booking = await makeBooking(app.services.db, org.id, created.id);
    const schedule = {
      operatingDays: activityInput(venueId).schedule.operatingDays,
      startTime: '13:00',
      endTime: '15:00',
      slotInterval: 60,
      advanceBooking: 3,
    };
    const res = await admin(UPDATE_ACTIVITY, { id: created.id, input: { schedule } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const change = res.data!.updateActivity;
    assert.equal(change.sessionsCreated, 6);
    assert.equal(change.keptSessions.length, 1);
    assert.equal(change.keptSessions[0].id, booking.sessionId);
    assert.equal(change.sessionsRemoved, 8);
  });

  it('should keep the booking policies a schedule update leaves out, and change the ones it sends', async () => {
    const created = (await admin(CREATE_ACTIVITY, { input: activityInput(venueId, { name: 'Policies' }) })).data!
      .createActivity.activity;
    const base = { ...activityInput(venueId).schedule, startTime: '10:00', endTime: '12:00', slotInterval: 60 };
    const strict = { allowed: false, freeUntilHours: 48, refundPercentAfter: 0 };
    const first = await admin(UPDATE_ACTIVITY, {
      id: created.id,
      input: { schedule: { ...base, cancellation: strict, minNoticeMinutes: 90 } },
    });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    // A form that predates the policies sends the schedule without them.
    const second = await admin(UPDATE_ACTIVITY, { id: created.id, input: { schedule: { ...base, endTime: '13:00' } } });
    assert.equal(second.errors, undefined, JSON.stringify(second.errors));
    const [row] = await app.services.db.select().from(activities).where(eq(activities.id, created.id));
    const settings = row!.settings as { cancellation: unknown; minNoticeMinutes: number; endTime: string };
    assert.deepEqual(settings.cancellation, strict);
    assert.equal(settings.minNoticeMinutes, 90);
    assert.equal(settings.endTime, '13:00');
    const third = await admin(UPDATE_ACTIVITY, {
      id: created.id,
      input: { schedule: { ...base, minNoticeMinutes: 0 } },
    });
    assert.equal(third.errors, undefined, JSON.stringify(third.errors));
    const [after] = await app.services.db.select().from(activities).where(eq(activities.id, created.id));
    assert.equal((after!.settings as { minNoticeMinutes: number }).minNoticeMinutes, 0);
  });

  it('should archive: gone from widgetConfig, product inactive in Stripe', async () => {
    const created = (await admin(CREATE_ACTIVITY, { input: activityInput(venueId, { name: 'Archived' }) })).data!
      .createActivity.activity;
    const res = await admin(`mutation($id: ID!) { archiveActivity(id: $id) { status } }`, { id: created.id });
    assert.deepEqual(res.data, { archiveActivity: { status: 'ARCHIVED' } });
    assert.equal(errorCode(await gql(app.url, WIDGET, { id: created.id })), 'NOT_FOUND');
    assert.equal(stripe.products.get(created.stripeProductId)!.active, false);
  });

  it("should move every price to the venue's new currency, with new Stripe prices", async () => {
    const other = await admin(CREATE_VENUE, {
      input: { name: 'Currency Venue', timezone: 'Europe/Paris', currency: 'USD' },
    });
    const created = (
      await admin(CREATE_ACTIVITY, { input: activityInput(other.data!.createVenue.id, { name: 'Currency Tour' }) })
    ).data!.createActivity.activity;
    const res = await admin(
      `mutation($id: ID!) { updateVenue(id: $id, input: { currency: "EUR" }) { currency activities { prices {
        currency stripePriceId } } } }`,
      { id: other.data!.createVenue.id },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const prices = res.data!.updateVenue.activities[0].prices;
    assert.ok(prices.every((p: { currency: string }) => p.currency === 'EUR'));
    for (const p of prices) {
      assert.ok(
        !created.prices.some((old: { stripePriceId: string }) => old.stripePriceId === p.stripePriceId),
        'a new Stripe price',
      );
      assert.equal(stripe.prices.get(p.stripePriceId)!.currency, 'eur');
    }
  });

  it('should refuse invalid activity input with BAD_USER_INPUT and save nothing', async () => {
    const before = (await admin(`{ activities { id } }`)).data!.activities.length;
    const bad: Array<Record<string, unknown>> = [
      {
        prices: [
          { tier: 'ADULT', name: 'A', amountCents: 1 },
          { tier: 'ADULT', name: 'B', amountCents: 2 },
        ],
      },
      { prices: [{ tier: 'CHILD', name: 'C', amountCents: 1 }] },
      { prices: [{ tier: 'ADULT', name: 'A', amountCents: -1 }] },
      {
        prices: [
          { tier: 'ADULT', name: 'A', amountCents: 1 },
          { tier: 'CHILD', name: 'C', amountCents: 1 },
          { tier: 'CHILD', name: 'D', amountCents: 1 },
        ],
      },
      {
        prices: [
          { tier: 'ADULT', name: 'A', amountCents: 1 },
          { tier: 'CUSTOM', name: 'S', amountCents: 1 },
        ],
      },
      {
        prices: [
          { tier: 'ADULT', name: 'A', amountCents: 1 },
          { tier: 'CUSTOM', name: 'S', amountCents: 1, slug: 'x' },
          { tier: 'CUSTOM', name: 'T', amountCents: 1, slug: 'x' },
        ],
      },
      {
        schedule: {
          operatingDays: ['Monday'],
          startTime: '18:00',
          endTime: '09:00',
          slotInterval: 60,
          advanceBooking: 3,
        },
      },
      {
        schedule: {
          operatingDays: ['Monday'],
          startTime: '09:00',
          endTime: '18:00',
          slotInterval: 1,
          advanceBooking: 3,
        },
      },
      { minParty: 4, maxParty: 2 },
      { maxParty: 99 },
      { name: '  ' },
    ];
    for (const override of bad) {
      const res = await admin(CREATE_ACTIVITY, { input: activityInput(venueId, override) });
      assert.equal(errorCode(res), 'BAD_USER_INPUT', JSON.stringify(override));
    }
    assert.equal((await admin(`{ activities { id } }`)).data!.activities.length, before);
  });
});

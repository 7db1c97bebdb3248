import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { startStripeStandIn, type StripeStandIn } from '../support/stripe-stand-in.ts';
import { activityInput, CREATE_VENUE, makeOrganization } from './fixtures.ts';

const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) {
  activity { id schedule { bookingMode } prices { tier name amountCents per lookupKey stripePriceId active } } } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityUpdateInput!) { updateActivity(id: $id, input: $input) {
  activity { schedule { bookingMode } prices { per lookupKey active } } } }`;
const WIDGET = `query($id: ID) { widgetConfig(activityId: $id) { activities { schedule { bookingMode }
  prices { name amountCents per } } } }`;

/** Issue 22 through the admin API: settings.bookingMode and prices per PERSON or GROUP, mirrored to Stripe. */
describe('private activities and group prices (admin API)', () => {
  let app: TestApp;
  let stripe: StripeStandIn;
  let org: { id: string; key: string };
  let venueId: string;
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: org.key });

  before(async () => {
    stripe = await startStripeStandIn();
    app = await startTestApp({
      now: () => new Date('2030-01-15T12:00:00Z'),
      config: { STRIPE_SECRET_KEY: 'sk_test_group', STRIPE_WEBHOOK_SECRET: 'whsec_group', STRIPE_API_URL: stripe.url },
    });
    org = await makeOrganization(app.services.db, 'Rooms Org');
    const venue = await admin(CREATE_VENUE, {
      input: { name: 'Locked In', timezone: 'Europe/Madrid', currency: 'eur' },
    });
    venueId = venue.data!.createVenue.id;
  });
  after(async () => {
    await app.stop();
    await stripe.close();
  });

  it('should save a private room with a group price under its own lookup key and Stripe price', async () => {
    const base = activityInput(venueId);
    const res = await admin(CREATE, {
      input: {
        ...base,
        name: 'The Vault',
        schedule: { ...base.schedule, bookingMode: 'PRIVATE' },
        prices: [
          { tier: 'ADULT', name: 'Per player', amountCents: 3000 },
          { tier: 'CUSTOM', name: 'Up to 6 players', amountCents: 15000, slug: 'room', per: 'GROUP' },
        ],
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { activity } = res.data!.createActivity;
    assert.equal(activity.schedule.bookingMode, 'PRIVATE');
    const group = activity.prices.find((p: { per: string }) => p.per === 'GROUP');
    assert.equal(group.lookupKey, `activity_${activity.id}_custom_room_group`);
    const person = activity.prices.find((p: { per: string }) => p.per === 'PERSON');
    assert.equal(person.lookupKey, `activity_${activity.id}_adult`);
    const stripePrice = stripe.prices.get(group.stripePriceId)!;
    assert.equal(stripePrice.unit_amount, 15000);
    assert.equal(stripePrice.lookup_key, group.lookupKey);
    assert.equal(stripePrice.metadata.per, 'group');

    const widget = await gql(app.url, WIDGET, { id: activity.id });
    const shown = widget.data!.widgetConfig.activities[0];
    assert.equal(shown.schedule.bookingMode, 'PRIVATE');
    assert.deepEqual(
      shown.prices.map((p: { per: string }) => p.per),
      ['PERSON', 'GROUP'],
    );

    // Per person again: a new price row and Stripe price; the group one is retired, never repriced in place.
    const updated = await admin(UPDATE, {
      id: activity.id,
      input: {
        schedule: { ...base.schedule, bookingMode: 'SHARED' },
        prices: [
          { tier: 'ADULT', name: 'Per player', amountCents: 3000 },
          { tier: 'CUSTOM', name: 'Room', amountCents: 15000, slug: 'room' },
        ],
      },
    });
    assert.equal(updated.errors, undefined, JSON.stringify(updated.errors));
    const after = updated.data!.updateActivity.activity;
    assert.equal(after.schedule.bookingMode, 'SHARED');
    const byKey = new Map(after.prices.map((p: { lookupKey: string; active: boolean }) => [p.lookupKey, p.active]));
    assert.equal(byKey.get(`activity_${activity.id}_custom_room_group`), false);
    assert.equal(byKey.get(`activity_${activity.id}_custom_room`), true);
  });

  it('should keep the booking mode when a schedule update leaves it out (an older form)', async () => {
    const base = activityInput(venueId);
    const res = await admin(CREATE, {
      input: { ...base, name: 'Private Attic', schedule: { ...base.schedule, bookingMode: 'PRIVATE' } },
    });
    const id = res.data!.createActivity.activity.id;
    const updated = await admin(UPDATE, { id, input: { schedule: base.schedule } });
    assert.equal(updated.errors, undefined, JSON.stringify(updated.errors));
    assert.equal(updated.data!.updateActivity.activity.schedule.bookingMode, 'PRIVATE');
  });
});

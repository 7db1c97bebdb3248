import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { CREATE_VENUE, makeBooking, makeCatalog, makeOrganization } from './fixtures.ts';

const VENUE = `query($id: ID!) { venue(id: $id) { name timezone currency allowedOrigins waiverUrl embedKey theme {
  mode accentColor radiusPx fontFamily } } }`;

describe('venues through the admin API', () => {
  let app: TestApp;
  let org: { id: string; key: string };
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: org.key });

  before(async () => {
    app = await startTestApp();
    org = await makeOrganization(app.services.db, 'Venues Org');
  });
  after(() => app.stop());

  it('should create a venue with normalised currency and origins and a random embed key', async () => {
    const res = await admin(CREATE_VENUE, {
      input: {
        name: 'Harbour',
        timezone: 'Europe/Lisbon',
        currency: 'eur',
        allowedOrigins: ['HTTPS://Shop.Example/', 'http://localhost:*', 'https://*.shop.example'],
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const v = res.data!.createVenue;
    assert.equal(v.currency, 'EUR');
    assert.deepEqual(v.allowedOrigins, ['https://shop.example', 'http://localhost:*', 'https://*.shop.example']);
    assert.match(v.embedKey, /^[0-9a-f]{24}$/);
  });

  it('should refuse bad venue input with BAD_USER_INPUT', async () => {
    const base = { name: 'X', timezone: 'UTC', currency: 'USD' };
    for (const input of [
      { ...base, timezone: 'Mars/Olympus' },
      { ...base, currency: 'XX' },
      { ...base, currency: 'ABC' },
      { ...base, allowedOrigins: ['*'] },
      { ...base, allowedOrigins: ['https://*'] },
      { ...base, allowedOrigins: ['https://*.com'] },
      { ...base, allowedOrigins: ['https://shop.*.example'] },
      { ...base, allowedOrigins: ['https://shop.example/path'] },
      { ...base, allowedOrigins: ['javascript:alert(1)'] },
      { ...base, theme: { accentColor: '#fff' } },
      { ...base, theme: { fontFamily: 'x; background: red' } },
      { ...base, waiverUrl: 'ftp://x.example' },
      { ...base, embedKey: 'NO SPACES' },
      { ...base, name: '' },
    ]) {
      assert.equal(errorCode(await admin(CREATE_VENUE, { input })), 'BAD_USER_INPUT', JSON.stringify(input));
    }
    assert.equal((await admin(`{ venues { id } }`)).data!.venues.length, 1);
  });

  it('should refuse an embed key another organization already uses, without saying whose', async () => {
    const other = await makeOrganization(app.services.db, 'Other Org');
    await gql(
      app.url,
      CREATE_VENUE,
      { input: { name: 'Theirs', timezone: 'UTC', currency: 'USD', embedKey: 'taken-key-1' } },
      { apiKey: other.key },
    );
    const res = await admin(CREATE_VENUE, {
      input: { name: 'Mine', timezone: 'UTC', currency: 'USD', embedKey: 'taken-key-1' },
    });
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
  });

  it('should update only the given fields and merge the theme', async () => {
    const id = (
      await admin(CREATE_VENUE, {
        input: { name: 'Theme', timezone: 'UTC', currency: 'USD', theme: { mode: 'dark', accentColor: '112233' } },
      })
    ).data!.createVenue.id;
    const res = await admin(
      `mutation($id: ID!) { updateVenue(id: $id, input: { theme: { radiusPx: 4 }, waiverUrl: "https://w.example/waiver" }) { id } }`,
      { id },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const v = (await admin(VENUE, { id })).data!.venue;
    assert.deepEqual(v.theme, { mode: 'dark', accentColor: '112233', radiusPx: 4, fontFamily: null });
    assert.equal(v.name, 'Theme');
    assert.equal(v.waiverUrl, 'https://w.example/waiver');
  });

  it('should rotate the embed key so the old one no longer opens the widget', async () => {
    const { venueId, embedKey } = await makeCatalog(app.url, org.key, 'Rotating');
    const res = await admin(`mutation($id: ID!) { rotateEmbedKey(venueId: $id) { embedKey } }`, { id: venueId });
    const fresh = res.data!.rotateEmbedKey.embedKey;
    assert.notEqual(fresh, embedKey);
    const widget = `query($k: String) { widgetConfig(embedKey: $k) { venue { name } } }`;
    assert.equal(errorCode(await gql(app.url, widget, { k: embedKey })), 'NOT_FOUND');
    assert.equal((await gql(app.url, widget, { k: fresh })).data!.widgetConfig.venue.name, 'Rotating');
  });

  it('should delete a venue without bookings and refuse one with bookings', async () => {
    const empty = await makeCatalog(app.url, org.key, 'Empty');
    assert.deepEqual((await admin(`mutation($id: ID!) { deleteVenue(id: $id) }`, { id: empty.venueId })).data, {
      deleteVenue: true,
    });
    assert.equal(errorCode(await admin(VENUE, { id: empty.venueId })), 'NOT_FOUND');
    const booked = await makeCatalog(app.url, org.key, 'Booked');
    await makeBooking(app.services.db, org.id, booked.activityId);
    assert.equal(
      errorCode(await admin(`mutation($id: ID!) { deleteVenue(id: $id) }`, { id: booked.venueId })),
      'BAD_USER_INPUT',
    );
    assert.equal((await admin(VENUE, { id: booked.venueId })).data!.venue.name, 'Booked');
  });

  it('should rename the organization', async () => {
    const res = await admin(`mutation { updateOrganization(name: "Renamed Org") { name } }`);
    assert.deepEqual(res.data, { updateOrganization: { name: 'Renamed Org' } });
    assert.equal(errorCode(await admin(`mutation { updateOrganization(name: " ") { name } }`)), 'BAD_USER_INPUT');
  });
});

describe('venues through the admin API under NODE_ENV=production', () => {
  let app: TestApp;
  let org: { id: string; key: string };
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: org.key });
  const UPDATE = `mutation($id: ID!, $input: VenueUpdateInput!) { updateVenue(id: $id, input: $input) {
    allowedOrigins } }`;

  before(async () => {
    // A Stripe key only to pass production's start checks: these tests never reach Stripe.
    app = await startTestApp({
      config: { NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_test_unused', STRIPE_WEBHOOK_SECRET: 'whsec_unused' },
    });
    org = await makeOrganization(app.services.db, 'Production Org');
  });
  after(() => app.stop());

  it('should refuse local development origins on create and update, and accept public ones', async () => {
    const base = { name: 'Live', timezone: 'UTC', currency: 'USD' };
    for (const origin of [
      'http://localhost:*',
      'http://localhost:5173',
      'http://127.0.0.1:8080',
      'http://[::1]:3000',
      'http://shop.localhost',
    ]) {
      const res = await admin(CREATE_VENUE, { input: { ...base, allowedOrigins: ['https://shop.example', origin] } });
      assert.equal(errorCode(res), 'BAD_USER_INPUT', origin);
      assert.equal(res.errors![0]!.extensions!.field, 'allowedOrigins');
    }
    const created = await admin(CREATE_VENUE, { input: { ...base, allowedOrigins: ['https://shop.example'] } });
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const id = created.data!.createVenue.id;
    assert.equal(
      errorCode(await admin(UPDATE, { id, input: { allowedOrigins: ['http://localhost:*'] } })),
      'BAD_USER_INPUT',
    );
    const updated = await admin(UPDATE, { id, input: { allowedOrigins: ['https://*.shop.example'] } });
    assert.deepEqual(updated.data!.updateVenue.allowedOrigins, ['https://*.shop.example']);
  });
});

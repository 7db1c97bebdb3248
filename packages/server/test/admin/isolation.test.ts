import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activitySessions } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { makeBooking, makeCatalog, makeOrganization, activityInput } from './fixtures.ts';

describe('admin API organization isolation', () => {
  let app: TestApp;
  let a: { id: string; key: string };
  let b: { id: string; key: string };
  let bCatalog: Awaited<ReturnType<typeof makeCatalog>>;
  let aCatalog: Awaited<ReturnType<typeof makeCatalog>>;
  let bBooking: { id: string; bookingNumber: string };
  let bKeyId: string;

  before(async () => {
    app = await startTestApp();
    a = await makeOrganization(app.services.db, 'Org A');
    b = await makeOrganization(app.services.db, 'Org B');
    aCatalog = await makeCatalog(app.url, a.key, 'A Venue');
    bCatalog = await makeCatalog(app.url, b.key, 'B Venue');
    await makeBooking(app.services.db, a.id, aCatalog.activityId);
    bBooking = await makeBooking(app.services.db, b.id, bCatalog.activityId);
    const keys = await gql(app.url, `{ apiKeys { id } }`, {}, { apiKey: b.key });
    bKeyId = keys.data!.apiKeys[0].id;
  });
  after(() => app.stop());

  const asA = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: a.key });

  it("should answer NOT_FOUND for every query naming another organization's ids", async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { venue(id: $id) { id } }`, { id: bCatalog.venueId }],
      [`query($id: ID!) { activity(id: $id) { id } }`, { id: bCatalog.activityId }],
      [`query($id: ID!) { activities(venueId: $id) { id } }`, { id: bCatalog.venueId }],
      [`query($id: ID) { booking(id: $id) { id } }`, { id: bBooking.id }],
      [`query($n: String) { booking(bookingNumber: $n) { id } }`, { n: bBooking.bookingNumber }],
      [`query($id: ID) { weeklyBookingsTrend(venueId: $id) { date } }`, { id: bCatalog.venueId }],
    ];
    for (const [query, variables] of cases) {
      const res = await asA(query, variables);
      assert.equal(errorCode(res), 'NOT_FOUND', `${query} → ${JSON.stringify(res)}`);
      assert.ok(res.data === null || Object.values(res.data!).every((v) => v === null), `${query} leaked data`);
    }
  });

  it("should answer NOT_FOUND for every mutation naming another organization's ids and change nothing", async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: bKeyId }],
      [`mutation($id: ID!) { updateVenue(id: $id, input: { name: "hijacked" }) { id } }`, { id: bCatalog.venueId }],
      [`mutation($id: ID!) { deleteVenue(id: $id) }`, { id: bCatalog.venueId }],
      [`mutation($id: ID!) { rotateEmbedKey(venueId: $id) { id } }`, { id: bCatalog.venueId }],
      [
        `mutation($input: ActivityInput!) { createActivity(input: $input) { activity { id } } }`,
        { input: activityInput(bCatalog.venueId) },
      ],
      [
        `mutation($id: ID!) { updateActivity(id: $id, input: { name: "hijacked" }) { activity { id } } }`,
        { id: bCatalog.activityId },
      ],
      [`mutation($id: ID!) { archiveActivity(id: $id) { id } }`, { id: bCatalog.activityId }],
    ];
    for (const [query, variables] of cases) {
      const res = await asA(query, variables);
      assert.equal(errorCode(res), 'NOT_FOUND', `${query} → ${JSON.stringify(res)}`);
    }
    const bView = await gql(
      app.url,
      `query($id: ID!) { venue(id: $id) { name embedKey activities { name status } } }`,
      { id: bCatalog.venueId },
      { apiKey: b.key },
    );
    assert.deepEqual(bView.data!.venue, {
      name: 'B Venue',
      embedKey: bCatalog.embedKey,
      activities: [{ name: 'Sunset Kayak', status: 'ACTIVE' }],
    });
    const bKeys = await gql(app.url, `{ apiKeys { revokedAt } }`, {}, { apiKey: b.key });
    assert.deepEqual(bKeys.data!.apiKeys, [{ revokedAt: null }]);
  });

  it(
    "should refuse the schedule and payment operations on another organization's activity, " + 'session and booking',
    async () => {
      const [bSession] = await app.services.db
        .select()
        .from(activitySessions)
        .where(eq(activitySessions.activityId, bCatalog.activityId))
        .limit(1);
      const date = bSession!.localDate;
      const cases: Array<[string, Record<string, unknown>]> = [
        [
          `query($id: ID!, $d: Date!) { sessions(activityId: $id, from: $d, to: $d) { id } }`,
          { id: bCatalog.activityId, d: date },
        ],
        [
          `mutation($id: ID!, $d: Date!) { generateSessions(activityId: $id, from: $d, days: 5) { created } }`,
          { id: bCatalog.activityId, d: date },
        ],
        [
          `mutation($id: ID!, $d: Date!) { blockDate(activityId: $id, date: $d, force: true) { blocked } }`,
          { id: bCatalog.activityId, d: date },
        ],
        [`mutation($id: ID!) { cancelSession(id: $id, refund: true) { session { id } } }`, { id: bSession!.id }],
        [`mutation($id: ID!) { cancelBooking(id: $id, refund: true) { id } }`, { id: bBooking.id }],
      ];
      for (const [query, variables] of cases) {
        const res = await asA(query, variables);
        assert.ok(['NOT_FOUND', 'FORBIDDEN'].includes(errorCode(res) ?? ''), `${query} → ${JSON.stringify(res)}`);
      }
      const [after] = await app.services.db
        .select()
        .from(activitySessions)
        .where(eq(activitySessions.id, bSession!.id));
      assert.equal(after!.status, 'open');
      const bBookingNow = await gql(
        app.url,
        `query($id: ID) { booking(id: $id) { status } }`,
        { id: bBooking.id },
        { apiKey: b.key },
      );
      assert.equal(bBookingNow.data!.booking.status, 'CONFIRMED');
      const health = await asA(`{ capacityHealth { sessionsChecked } }`);
      const own = await app.services.db
        .select()
        .from(activitySessions)
        .where(eq(activitySessions.organizationId, a.id));
      assert.equal(health.data!.capacityHealth.sessionsChecked, own.length);
    },
  );

  it('should list only the own organization in every collection', async () => {
    const res = await asA(`{ organization { id name } apiKeys { id } venues { id activities { id } }
      activities { id } bookings { totalCount nodes { id } } upcomingBookings { id } weeklyBookingsTrend {
        bookings } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const d = res.data!;
    assert.deepEqual(d.organization, { id: a.id, name: 'Org A' });
    assert.equal(d.apiKeys.length, 1);
    assert.deepEqual(
      d.venues.map((v: { id: string }) => v.id),
      [aCatalog.venueId],
    );
    assert.deepEqual(
      d.activities.map((v: { id: string }) => v.id),
      [aCatalog.activityId],
    );
    assert.equal(d.bookings.totalCount, 1);
    assert.notEqual(d.bookings.nodes[0].id, bBooking.id);
    assert.ok(d.upcomingBookings.every((x: { id: string }) => x.id !== bBooking.id));
    const filtered = await asA(`query($id: ID) { bookings(filter: { activityId: $id }) { totalCount } }`, {
      id: bCatalog.activityId,
    });
    assert.equal(filtered.data!.bookings.totalCount, 0);
  });

  it('should answer UNAUTHENTICATED to a public caller on every admin field', async () => {
    for (const query of [
      `{ organization { id } }`,
      `{ apiKeys { id } }`,
      `{ venues { id } }`,
      `{ activities { id } }`,
      `{ bookings { totalCount } }`,
      `{ upcomingBookings { id } }`,
      `{ weeklyBookingsTrend { date } }`,
      `mutation { createApiKey(label: "x") { secret } }`,
      `mutation { updateOrganization(name: "x") { id } }`,
    ]) {
      assert.equal(errorCode(await gql(app.url, query)), 'UNAUTHENTICATED', query);
    }
  });

  it('should show a new key once, accept it, and refuse it with UNAUTHENTICATED once revoked', async () => {
    const created = await asA(`mutation { createApiKey(label: "ci") { secret apiKey { id label revokedAt } } }`);
    const { secret, apiKey } = created.data!.createApiKey;
    assert.match(secret, /^slk_/);
    assert.deepEqual((await gql(app.url, `{ organization { id } }`, {}, { apiKey: secret })).data!.organization, {
      id: a.id,
    });
    const listed = await asA(`{ apiKeys { id label } }`);
    assert.ok(!JSON.stringify(listed.data).includes(secret), 'the secret is never listed');
    const revoked = await asA(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: apiKey.id });
    assert.ok(revoked.data!.revokeApiKey.revokedAt);
    const refused = await gql(app.url, `{ organization { id } }`, {}, { apiKey: secret });
    assert.equal(errorCode(refused), 'UNAUTHENTICATED');
    assert.equal(refused.status, 401);
  });
});

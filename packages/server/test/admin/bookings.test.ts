import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { bookings } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { makeBooking, makeCatalog, makeOrganization } from './fixtures.ts';

// 07:00 on Jan 15 in Berlin, the venue's timezone (fixtures.ts): every session lies ahead.
const NOW = new Date('2030-01-15T06:00:00Z');

describe('bookings and the dashboard through the admin API', () => {
  let app: TestApp;
  let org: { id: string; key: string };
  let catalog: Awaited<ReturnType<typeof makeCatalog>>;
  const made: Array<{ id: string; bookingNumber: string }> = [];
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: org.key });

  before(async () => {
    app = await startTestApp({ now: () => NOW });
    org = await makeOrganization(app.services.db, 'Bookings Org');
    catalog = await makeCatalog(app.url, org.key, 'Booking Venue');
    // Seven bookings, all made in the same instant (the cursor must still page them exactly).
    const sameInstant = new Date('2030-01-15T05:00:00.123456Z');
    for (let i = 0; i < 7; i++)
      made.push(await makeBooking(app.services.db, org.id, catalog.activityId, { createdAt: sameInstant }));
    await app.services.db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, made[6]!.id));
  });
  after(() => app.stop());

  it('should page through every booking exactly once with an opaque cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await admin(
        `query($after: String) { bookings(first: 3, after: $after) { totalCount pageInfo {
          endCursor hasNextPage } nodes { id } } }`,
        { after },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const page = res.data.bookings;
      assert.equal(page.totalCount, 7);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.equal(pages, 3);
    assert.equal(new Set(seen).size, 7);
    assert.deepEqual(new Set(seen), new Set(made.map((b) => b.id)));
  });

  it('should filter by status, date range, activity and venue', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await admin(`query($f: BookingFilter) { bookings(filter: $f) { totalCount } }`, { f: filter })).data!.bookings
        .totalCount;
    assert.equal(await count({ status: 'CONFIRMED' }), 6);
    assert.equal(await count({ status: 'CANCELLED' }), 1);
    assert.equal(
      await count({ from: '2030-01-15', to: '2030-01-15' }),
      7,
      'the first session is on the 15th, venue-local',
    );
    assert.equal(await count({ from: '2030-01-16' }), 0);
    assert.equal(await count({ activityId: catalog.activityId, venueId: catalog.venueId }), 7);
    assert.equal(await count({ activityId: '00000000-0000-0000-0000-000000000000' }), 0);
  });

  it('should find one booking by id or booking number with its customer, session and line items', async () => {
    const q = `query($id: ID, $n: String) { booking(id: $id, bookingNumber: $n) {
      id bookingNumber activityName customer { email } lineItems { tier quantity totalCents } session {
      localDate localStartTime confirmedCount capacityTotal } } }`;
    const byNumber = (await admin(q, { n: made[0]!.bookingNumber })).data!.booking;
    assert.equal(byNumber.id, made[0]!.id);
    assert.equal(byNumber.activityName, 'Sunset Kayak');
    assert.deepEqual(byNumber.lineItems, [{ tier: 'ADULT', quantity: 2, totalCents: 8000 }]);
    assert.deepEqual(byNumber.session, {
      localDate: '2030-01-15',
      localStartTime: '09:00',
      confirmedCount: 14,
      capacityTotal: 6,
    });
    assert.equal((await admin(q, { id: made[1]!.id })).data!.booking.bookingNumber, made[1]!.bookingNumber);
    assert.equal(errorCode(await admin(q, { id: made[0]!.id, n: made[0]!.bookingNumber })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await admin(q, { n: 'NOPE' })), 'NOT_FOUND');
  });

  it('should refuse a forged cursor and page sizes outside 1..100', async () => {
    const q = `query($after: String, $first: Int) { bookings(first: $first, after: $after) { totalCount } }`;
    assert.equal(errorCode(await admin(q, { after: 'bm90LWEtY3Vyc29y' })), 'BAD_USER_INPUT');
    assert.equal(
      errorCode(
        await admin(q, { after: Buffer.from(JSON.stringify(["x'; drop table bookings", 'y'])).toString('base64url') }),
      ),
      'BAD_USER_INPUT',
    );
    assert.equal(errorCode(await admin(q, { first: 0 })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await admin(q, { first: 101 })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await admin(`{ upcomingBookings(limit: 101) { id } }`)), 'BAD_USER_INPUT');
  });

  it('should list upcoming confirmed bookings soonest first', async () => {
    const res = await admin(`{ upcomingBookings(limit: 4) { id status session { startsAt } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const list = res.data!.upcomingBookings;
    assert.equal(list.length, 4);
    assert.ok(list.every((b: { status: string }) => b.status === 'CONFIRMED'));
  });

  it(
    'should give a zero-filled 7-day trend of confirmed bookings by venue-local creation day, ' + 'oldest first',
    async () => {
      // 23:30 UTC on Jan 12 is already Jan 13 in Berlin; Jan 8 is outside the window.
      await makeBooking(app.services.db, org.id, catalog.activityId, {
        createdAt: new Date('2030-01-12T23:30:00Z'),
        totalCents: 1000,
      });
      await makeBooking(app.services.db, org.id, catalog.activityId, {
        createdAt: new Date('2030-01-08T12:00:00Z'),
        totalCents: 1000,
      });
      const res = await admin(`query($v: ID) { weeklyBookingsTrend(venueId: $v) { date bookings revenueCents } }`, {
        v: catalog.venueId,
      });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data!.weeklyBookingsTrend, [
        { date: '2030-01-09', bookings: 0, revenueCents: 0 },
        { date: '2030-01-10', bookings: 0, revenueCents: 0 },
        { date: '2030-01-11', bookings: 0, revenueCents: 0 },
        { date: '2030-01-12', bookings: 0, revenueCents: 0 },
        { date: '2030-01-13', bookings: 1, revenueCents: 1000 },
        { date: '2030-01-14', bookings: 0, revenueCents: 0 },
        { date: '2030-01-15', bookings: 6, revenueCents: 48000 },
      ]);
      const orgWide = await admin(`{ weeklyBookingsTrend { date bookings } }`);
      assert.deepEqual(
        orgWide.data!.weeklyBookingsTrend.map((d: { bookings: number }) => d.bookings),
        [0, 0, 0, 0, 1, 0, 6],
      );
    },
  );
});

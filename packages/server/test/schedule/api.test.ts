import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activities, activitySessions, bookings, slotReservations } from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { makeOrganization } from '../admin/fixtures.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { MONDAY_8AM_NY, reserve, sessionsOn, testClock } from './fixtures.ts';

const CALENDAR = `query($id: ID!, $from: Date!, $to: Date!) { calendar(activityId: $id, from: $from, to: $to) {
  date status hasCustomHours } }`;
const AVAILABILITY = `query($id: ID!, $date: Date!) { availability(activityId: $id, date: $date) {
  id startsAt endsAt localStartTime capacityTotal capacityRemaining } }`;
const BLOCK = `mutation($id: ID!, $date: Date!, $force: Boolean) {
  blockDate(activityId: $id, date: $date, reason: "Private event", force: $force) { blocked closedSessions bookings {
  id bookingNumber status } } }`;
const CANCEL = `mutation($id: ID!, $refund: Boolean) { cancelSession(id: $id, refund: $refund) { session {
  id status capacityRemaining heldCount confirmedCount } affectedBookings { id status } } }`;
const SESSIONS = `query($id: ID!, $from: Date!, $to: Date!) { sessions(activityId: $id, from: $from, to: $to) {
  id localDate localStartTime status capacityRemaining heldCount confirmedCount } }`;
const GENERATE = `mutation($id: ID!, $from: Date!, $days: Int!) {
  generateSessions(activityId: $id, from: $from, days: $days) { created existing } }`;

describe('schedule API', () => {
  let app: TestApp;
  let adminKey: string;
  let library: string;
  let walk: string;
  const clock = testClock(MONDAY_8AM_NY);
  before(async () => {
    app = await startTestApp({ now: clock.now });
    const seed = await seedDemo(app.services.db, { publicOrigin: app.url, now: MONDAY_8AM_NY });
    adminKey = seed.adminKey!;
    [library, walk] = seed.activityIds as [string, string];
  });
  after(() => app.stop());
  const db = () => app.services.db;
  const admin = (query: string, variables: Record<string, unknown>) =>
    gql(app.url, query, variables, { apiKey: adminKey });

  it("should list a day's sessions in venue-local and ISO times, dropping the ones already started", async () => {
    const res = await gql(app.url, AVAILABILITY, { id: library, date: '2026-06-02' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const slots = res.data!.availability;
    assert.doesNotMatch(res.headers.get('cache-control') ?? 'no-store', /max-age=[1-9]/, 'seats change: never cached');
    assert.deepEqual(
      slots.map((s: { localStartTime: string }) => s.localStartTime),
      ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30', '19:00', '20:30'],
    );
    assert.deepEqual(slots[0], {
      ...slots[0],
      startsAt: '2026-06-02T14:00:00.000Z',
      endsAt: '2026-06-02T15:00:00.000Z',
      capacityTotal: 8,
      capacityRemaining: 8,
    });
    clock.set(new Date('2026-06-01T21:00:00Z')); // 17:00 in New York
    try {
      const today = await gql(app.url, AVAILABILITY, { id: library, date: '2026-06-01' });
      assert.deepEqual(
        today.data!.availability.map((s: { localStartTime: string }) => s.localStartTime),
        ['17:30', '19:00', '20:30'],
      );
    } finally {
      clock.set(MONDAY_8AM_NY);
    }
  });

  it('should show remaining capacity after a hold, and NOT_FOUND for an unknown activity', async () => {
    const [first] = await sessionsOn(db(), library, '2026-06-03');
    await reserve(db(), first!, { status: 'held', partySize: 3 });
    const res = await gql(app.url, AVAILABILITY, { id: library, date: '2026-06-03' });
    assert.equal(res.data!.availability[0].capacityRemaining, 5);
    assert.equal(
      errorCode(await gql(app.url, AVAILABILITY, { id: '00000000-0000-4000-8000-000000000000', date: '2026-06-03' })),
      'NOT_FOUND',
    );
  });

  it(
    'should give each calendar day its status: past and beyond advanceBooking CLOSED, ' +
      'non-operating CLOSED, custom hours flagged',
    async () => {
      const res = await gql(app.url, CALENDAR, { id: walk, from: '2026-05-30', to: '2026-07-02' });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const days = new Map(res.data!.calendar.map((d: { date: string }) => [d.date, d]));
      assert.equal(days.size, 34);
      assert.equal((days.get('2026-05-31') as { status: string }).status, 'CLOSED', 'past');
      assert.equal(
        (days.get('2026-06-01') as { status: string }).status,
        'CLOSED',
        'Monday: the walk runs Thursday–Sunday',
      );
      assert.equal((days.get('2026-06-04') as { status: string }).status, 'AVAILABLE');
      assert.equal((days.get('2026-06-30') as { status: string }).status, 'CLOSED', 'not an operating day');
      assert.equal(
        (days.get('2026-07-02') as { status: string }).status,
        'CLOSED',
        'beyond 30 days of advance booking',
      );
      const lib = await gql(app.url, CALENDAR, { id: library, from: '2026-06-01', to: '2026-06-02' });
      assert.deepEqual(lib.data!.calendar, [
        { date: '2026-06-01', status: 'AVAILABLE', hasCustomHours: true },
        { date: '2026-06-02', status: 'AVAILABLE', hasCustomHours: false },
      ]);
    },
  );

  it('should call a day whose open sessions are all full SOLD_OUT', async () => {
    await db()
      .update(activitySessions)
      .set({ capacityRemaining: 0 })
      .where(eq(activitySessions.localDate, '2026-06-11'));
    const res = await gql(app.url, CALENDAR, { id: library, from: '2026-06-11', to: '2026-06-11' });
    assert.equal(res.data!.calendar[0].status, 'SOLD_OUT');
    await db()
      .update(activitySessions)
      .set({ capacityRemaining: 8 })
      .where(eq(activitySessions.localDate, '2026-06-11'));
  });

  it('should refuse a calendar range that is reversed or longer than 93 days, and an unknown activity', async () => {
    assert.equal(
      errorCode(await gql(app.url, CALENDAR, { id: library, from: '2026-06-10', to: '2026-06-01' })),
      'BAD_USER_INPUT',
    );
    assert.equal(
      errorCode(await gql(app.url, CALENDAR, { id: library, from: '2026-06-01', to: '2026-09-02' })),
      'BAD_USER_INPUT',
    );
    assert.equal(
      errorCode(
        await gql(app.url, CALENDAR, {
          id: '00000000-0000-4000-8000-000000000000',
          from: '2026-06-01',
          to: '2026-06-02',
        }),
      ),
      'NOT_FOUND',
    );
  });

  it('should block a date without bookings: its sessions close and the calendar says BLOCKED', async () => {
    const res = await admin(BLOCK, { id: library, date: '2026-06-09' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!.blockDate, { blocked: true, closedSessions: 8, bookings: [] });
    assert.ok((await sessionsOn(db(), library, '2026-06-09')).every((s) => s.status === 'closed'));
    const cal = await gql(app.url, CALENDAR, { id: library, from: '2026-06-09', to: '2026-06-09' });
    assert.equal(cal.data!.calendar[0].status, 'BLOCKED');
    assert.deepEqual((await gql(app.url, AVAILABILITY, { id: library, date: '2026-06-09' })).data!.availability, []);
    const [row] = await db().select().from(activities).where(eq(activities.id, library));
    assert.ok((row!.settings.blockedDates as { date: string }[]).some((b) => b.date === '2026-06-09'));
  });

  it('should refuse to block a date with bookings unless forced, listing the bookings', async () => {
    const [session] = await sessionsOn(db(), library, '2026-06-10');
    const { booking } = await reserve(db(), session!, { status: 'confirmed', booked: true });
    const refused = await admin(BLOCK, { id: library, date: '2026-06-10' });
    assert.deepEqual(refused.data!.blockDate, {
      blocked: false,
      closedSessions: 0,
      bookings: [{ id: booking!.id, bookingNumber: booking!.bookingNumber, status: 'CONFIRMED' }],
    });
    assert.ok(
      (await sessionsOn(db(), library, '2026-06-10')).every((s) => s.status === 'open'),
      'nothing changed',
    );
    const forced = await admin(BLOCK, { id: library, date: '2026-06-10', force: true });
    assert.equal(forced.data!.blockDate.blocked, true);
    assert.equal(forced.data!.blockDate.closedSessions, 8);
    assert.equal(forced.data!.blockDate.bookings.length, 1);
    const [kept] = await db().select().from(bookings).where(eq(bookings.id, booking!.id));
    assert.equal(kept!.status, 'confirmed', 'blocking stops sales; it cancels nothing');
  });

  it('should cancel a session: holds released with their seats, bookings cancelled and reported', async () => {
    const [session] = await sessionsOn(db(), library, '2026-06-12');
    const { reservation: hold } = await reserve(db(), session!, { status: 'held', partySize: 2 });
    const { booking } = await reserve(db(), session!, { status: 'confirmed', partySize: 3, booked: true });
    const res = await admin(CANCEL, { id: session!.id, refund: false });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const out = res.data!.cancelSession;
    assert.equal(out.session.status, 'CANCELLED');
    assert.equal(out.session.heldCount, 0);
    assert.equal(out.session.capacityRemaining, 8, 'the hold and the cancelled booking gave their seats back');
    assert.deepEqual(out.affectedBookings, [{ id: booking!.id, status: 'CANCELLED' }]);
    const [r] = await db().select().from(slotReservations).where(eq(slotReservations.id, hold.id));
    assert.equal(r!.status, 'released');
    const avail = await gql(app.url, AVAILABILITY, { id: library, date: '2026-06-12' });
    assert.equal(
      avail.data!.availability.some((s: { id: string }) => s.id === session!.id),
      false,
    );
  });

  it('should list admin sessions with held and confirmed counts', async () => {
    const res = await admin(SESSIONS, { id: library, from: '2026-06-03', to: '2026-06-03' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.sessions.length, 8);
    assert.deepEqual(res.data!.sessions[0], {
      ...res.data!.sessions[0],
      localDate: '2026-06-03',
      localStartTime: '10:00',
      status: 'OPEN',
      capacityRemaining: 5,
      heldCount: 3,
      confirmedCount: 0,
    });
  });

  it('should generate sessions through the admin API idempotently', async () => {
    const first = await admin(GENERATE, { id: walk, from: '2026-08-01', days: 14 });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.ok(first.data!.generateSessions.created > 0);
    const second = await admin(GENERATE, { id: walk, from: '2026-08-01', days: 14 });
    assert.deepEqual(second.data!.generateSessions, { created: 0, existing: first.data!.generateSessions.created });
    assert.equal(errorCode(await admin(GENERATE, { id: walk, from: '2026-08-01', days: 0 })), 'BAD_USER_INPUT');
  });

  it("should keep every admin schedule operation inside the caller's organization", async () => {
    const other = await makeOrganization(db(), 'Other Org');
    const as = (query: string, variables: Record<string, unknown>) =>
      gql(app.url, query, variables, { apiKey: other.key });
    const [session] = await sessionsOn(db(), library, '2026-06-15');
    assert.equal(errorCode(await as(GENERATE, { id: library, from: '2026-06-01', days: 1 })), 'NOT_FOUND');
    assert.equal(errorCode(await as(BLOCK, { id: library, date: '2026-06-15', force: true })), 'NOT_FOUND');
    assert.equal(errorCode(await as(CANCEL, { id: session!.id })), 'NOT_FOUND');
    assert.equal(errorCode(await as(SESSIONS, { id: library, from: '2026-06-15', to: '2026-06-15' })), 'NOT_FOUND');
    assert.ok(
      (await sessionsOn(db(), library, '2026-06-15')).every((s) => s.status === 'open'),
      'nothing changed',
    );
    assert.equal(errorCode(await gql(app.url, CANCEL, { id: session!.id })), 'UNAUTHENTICATED');
  });
});

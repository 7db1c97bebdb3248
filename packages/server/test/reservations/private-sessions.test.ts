import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { activities, activitySessions } from '../../src/db/schema/index.ts';
import { confirmReservation } from '../../src/domain/reservations/confirm.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  adults,
  backdateHold,
  capacityRemaining,
  CHECK,
  createActivityFixture,
  createSession,
  RELEASE,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from './fixtures.ts';

const AVAILABILITY = `query($a: ID!, $d: Date!) {
  availability(activityId: $a, date: $d) { id capacityTotal capacityRemaining } }`;
const CALENDAR = `query($a: ID!, $d: Date!) { calendar(activityId: $a, from: $d, to: $d) { date status } }`;

/** settings.bookingMode 'private' (DESIGN §9.4): one booking takes the whole session. */
describe('private sessions', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  let shared: ActivityFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db, { minParty: 2, maxParty: 6 });
    shared = await createActivityFixture(app.services.db, { minParty: 1, maxParty: 6 });
    await app.services.db
      .update(activities)
      .set({ settings: sql`${activities.settings} || '{"bookingMode":"private"}'::jsonb` })
      .where(eq(activities.id, fx.activityId));
  });
  after(() => app.stop());

  const reserve = (input: Record<string, unknown>) => gql(app.url, RESERVE, { input });
  async function localDate(sessionId: string) {
    const [row] = await app.services.db
      .select({ d: activitySessions.localDate })
      .from(activitySessions)
      .where(eq(activitySessions.id, sessionId));
    return row!.d;
  }

  it('should sell the whole session to the first party and show it sold out at once', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const date = await localDate(session);
    const first = await reserve(reserveInput(session, { tickets: adults(3) }));
    assert.equal(first.data!.reserveSlot.__typename, 'Reservation');
    assert.equal(first.data!.reserveSlot.partySize, 3);
    // Seats stay counted per person: the capacity invariant holds as for shared sessions.
    assert.equal(await capacityRemaining(app.services.db, session), 7);
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);

    const day = await gql(app.url, AVAILABILITY, { a: fx.activityId, d: date });
    const slot = day.data!.availability.find((s: { id: string }) => s.id === session);
    assert.equal(slot.capacityRemaining, 0, 'availability shows it sold out');
    const cal = await gql(app.url, CALENDAR, { a: fx.activityId, d: date });
    assert.equal(cal.data!.calendar[0].status, 'SOLD_OUT', 'the calendar shows the day sold out');
    assert.equal((await gql(app.url, CHECK, { s: session, n: 2 })).data!.checkSlotAvailability, false);

    const second = await reserve(reserveInput(session, { tickets: adults(2), email: 'other@example.com' }));
    assert.equal(second.data!.reserveSlot.__typename, 'SlotUnavailable');
    assert.equal(second.data!.reserveSlot.remaining, 0);

    await gql(app.url, RELEASE, { id: first.data!.reserveSlot.id });
    const after = await gql(app.url, AVAILABILITY, { a: fx.activityId, d: date });
    assert.equal(after.data!.availability.find((s: { id: string }) => s.id === session).capacityRemaining, 10);
    const third = await reserve(reserveInput(session, { tickets: adults(2), email: 'third@example.com' }));
    assert.equal(third.data!.reserveSlot.__typename, 'Reservation', 'free again once the hold is released');
  });

  it("should keep the party within the activity's limits", async () => {
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const big = await reserve(reserveInput(session, { tickets: adults(7) }));
    assert.equal(big.data!.reserveSlot.reason, 'PARTY_TOO_LARGE');
    const small = await reserve(reserveInput(session, { tickets: adults(1) }));
    assert.equal(small.data!.reserveSlot.reason, 'PARTY_TOO_SMALL');
  });

  it('should let an ended hold re-acquire a private session only when nobody else took it', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const late = await reserve(reserveInput(session, { tickets: adults(2) }));
    const lateId = late.data!.reserveSlot.id as string;
    await backdateHold(app.services.db, lateId);
    const taker = await reserve(reserveInput(session, { tickets: adults(2), email: 'taker@example.com' }));
    assert.equal(taker.data!.reserveSlot.__typename, 'Reservation', 'the ended hold freed the session');
    // Seats for 2 more are left, but the session is someone else's now: the late payment cannot book it.
    const outcome = await app.services.db.transaction((tx) => confirmReservation(tx, lateId, { wholeSession: true }));
    assert.equal(outcome.kind, 'no-capacity');
  });

  it('should refuse a staff booking into a private session someone holds', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const held = await reserve(reserveInput(session, { tickets: adults(2) }));
    assert.equal(held.data!.reserveSlot.__typename, 'Reservation');
    const manual = await gql(
      app.url,
      `mutation($input: ManualBookingInput!) { createManualBooking(input: $input) { id } }`,
      {
        input: {
          sessionId: session,
          tickets: [{ tier: 'ADULT', quantity: 2 }],
          customer: { name: 'Desk Walk-in', email: 'desk@example.com' },
          payment: 'PAID_OFFLINE',
        },
      },
      { apiKey: fx.apiKey },
    );
    assert.equal(errorCode(manual), 'BAD_USER_INPUT');
    assert.equal(manual.errors![0]!.extensions!.remaining, 0);
  });

  it('should leave shared sessions seat by seat', async () => {
    const session = await createSession(app.services.db, shared, { capacity: 10 });
    for (const email of ['a@example.com', 'b@example.com'])
      assert.equal(
        (await reserve(reserveInput(session, { tickets: adults(2), email }))).data!.reserveSlot.__typename,
        'Reservation',
      );
    const day = await gql(app.url, AVAILABILITY, { a: shared.activityId, d: await localDate(session) });
    assert.equal(day.data!.availability.find((s: { id: string }) => s.id === session).capacityRemaining, 6);
  });
});

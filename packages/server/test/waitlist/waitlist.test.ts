import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { createWaitlistJob, type WaitlistJob } from '../../src/jobs/waitlist-offers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { bookManually, emailsTo, manualInput } from '../changes/fixtures.ts';
import {
  adults,
  backdateHold,
  capacityRemaining,
  createActivityFixture,
  createSession,
  RELEASE,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from '../reservations/fixtures.ts';
import {
  backdateOffer,
  CANCEL_BOOKING,
  entry,
  JOIN,
  join,
  LIST,
  offeredSeats,
  offerTokenOf,
  REMOVE,
  statuses,
  until,
} from './fixtures.ts';

describe('waitlist: join, offers of freed seats, expiry to the next party', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  /** Driven by the tests (sweep only); the app's own job listens for the trigger's wake-ups. */
  let job: WaitlistJob;
  let n = 0;
  before(async () => {
    app = await startTestApp({ holdSweeper: false, waitlist: { intervalMs: 3_600_000 } });
    fx = await createActivityFixture(app.services.db, { maxParty: 6 });
    job = createWaitlistJob({ services: app.services, listen: false });
  });
  after(() => app.stop());

  const db = () => app.services.db;
  const email = () => `w${++n}@example.com`;

  /** A session of `capacity` seats sold out by 1-seat holds; returns the session and the holds' ids. */
  async function soldOutByHolds(capacity: number) {
    const session = await createSession(db(), fx, { capacity });
    const holds: string[] = [];
    for (let i = 0; i < capacity; i++) {
      const res = await gql(app.url, RESERVE, { input: reserveInput(session, { tickets: adults(1), email: email() }) });
      assert.equal(res.data!.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
      holds.push(res.data!.reserveSlot.id as string);
    }
    return { session, holds };
  }

  it('should refuse to join when the party fits now, is outside the limits, or the input is bad', async () => {
    const open = await createSession(db(), fx, { capacity: 4 });
    const fits = await gql(app.url, JOIN, { input: { sessionId: open, partySize: 2, email: email() } });
    assert.equal(errorCode(fits), 'BAD_USER_INPUT');
    assert.equal(fits.errors![0]!.extensions!.reason, 'SEATS_AVAILABLE');
    const { session } = await soldOutByHolds(2);
    const tooBig = await gql(app.url, JOIN, { input: { sessionId: session, partySize: 7, email: email() } });
    assert.equal(errorCode(tooBig), 'BAD_USER_INPUT');
    const badEmail = await gql(app.url, JOIN, { input: { sessionId: session, partySize: 1, email: 'nope' } });
    assert.equal(errorCode(badEmail), 'BAD_USER_INPUT');
    const unknown = await gql(app.url, JOIN, {
      input: { sessionId: '00000000-0000-4000-8000-000000000000', partySize: 1, email: email() },
    });
    assert.equal(errorCode(unknown), 'NOT_FOUND');
  });

  it('should join a sold-out session once per email and send one joining email with a leave link', async () => {
    const { session } = await soldOutByHolds(2);
    const who = email();
    const first = await join(app.url, session, who, 2);
    assert.equal(first.status, 'WAITING');
    assert.equal(first.position, 1);
    const again = await join(app.url, session, who.toUpperCase(), 2);
    assert.equal(again.id, first.id);
    const mails = await emailsTo(db(), who);
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.text, /\/waitlist\/leave\/[A-Za-z0-9_-]{43}/);
    assert.ok(mails[0]!.html?.includes('/waitlist/leave/'));
    const second = await join(app.url, session, email(), 1);
    assert.equal(second.position, 2);
  });

  it('should offer the seats of an expired hold as a 15-minute hold and email the link', async () => {
    const { session, holds } = await soldOutByHolds(3);
    const who = email();
    const waiting = await join(app.url, session, who, 2);
    await backdateHold(db(), holds[0]!);
    await backdateHold(db(), holds[1]!);
    await job.sweepOnce();
    const offered = await entry(db(), waiting.id);
    assert.equal(offered.status, 'OFFERED');
    const minutes = (offered.offerExpiresAt!.getTime() - app.services.now().getTime()) / 60_000;
    assert.ok(minutes > 14.9 && minutes <= 15, `offer lasts ${minutes} min`);
    assert.equal(await capacityRemaining(db(), session), 0, 'the offer holds the freed seats');
    assert.equal(await offeredSeats(db(), session), 2);
    const [mail] = await emailsTo(db(), who);
    const page = await fetch(`${app.url}/waitlist/offer/${offerTokenOf(mail!.text)}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Seats are held for you/);
    // Nobody else can take the offered seats in the meantime.
    const other = await gql(app.url, RESERVE, { input: reserveInput(session, { tickets: adults(1), email: email() }) });
    assert.equal(other.data!.reserveSlot.__typename, 'SlotUnavailable');
    assert.deepEqual(await findCapacityMismatches(db()), []);
  });

  it('should offer at once when a cancellation frees seats (trigger wake-up, no sweep)', async () => {
    const session = await createSession(db(), fx, { capacity: 4 });
    const booking = await bookManually(app.url, fx.apiKey, manualInput(session, { tickets: adults(4) }));
    const waiting = await join(app.url, session, email(), 3);
    const res = await gql(app.url, CANCEL_BOOKING, { id: booking.id }, { apiKey: fx.apiKey });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    await until(
      'the waiting party is offered the cancelled seats',
      async () => (await entry(db(), waiting.id)).status === 'OFFERED',
    );
    assert.equal(await capacityRemaining(db(), session), 1);
  });

  it('should move an expired offer on to the next party, and a taken offer to BOOKED', async () => {
    const { session, holds } = await soldOutByHolds(2);
    const a = await join(app.url, session, email(), 2);
    const b = await join(app.url, session, email(), 2);
    await backdateHold(db(), holds[0]!);
    await backdateHold(db(), holds[1]!);
    await job.sweepOnce();
    assert.deepEqual(await statuses(db(), [a.id, b.id]), ['OFFERED', 'WAITING']);
    await backdateOffer(db(), a.id);
    await job.sweepOnce();
    assert.deepEqual(await statuses(db(), [a.id, b.id]), ['EXPIRED', 'OFFERED']);
    assert.equal(await capacityRemaining(db(), session), 0);
    // The second party pays: its offer hold is confirmed, and the next pass records the entry as BOOKED.
    await db().execute(
      sql`update slot_reservations set status = 'confirmed'
          where id = (select reservation_id from waitlist_entries where id = ${b.id}::uuid)`,
    );
    await job.sweepOnce();
    assert.deepEqual(await statuses(db(), [a.id, b.id]), ['EXPIRED', 'BOOKED']);
  });

  it('should offer freed seats to the first party that fits, skipping one that does not', async () => {
    const { session, holds } = await soldOutByHolds(4);
    const big = await join(app.url, session, email(), 3);
    const small = await join(app.url, session, email(), 1);
    const res = await gql(app.url, RELEASE, { id: holds[0] });
    assert.equal(res.data!.releaseReservation, true);
    await until(
      'the small party is offered the one freed seat',
      async () => (await entry(db(), small.id)).status === 'OFFERED',
    );
    assert.equal((await entry(db(), big.id)).status, 'WAITING');
    assert.equal(await capacityRemaining(db(), session), 0);
  });

  it('should make at most one live offer per freed seat', async () => {
    const { session, holds } = await soldOutByHolds(5);
    const parties = [];
    for (let i = 0; i < 4; i++) parties.push(await join(app.url, session, email(), 1));
    await backdateHold(db(), holds[0]!);
    await backdateHold(db(), holds[1]!);
    await Promise.all([job.sweepOnce(), job.sweepOnce()]);
    assert.deepEqual(
      await statuses(
        db(),
        parties.map((p) => p.id),
      ),
      ['OFFERED', 'OFFERED', 'WAITING', 'WAITING'],
    );
    assert.equal(await offeredSeats(db(), session), 2);
    assert.equal(await capacityRemaining(db(), session), 0);
    assert.deepEqual(await findCapacityMismatches(db()), []);
  });

  it('should let staff list and remove entries, the removed offer going to the next party', async () => {
    const { session, holds } = await soldOutByHolds(2);
    const a = await join(app.url, session, email(), 2);
    const b = await join(app.url, session, email(), 2);
    await backdateHold(db(), holds[0]!);
    await backdateHold(db(), holds[1]!);
    await job.sweepOnce();
    const list = await gql(app.url, LIST, { s: session }, { apiKey: fx.apiKey });
    assert.deepEqual(
      list.data!.waitlist.map((e: { id: string; status: string }) => [e.id, e.status]),
      [
        [a.id, 'OFFERED'],
        [b.id, 'WAITING'],
      ],
    );
    assert.equal(errorCode(await gql(app.url, LIST, { s: session })), 'UNAUTHENTICATED');
    const [row] = await queryRows<{ d: string }>(
      db(),
      sql`select local_date::text as d from activity_sessions where id = ${session}::uuid`,
    );
    const week = await gql(
      app.url,
      `query S($a: ID!, $d: Date!) { sessions(activityId: $a, from: $d, to: $d) { id waitlistCount } }`,
      { a: fx.activityId, d: row!.d },
      { apiKey: fx.apiKey },
    );
    assert.equal(week.data!.sessions.find((x: { id: string }) => x.id === session).waitlistCount, 2);
    const removed = await gql(app.url, REMOVE, { id: a.id }, { apiKey: fx.apiKey });
    assert.equal(removed.data!.removeWaitlistEntry.status, 'LEFT');
    await until('the next party gets the released offer', async () => (await entry(db(), b.id)).status === 'OFFERED');
    const other = await createActivityFixture(db());
    assert.equal(errorCode(await gql(app.url, REMOVE, { id: b.id }, { apiKey: other.apiKey })), 'NOT_FOUND');
  });

  it('should take a party off the list through the leave link', async () => {
    const { session } = await soldOutByHolds(1);
    const who = email();
    const waiting = await join(app.url, session, who, 1);
    const token = /\/waitlist\/leave\/([A-Za-z0-9_-]{43})/.exec((await emailsTo(db(), who))[0]!.text)![1]!;
    assert.equal((await fetch(`${app.url}/waitlist/leave/${token}`)).status, 200);
    const res = await fetch(`${app.url}/waitlist/leave/${token}`, { method: 'POST' });
    assert.equal(res.status, 200);
    assert.equal((await entry(db(), waiting.id)).status, 'LEFT');
    assert.equal((await fetch(`${app.url}/waitlist/leave/${token.slice(0, -1)}x`, { method: 'POST' })).status, 404);
  });

  it('should start Checkout for a live offer and show an ended one as ended', async () => {
    const { session, holds } = await soldOutByHolds(2);
    const who = email();
    const waiting = await join(app.url, session, who, 2);
    for (const h of holds) await backdateHold(db(), h);
    await job.sweepOnce();
    const token = offerTokenOf((await emailsTo(db(), who))[0]!.text);
    const res = await fetch(`${app.url}/waitlist/offer/${token}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Wait Lister', email: who }).toString(),
    });
    assert.equal(res.status, 303, await res.text());
    assert.ok(res.headers.get('location'), 'redirects to the payment page');
    const [row] = await queryRows<{ checkout_session_id: string | null }>(
      db(),
      sql`select checkout_session_id from slot_reservations
          where id = (select reservation_id from waitlist_entries where id = ${waiting.id}::uuid)`,
    );
    assert.ok(row!.checkout_session_id, 'the Checkout belongs to the offer hold');
    await backdateOffer(db(), waiting.id);
    await job.sweepOnce();
    assert.equal((await fetch(`${app.url}/waitlist/offer/${token}`)).status, 410);
  });

  it('should pass a declined offer to the next party', async () => {
    const { session, holds } = await soldOutByHolds(2);
    const who = email();
    const a = await join(app.url, session, who, 2);
    const b = await join(app.url, session, email(), 2);
    for (const h of holds) await backdateHold(db(), h);
    await job.sweepOnce();
    const token = offerTokenOf((await emailsTo(db(), who))[0]!.text);
    const res = await fetch(`${app.url}/waitlist/offer/${token}/decline`, { method: 'POST' });
    assert.equal(res.status, 200);
    assert.equal((await entry(db(), a.id)).status, 'LEFT');
    await until(
      'the next party is offered the declined seats',
      async () => (await entry(db(), b.id)).status === 'OFFERED',
    );
    assert.deepEqual(await findCapacityMismatches(db()), []);
  });

  it('should give a freed private session to one party only', async () => {
    const priv = await createActivityFixture(db(), { maxParty: 6 });
    await db().execute(
      sql`update activities set settings = settings || '{"bookingMode":"private"}'::jsonb
          where id = ${priv.activityId}::uuid`,
    );
    const session = await createSession(db(), priv, { capacity: 6 });
    const hold = await gql(app.url, RESERVE, {
      input: reserveInput(session, { tickets: adults(2), email: email() }),
    });
    assert.equal(hold.data!.reserveSlot.__typename, 'Reservation', JSON.stringify(hold));
    // Four seats are unheld, yet the private session is sold out: joining is allowed.
    const first = await join(app.url, session, email(), 3);
    const second = await join(app.url, session, email(), 2);
    await backdateHold(db(), hold.data!.reserveSlot.id as string);
    await job.sweepOnce();
    assert.deepEqual(await statuses(db(), [first.id, second.id]), ['OFFERED', 'WAITING']);
    assert.equal(await offeredSeats(db(), session), 3);
    await job.sweepOnce();
    assert.equal((await entry(db(), second.id)).status, 'WAITING', 'no second party in a private session');
  });
});

describe('waitlist: abuse limits', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ holdSweeper: false, waitlist: false, config: { RATE_LIMIT_PER_MINUTE: 8 } });
  });
  after(() => app.stop());

  it('should rate-limit joinWaitlist like the other public writes (a quarter of the per-IP budget)', async () => {
    const fx = await createActivityFixture(app.services.db);
    const session = await createSession(app.services.db, fx, { capacity: 1 });
    const codes = [];
    for (let i = 0; i < 3; i++) {
      const res = await gql(app.url, JOIN, { input: { sessionId: session, partySize: 1, email: `r${i}@example.com` } });
      codes.push(errorCode(res));
    }
    // Two writes a minute from one address (8 / 4); the third is refused before the resolver runs.
    assert.deepEqual(codes, ['BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
  });
});

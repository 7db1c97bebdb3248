import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
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
  reservationStatus,
  reserveInput,
  type ActivityFixture,
} from './fixtures.ts';

describe('reserveSlot', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  const expired: string[] = [];
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    // Record what the hold code asks payments to expire.
    (app.services as { payments: unknown }).payments = {
      expireCheckoutSession: async (id: string) => void expired.push(id),
    };
    fx = await createActivityFixture(app.services.db, { minParty: 2, maxParty: 6 });
  });
  after(() => app.stop());

  const reserve = (input: Record<string, unknown>, headers?: Record<string, string>) =>
    gql(app.url, RESERVE, { input }, { headers });

  it('should hold seats, price them from the price table and decrement capacity', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const before = Date.now();
    const res = await reserve(
      reserveInput(session, {
        tickets: [
          { tier: 'ADULT', quantity: 2 },
          { tier: 'CHILD', quantity: 1 },
          { tier: 'CUSTOM', priceId: fx.prices.custom, quantity: 1 },
        ],
      }),
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const r = res.data!.reserveSlot;
    assert.equal(r.__typename, 'Reservation');
    assert.equal(r.status, 'HELD');
    assert.equal(r.partySize, 4);
    assert.equal(r.totalCents, 2 * 3000 + 1500 + 2000);
    assert.equal(r.currency, 'USD');
    const holdMs = Date.parse(r.expiresAt) - before;
    assert.ok(holdMs > 9.5 * 60_000 && holdMs < 10.5 * 60_000, `hold lasts HOLD_MINUTES, got ${holdMs} ms`);
    assert.equal(await capacityRemaining(app.services.db, session), 6);
    const [row] = await queryRows<{
      tickets: Array<{ priceId: string; unitAmountCents: number; stripePriceId: string | null }>;
    }>(app.services.db, sql`select tickets from slot_reservations where id = ${r.id}::uuid`);
    const adult = row!.tickets.find((t) => t.priceId === fx.prices.adult)!;
    assert.equal(adult.unitAmountCents, 3000);
    assert.equal(adult.stripePriceId, 'price_adult');
  });

  it('should infer each ticket tier from a priceId given alone, and refuse a ticket with neither', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 10 });
    const res = await reserve(
      reserveInput(session, {
        tickets: [
          { priceId: fx.prices.adult, quantity: 2 },
          { priceId: fx.prices.child, quantity: 1 },
          { priceId: fx.prices.custom, quantity: 1 },
        ],
      }),
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.reserveSlot.__typename, 'Reservation');
    assert.equal(res.data!.reserveSlot.totalCents, 2 * 3000 + 1500 + 2000);
    const [row] = await queryRows<{ tickets: Array<{ priceId: string; tier: string; quantity: number }> }>(
      app.services.db,
      sql`select tickets from slot_reservations where id = ${res.data!.reserveSlot.id}::uuid`,
    );
    const tierOf = (priceId: string) => row!.tickets.find((t) => t.priceId === priceId)?.tier;
    assert.deepEqual(
      [tierOf(fx.prices.adult), tierOf(fx.prices.child), tierOf(fx.prices.custom)],
      ['adult', 'child', 'custom'],
    );
    const neither = await reserve(reserveInput(session, { tickets: [{ quantity: 2 }] }));
    assert.equal(errorCode(neither), 'BAD_USER_INPUT');
    const unknown = await reserve(reserveInput(session, { tickets: [{ priceId: randomUUID(), quantity: 2 }] }));
    assert.equal(unknown.data?.reserveSlot.reason, 'UNKNOWN_PRICE');
  });

  it('should answer each InvalidReservation reason', async () => {
    const session = await createSession(app.services.db, fx);
    const reason = async (input: Record<string, unknown>) => {
      const res = await reserve(input);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data!.reserveSlot.__typename, 'InvalidReservation');
      return res.data!.reserveSlot.reason as string;
    };
    assert.equal(await reason(reserveInput(session, { tickets: adults(1) })), 'PARTY_TOO_SMALL');
    assert.equal(await reason(reserveInput(session, { tickets: [] })), 'PARTY_TOO_SMALL');
    assert.equal(await reason(reserveInput(session, { tickets: adults(7) })), 'PARTY_TOO_LARGE');
    assert.equal(await reason(reserveInput(session, { tickets: [{ tier: 'CUSTOM', quantity: 2 }] })), 'UNKNOWN_PRICE');
    assert.equal(
      await reason(reserveInput(session, { tickets: [{ tier: 'CUSTOM', priceId: randomUUID(), quantity: 2 }] })),
      'UNKNOWN_PRICE',
    );
    assert.equal(
      await reason(reserveInput(session, { tickets: [{ tier: 'ADULT', priceId: fx.prices.child, quantity: 2 }] })),
      'UNKNOWN_PRICE',
    );
    const closed = await createSession(app.services.db, fx, { status: 'closed' });
    assert.equal(await reason(reserveInput(closed, { tickets: adults(2) })), 'SESSION_CLOSED');
    const cancelled = await createSession(app.services.db, fx, { status: 'cancelled' });
    assert.equal(await reason(reserveInput(cancelled, { tickets: adults(2) })), 'SESSION_CLOSED');
    const started = await createSession(app.services.db, fx, { startsAt: new Date(Date.now() - 60_000) });
    assert.equal(await reason(reserveInput(started, { tickets: adults(2) })), 'SESSION_STARTED');
    const waiverFx = await createActivityFixture(app.services.db, { requiresWaiver: true });
    const waiverSession = await createSession(app.services.db, waiverFx);
    assert.equal(await reason(reserveInput(waiverSession)), 'WAIVER_REQUIRED');
    assert.equal(
      (await reserve(reserveInput(waiverSession, { waiverAccepted: true }))).data!.reserveSlot.__typename,
      'Reservation',
    );
    assert.equal(await capacityRemaining(app.services.db, session), 10, 'no refused request took a seat');
  });

  it('should refuse an inactive price and use a changed amount at once', async () => {
    const session = await createSession(app.services.db, fx);
    assert.equal((await reserve(reserveInput(session, { tickets: adults(2) }))).data!.reserveSlot.totalCents, 6000);
    await app.services.db.execute(
      sql`update activity_prices set amount_cents = 3300 where id = ${fx.prices.adult}::uuid`,
    );
    assert.equal((await reserve(reserveInput(session, { tickets: adults(2) }))).data!.reserveSlot.totalCents, 6600);
    await app.services.db.execute(sql`update activity_prices set active = false where id = ${fx.prices.custom}::uuid`);
    const res = await reserve(
      reserveInput(session, { tickets: [{ tier: 'CUSTOM', priceId: fx.prices.custom, quantity: 2 }] }),
    );
    assert.equal(res.data!.reserveSlot.reason, 'UNKNOWN_PRICE');
    await app.services.db.execute(
      sql`update activity_prices set amount_cents = 3000 where id = ${fx.prices.adult}::uuid`,
    );
    await app.services.db.execute(sql`update activity_prices set active = true where id = ${fx.prices.custom}::uuid`);
  });

  it('should give BAD_USER_INPUT for malformed input and NOT_FOUND for an unknown session', async () => {
    const session = await createSession(app.services.db, fx);
    assert.equal(errorCode(await reserve(reserveInput(session, { email: 'not-an-email' }))), 'BAD_USER_INPUT');
    assert.equal(errorCode(await reserve(reserveInput(session, { idempotencyKey: 'short' }))), 'BAD_USER_INPUT');
    assert.equal(errorCode(await reserve(reserveInput(session, { tickets: adults(-1) }))), 'BAD_USER_INPUT');
    assert.equal(errorCode(await reserve(reserveInput(session, { tickets: adults(1000) }))), 'BAD_USER_INPUT');
    assert.equal(errorCode(await reserve(reserveInput(randomUUID(), { tickets: adults(2) }))), 'NOT_FOUND');
    assert.equal(errorCode(await reserve(reserveInput('nope', { tickets: adults(2) }))), 'NOT_FOUND');
  });

  it('should answer SlotUnavailable with what remains', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 5 });
    assert.equal(
      (await reserve(reserveInput(session, { tickets: adults(4) }))).data!.reserveSlot.__typename,
      'Reservation',
    );
    const res = await reserve(reserveInput(session, { tickets: adults(2) }));
    assert.deepEqual([res.data!.reserveSlot.__typename, res.data!.reserveSlot.remaining], ['SlotUnavailable', 1]);
    assert.equal(await capacityRemaining(app.services.db, session), 1);
  });

  it('should return the same reservation for the same idempotency key and refuse other input under it', async () => {
    const session = await createSession(app.services.db, fx);
    const input = reserveInput(session, { tickets: adults(2) });
    const first = await reserve(input);
    const again = await reserve({ ...input, email: 'GUEST@example.com' });
    assert.equal(again.data!.reserveSlot.id, first.data!.reserveSlot.id);
    assert.equal(await capacityRemaining(app.services.db, session), 8);
    assert.equal(errorCode(await reserve({ ...input, tickets: adults(3) })), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, session), 8);
    // A replay still finds its hold after the party limits changed under it.
    await app.services.db.execute(sql`update activities set min_party = 3 where id = ${fx.activityId}::uuid`);
    // a new process: no cached catalog
    const fresh = await startTestApp({ database: app.database, holdSweeper: false });
    try {
      const replay = await gql(fresh.url, RESERVE, { input });
      assert.equal(replay.data!.reserveSlot.id, first.data!.reserveSlot.id);
      assert.equal(
        (await gql(fresh.url, RESERVE, { input: { ...input, idempotencyKey: randomUUID() } })).data!.reserveSlot.reason,
        'PARTY_TOO_SMALL',
      );
    } finally {
      await fresh.stop();
      await app.services.db.execute(sql`update activities set min_party = 2 where id = ${fx.activityId}::uuid`);
    }
  });

  it('should release an expired hold of the session inside the next reservation', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 4 });
    const held = (await reserve(reserveInput(session, { tickets: adults(4) }))).data!.reserveSlot;
    await app.services.db.execute(
      sql`update slot_reservations set checkout_session_id = ${'cs_lazy_' + held.id} where id = ${held.id}::uuid`,
    );
    assert.equal(
      (await reserve(reserveInput(session, { tickets: adults(2) }))).data!.reserveSlot.__typename,
      'SlotUnavailable',
    );
    await backdateHold(app.services.db, held.id);
    const res = await reserve(reserveInput(session, { tickets: adults(3) }));
    assert.equal(res.data!.reserveSlot.__typename, 'Reservation');
    assert.equal(await reservationStatus(app.services.db, held.id), 'expired');
    assert.equal(await capacityRemaining(app.services.db, session), 1);
    await waitFor(() => expired.includes('cs_lazy_' + held.id));
  });

  it('should limit live holds per email and per IP and say when to retry', async () => {
    const limited = await startTestApp({ holdSweeper: false, config: { HOLDS_PER_EMAIL: 2, HOLDS_PER_IP: 3 } });
    try {
      const lfx = await createActivityFixture(limited.services.db);
      const s = await createSession(limited.services.db, lfx, { capacity: 50 });
      const go = (email: string) => gql(limited.url, RESERVE, { input: reserveInput(s, { email }) });
      const a1 = await go('A@example.com');
      await go('a@example.com');
      const third = (await go('a@EXAMPLE.com')).data!.reserveSlot;
      assert.equal(third.reason, 'HOLD_LIMIT');
      assert.ok(third.retryAfterSeconds > 500 && third.retryAfterSeconds <= 600, `retry in ${third.retryAfterSeconds}`);
      assert.equal((await go('b@example.com')).data!.reserveSlot.__typename, 'Reservation');
      assert.equal((await go('c@example.com')).data!.reserveSlot.reason, 'HOLD_LIMIT', 'three live holds from this IP');
      // An expired hold no longer counts.
      await backdateHold(limited.services.db, a1.data!.reserveSlot.id);
      assert.equal((await go('a@example.com')).data!.reserveSlot.__typename, 'Reservation');
      assert.equal(await capacityRemaining(limited.services.db, s), 47);
    } finally {
      await limited.stop();
    }
  });

  it('should release a hold once and give the seats back', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 6 });
    const held = (await reserve(reserveInput(session, { tickets: adults(3) }))).data!.reserveSlot;
    assert.equal((await gql(app.url, RELEASE, { id: held.id })).data!.releaseReservation, true);
    assert.equal((await gql(app.url, RELEASE, { id: held.id })).data!.releaseReservation, false);
    assert.equal((await gql(app.url, RELEASE, { id: randomUUID() })).data!.releaseReservation, false);
    assert.equal(await reservationStatus(app.services.db, held.id), 'released');
    assert.equal(await capacityRemaining(app.services.db, session), 6);
  });

  it('should check slot availability, counting expired holds as free', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 7 });
    const check = async (n: number) => (await gql(app.url, CHECK, { s: session, n })).data!.checkSlotAvailability;
    assert.deepEqual(
      [await check(6), await check(7), await check(1)],
      [true, false, false],
      'within maxParty 6 and minParty 2',
    );
    const held = (await reserve(reserveInput(session, { tickets: adults(4) }))).data!.reserveSlot;
    assert.deepEqual([await check(3), await check(4)], [true, false]);
    await backdateHold(app.services.db, held.id);
    assert.equal(await check(6), true);
    const closed = await createSession(app.services.db, fx, { status: 'closed' });
    assert.equal((await gql(app.url, CHECK, { s: closed, n: 1 })).data!.checkSlotAvailability, false);
    assert.equal(errorCode(await gql(app.url, CHECK, { s: session, n: 0 })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await gql(app.url, CHECK, { s: randomUUID(), n: 1 })), 'NOT_FOUND');
  });

  it('should report capacity health to an admin of the organization only', async () => {
    const q = `{ capacityHealth { ok sessionsChecked mismatches { sessionId capacityRemaining expectedRemaining } } }`;
    const healthy = await gql(app.url, q, {}, { apiKey: fx.apiKey });
    assert.equal(healthy.data!.capacityHealth.ok, true);
    assert.ok(healthy.data!.capacityHealth.sessionsChecked > 5);
    const session = await createSession(app.services.db, fx, { capacity: 5 });
    await app.services.db.execute(sql`update activity_sessions set capacity_remaining = 3 where id = ${session}::uuid`);
    const broken = await gql(app.url, q, {}, { apiKey: fx.apiKey });
    assert.deepEqual(broken.data!.capacityHealth.mismatches, [
      { sessionId: session, capacityRemaining: 3, expectedRemaining: 5 },
    ]);
    assert.equal(broken.data!.capacityHealth.ok, false);
    const other = await createActivityFixture(app.services.db);
    assert.equal((await gql(app.url, q, {}, { apiKey: other.apiKey })).data!.capacityHealth.ok, true);
    assert.equal(errorCode(await gql(app.url, q)), 'UNAUTHENTICATED');
    assert.equal((await findCapacityMismatches(app.services.db)).length, 1);
    await app.services.db.execute(sql`update activity_sessions set capacity_remaining = 5 where id = ${session}::uuid`);
  });
});

/** Polls a condition set by fire-and-forget work (no fixed sleep). */
async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}

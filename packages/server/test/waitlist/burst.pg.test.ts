import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { bookManually, manualInput } from '../changes/fixtures.ts';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import {
  adults,
  backdateHold,
  capacityRemaining,
  createActivityFixture,
  createSession,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from '../reservations/fixtures.ts';
import { CANCEL_BOOKING, join, until } from './fixtures.ts';

const CAPACITY = Number(process.env.WAITLIST_BURST_CAPACITY ?? 30);
const CANCELLED = Number(process.env.WAITLIST_BURST_CANCELS ?? 20);
const PARTIES = [2, 1, 3, 1, 2, 2, 1, 3]; // cycled over 2 × CANCELLED waiting parties: demand above the freed seats

interface EntryRow {
  id: string;
  party_size: number;
  status: string;
  offered_at: Date | string | null;
  holds: number;
}

/** The waitlist job's counter on one instance (slotkit_waitlist_total{event}). */
async function jobCount(app: TestApp, event: string): Promise<number> {
  const { values } = await app.services.metrics.waitlist.get();
  return values.find((v) => v.labels.event === event)?.value ?? 0;
}

describe('waitlist under a burst of cancellations, two instances (PostgreSQL)', () => {
  let database: TestDatabase;
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  let fx: ActivityFixture;
  before(async () => {
    if (!(await postgresReachable())) return;
    database = await openTestDatabase('postgres');
    // Both instances run the waitlist job; the sweep is far off, so offers come from the trigger's wake-ups.
    const options = { database, holdSweeper: false as const, waitlist: { intervalMs: 3_600_000 } };
    a = await startTestApp(options);
    b = await startTestApp(options);
    fx = await createActivityFixture(a.services.db, { maxParty: 4 });
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
    await database?.close();
  });

  it('should offer each freed seat at most once, first party that fits, without overselling', async (t) => {
    if (!(await requirePostgres(t)) || !a || !b) return;
    const db = a.services.db;
    const session = await createSession(db, fx, { capacity: CAPACITY });
    const bookings = [];
    for (let i = 0; i < CAPACITY; i++)
      bookings.push(await bookManually(a.url, fx.apiKey, manualInput(session, { tickets: adults(1) })));
    const waiting = [];
    for (let i = 0; i < 2 * CANCELLED; i++)
      waiting.push(await join(a.url, session, `burst${i}@example.com`, PARTIES[i % PARTIES.length]!));

    const start = Date.now();
    const results = await Promise.all(
      bookings
        .slice(0, CANCELLED)
        .map((bk, i) => gql((i % 2 ? a! : b!).url, CANCEL_BOOKING, { id: bk.id }, { apiKey: fx.apiKey })),
    );
    const cancelledAt = Date.now();
    for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));

    // Quiet: no waiting party fits the seats left (the freed seats went to offers or fit nobody).
    const entries = () =>
      queryRows<EntryRow>(
        db,
        sql`select w.id, w.party_size, w.status, w.offered_at,
              (select count(*)::int from slot_reservations r
               where r.idempotency_key = 'waitlist-offer:' || w.id) as holds
            from waitlist_entries w where w.session_id = ${session}::uuid order by w.created_at, w.id`,
      );
    await until('every freed seat that fits a waiting party is offered', async () => {
      const left = await capacityRemaining(db, session);
      return (await entries()).every((e) => e.status !== 'WAITING' || e.party_size > left);
    });
    const quietAt = Date.now();
    const rows = await entries();
    const offered = rows.filter((e) => e.status === 'OFFERED');
    const seatsOffered = offered.reduce((n, e) => n + e.party_size, 0);
    const left = await capacityRemaining(db, session);

    // No oversell, no double offer: every seat freed is either offered once or still free.
    assert.deepEqual(await findCapacityMismatches(db), []);
    assert.ok(left >= 0);
    assert.equal(seatsOffered + left, CANCELLED);
    for (const e of rows) assert.equal(e.holds, e.status === 'OFFERED' ? 1 : 0, `entry ${e.id} holds`);
    // First that fits: the seats left fit no waiting party, and every party ahead of an offered one that is
    // still waiting is larger than the seats that were free when that offer was made (so at least > 0).
    const firstWaiting = rows.findIndex((e) => e.status === 'WAITING');
    assert.ok(firstWaiting === -1 || rows[firstWaiting]!.party_size > left);

    // A pass is counted once its emails went to the outbox's delivery (after the commit the test saw).
    const sum = async (event: string) => (await jobCount(a!, event)) + (await jobCount(b!, event));
    await until('the instances counted their offers', async () => (await sum('offer')) >= offered.length);
    assert.equal(await sum('offer'), offered.length, 'each offer made by exactly one instance');
    const passes = await Promise.all([a, b].map((app) => jobCount(app, 'pass')));
    const offers = await Promise.all([a, b].map((app) => jobCount(app, 'offer')));
    const offerTimes = offered.map((e) => new Date(e.offered_at!).getTime() - start).sort((x, y) => x - y);
    const figures = {
      cancellations: CANCELLED,
      instances: 2,
      waitingParties: waiting.length,
      offers: offered.length,
      seatsOffered,
      seatsLeftFree: left,
      burstMs: cancelledAt - start,
      firstOfferMs: offerTimes[0],
      lastOfferMs: offerTimes.at(-1),
      quietAfterBurstMs: quietAt - cancelledAt,
      passesPerInstance: passes,
      offersPerInstance: offers,
    };
    process.stderr.write(`waitlist burst: ${JSON.stringify(figures)}\n`);
    assert.ok(offered.length > 0);
  });

  it('should offer the seats of holds that expire together, once each, after one sweep', async (t) => {
    if (!(await requirePostgres(t)) || !a || !b) return;
    const db = a.services.db;
    const session = await createSession(db, fx, { capacity: 12 });
    const holds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await gql(a.url, RESERVE, {
        input: reserveInput(session, { tickets: adults(1), email: `h${i}@x.test` }),
      });
      holds.push(res.data!.reserveSlot.id as string);
    }
    const parties = [];
    for (let i = 0; i < 12; i++) parties.push(await join(b.url, session, `late${i}@example.com`, 1 + (i % 2)));
    for (const h of holds) await backdateHold(db, h);
    const start = Date.now();
    // Two sweepers at once (one per instance): each hold expires once, its seats wake both waitlist jobs.
    const sweeps = await Promise.all([a, b].map((app) => createHoldSweeper({ services: app.services }).sweepOnce()));
    assert.equal(
      sweeps.reduce((n, s) => n + s.expiredIds.length, 0),
      12,
    );
    await until('the freed seats are offered', async () => (await capacityRemaining(db, session)) === 0);
    const ms = Date.now() - start;
    const [row] = await queryRows<{ offers: number; seats: number }>(
      db,
      sql`select count(*)::int as offers, coalesce(sum(party_size), 0)::int as seats from waitlist_entries
          where session_id = ${session}::uuid and status = 'OFFERED'`,
    );
    assert.equal(row!.seats, 12);
    assert.deepEqual(await findCapacityMismatches(db), []);
    process.stderr.write(
      `waitlist expiry burst: ${JSON.stringify({ expired: 12, offers: row!.offers, sweepToOffersMs: ms })}\n`,
    );
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { confirmReservation, releaseHold, reserveSlot } from '../../src/domain/reservations/index.ts';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  capacityRemaining,
  createActivityFixture,
  createSession,
  type ActivityFixture,
} from '../reservations/fixtures.ts';

/**
 * Model-based property test of the reservation state machine (DESIGN.md §4):
 * random sequences of hold / replay / release / confirm / time passing /
 * sweep against the real domain code and database, compared after every step
 * with a small in-memory model, and invariant 1 checked after every step.
 */
type Status = 'held' | 'confirmed' | 'released' | 'expired';
interface Hold {
  id: string;
  key: string;
  party: number;
  email: string;
  status: Status;
  expiresAt: number;
}
interface Model {
  capacity: number;
  holds: Hold[];
  now: number;
}
interface Real {
  app: TestApp;
  sessionId: string;
  clock: { now: number };
}

const HOLD_MS = 10 * 60_000;
// Every step is ≡ 7 s (mod 60 s), so no sum of steps lands exactly on a 10-minute expiry boundary.
const STEPS_S = [67, 127, 307, 607] as const;

const live = (m: Model) => m.holds.filter((h) => h.status === 'confirmed' || h.status === 'held');
const seatsTaken = (m: Model) => live(m).reduce((s, h) => s + h.party, 0);
const lazyExpire = (m: Model) => {
  for (const h of m.holds) if (h.status === 'held' && h.expiresAt <= m.now) h.status = 'expired';
};

async function assertConsistent(m: Model, r: Real) {
  assert.equal(await capacityRemaining(r.app.services.db, r.sessionId), m.capacity - seatsTaken(m));
  assert.deepEqual(await findCapacityMismatches(r.app.services.db), []);
}

class Reserve implements fc.AsyncCommand<Model, Real> {
  constructor(readonly party: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const hold: Hold = {
      id: '',
      key: randomUUID(),
      party: this.party,
      email: `p${this.party}@example.com`,
      status: 'held',
      expiresAt: m.now + HOLD_MS,
    };
    const out = await reserveSlot(
      r.app.services,
      {
        sessionId: r.sessionId,
        tickets: [{ tier: 'adult', quantity: this.party }],
        email: hold.email,
        idempotencyKey: hold.key,
      },
      { ip: null },
    );
    lazyExpire(m); // reserve_slot releases the session's stale holds first
    const free = m.capacity - seatsTaken(m);
    if (this.party <= free) {
      assert.equal(out.type, 'Reservation');
      hold.id = (out as { reservation: { id: string } }).reservation.id;
      m.holds.push(hold);
    } else {
      assert.equal(out.type, 'SlotUnavailable');
      assert.equal((out as { remaining: number }).remaining, free);
    }
    await assertConsistent(m, r);
  }
  toString = () => `Reserve(${this.party})`;
}

class Replay implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.holds.length > 0;
  async run(m: Model, r: Real) {
    const h = m.holds[this.pick % m.holds.length]!;
    const out = await reserveSlot(
      r.app.services,
      {
        sessionId: r.sessionId,
        tickets: [{ tier: 'adult', quantity: h.party }],
        email: h.email,
        idempotencyKey: h.key,
      },
      { ip: null },
    );
    // The same key answers with the same reservation, whatever happened to it since.
    assert.equal(out.type, 'Reservation');
    assert.equal((out as { reservation: { id: string } }).reservation.id, h.id);
    await assertConsistent(m, r);
  }
  toString = () => `Replay(${this.pick})`;
}

class Release implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.holds.length > 0;
  async run(m: Model, r: Real) {
    const h = m.holds[this.pick % m.holds.length]!;
    const released = await releaseHold(r.app.services, h.id);
    assert.equal(released, h.status === 'held');
    if (h.status === 'held') h.status = 'released';
    await assertConsistent(m, r);
  }
  toString = () => `Release(${this.pick})`;
}

class Confirm implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.holds.length > 0;
  async run(m: Model, r: Real) {
    const h = m.holds[this.pick % m.holds.length]!;
    const out = await r.app.services.db.transaction((tx) => confirmReservation(tx, h.id));
    const free = m.capacity - seatsTaken(m);
    const expected =
      h.status === 'confirmed'
        ? 'already-confirmed'
        : h.status === 'held'
          ? 'confirmed'
          : free >= h.party
            ? 'confirmed'
            : 'no-capacity';
    assert.equal(out.kind, expected);
    if (expected === 'confirmed') h.status = 'confirmed';
    await assertConsistent(m, r);
  }
  toString = () => `Confirm(${this.pick})`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly seconds: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.now += this.seconds * 1000;
    r.clock.now = m.now;
    await assertConsistent(m, r); // time alone changes nothing stored
  }
  toString = () => `Advance(${this.seconds}s)`;
}

class Sweep implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const sweeper = createHoldSweeper({ services: r.app.services, now: () => new Date(r.clock.now) });
    const { expiredIds } = await sweeper.sweepOnce();
    const due = m.holds.filter((h) => h.status === 'held' && h.expiresAt <= m.now).map((h) => h.id);
    // The sweeper covers every session; earlier runs' sessions have their own holds.
    const mine = new Set(m.holds.map((h) => h.id));
    assert.deepEqual(expiredIds.filter((id) => mine.has(id)).sort(), due.sort());
    lazyExpire(m);
    await assertConsistent(m, r);
  }
  toString = () => 'Sweep';
}

const commands = [
  fc.integer({ min: 1, max: 5 }).map((n) => new Reserve(n)),
  fc.nat(50).map((n) => new Replay(n)),
  fc.nat(50).map((n) => new Release(n)),
  fc.nat(50).map((n) => new Confirm(n)),
  fc.constantFrom(...STEPS_S).map((s) => new Advance(s)),
  fc.constant(new Sweep()),
];

describe('reservation state machine (fast-check, model-based)', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  const clock = { now: Date.now() };
  before(async () => {
    app = await startTestApp({ now: () => new Date(clock.now), holdSweeper: false });
    fx = await createActivityFixture(app.services.db, { maxParty: 8 });
  });
  after(() => app.stop());

  it('should keep capacity equal to the model and invariant 1 after every step of any sequence', async (t) => {
    let runs = 0;
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.commands(commands, { maxCommands: 30, size: 'max' }),
        async (capacity, cmds) => {
          runs += 1;
          steps += [...cmds].length;
          const sessionId = await createSession(app.services.db, fx, {
            capacity,
            startsAt: new Date(clock.now + 30 * 86_400_000 + runs * 3_600_000),
          });
          const model: Model = { capacity, holds: [], now: clock.now };
          await fc.asyncModelRun(() => ({ model, real: { app, sessionId, clock } }), cmds);
        },
      ),
      { numRuns: 40, seed: 20261126 },
    );
    t.diagnostic(`state machine: ${runs} runs, ${steps} commands, 0 invariant violations`);
  });
});

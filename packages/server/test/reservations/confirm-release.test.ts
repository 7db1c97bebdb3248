import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { confirmReservation } from '../../src/domain/reservations/confirm.ts';
import { cancelConfirmedReservation, releaseReservation } from '../../src/domain/reservations/release.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { AppError } from '../../src/errors.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  backdateHold,
  capacityRemaining,
  createActivityFixture,
  createSession,
  reservationStatus,
  type ActivityFixture,
} from './fixtures.ts';

describe('confirm, release and sweep', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  const hold = async (sessionId: string, quantity: number) => {
    const out = await reserveSlot(
      app.services,
      { sessionId, tickets: [{ tier: 'adult', quantity }], email: 'c@example.com', idempotencyKey: randomUUID() },
      { ip: '127.0.0.1' },
    );
    assert.equal(out.type, 'Reservation');
    return out.type === 'Reservation' ? out.reservation.id : '';
  };
  const confirm = (id: string) => app.services.db.transaction((tx) => confirmReservation(tx, id));

  it('should confirm a hold, even past its expiry, once', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 6 });
    const a = await hold(session, 2);
    const b = await hold(session, 2);
    await backdateHold(app.services.db, b);
    const first = await confirm(a);
    assert.deepEqual(
      [first.kind, first.kind === 'confirmed' && first.reacquired, first.reservation.status],
      ['confirmed', false, 'confirmed'],
    );
    assert.equal((await confirm(a)).kind, 'already-confirmed');
    const late = await confirm(b);
    assert.deepEqual([late.kind, late.kind === 'confirmed' && late.reacquired], ['confirmed', false]);
    assert.equal(await capacityRemaining(app.services.db, session), 2);
  });

  it(
    'should re-acquire seats for a paid expired hold when the session still has them, ' + 'else answer no-capacity',
    async () => {
      const session = await createSession(app.services.db, fx, { capacity: 4 });
      const late = await hold(session, 3);
      const released = await app.services.db.transaction((tx) => releaseReservation(tx, late, 'expired'));
      assert.deepEqual(released, { released: true, checkoutSessionId: null });
      assert.equal(await capacityRemaining(app.services.db, session), 4);
      const back = await confirm(late);
      assert.deepEqual([back.kind, back.kind === 'confirmed' && back.reacquired], ['confirmed', true]);
      assert.equal(await capacityRemaining(app.services.db, session), 1);

      const other = await createSession(app.services.db, fx, { capacity: 4 });
      const lost = await hold(other, 3);
      await app.services.db.transaction((tx) => releaseReservation(tx, lost, 'released'));
      await hold(other, 2); // someone else takes the seats
      const refused = await confirm(lost);
      assert.equal(refused.kind, 'no-capacity');
      assert.equal(await reservationStatus(app.services.db, lost), 'released');
      assert.equal(await capacityRemaining(app.services.db, other), 2);
      assert.deepEqual(await findCapacityMismatches(app.services.db), []);
    },
  );

  it('should not re-acquire seats on a cancelled session', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 4 });
    const id = await hold(session, 1);
    await app.services.db.transaction((tx) => releaseReservation(tx, id, 'expired'));
    await app.services.db.execute(sql`update activity_sessions set status = 'cancelled' where id = ${session}::uuid`);
    assert.equal((await confirm(id)).kind, 'no-capacity');
  });

  it('should give NOT_FOUND when confirming an unknown reservation', async () => {
    await assert.rejects(confirm(randomUUID()), (err: unknown) => err instanceof AppError && err.code === 'NOT_FOUND');
  });

  it('should give seats back when a confirmed booking is cancelled, once', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 5 });
    const id = await hold(session, 4);
    await confirm(id);
    const cancel = () => app.services.db.transaction((tx) => cancelConfirmedReservation(tx, id));
    assert.deepEqual(await cancel(), { released: true });
    assert.deepEqual(await cancel(), { released: false });
    assert.equal(await capacityRemaining(app.services.db, session), 5);
    assert.equal(
      await app.services.db.transaction((tx) => releaseReservation(tx, id, 'released')).then((r) => r.released),
      false,
    );
  });

  it('should sweep only due holds, restore capacity, notify and expire their checkout sessions', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 8 });
    const due = await hold(session, 3);
    const live = await hold(session, 2);
    await app.services.db.execute(
      sql`update slot_reservations set checkout_session_id = ${'cs_' + due} where id = ${due}::uuid`,
    );
    await backdateHold(app.services.db, due);
    const payloads: string[] = [];
    const unlisten = await app.services.dbHandle.listen('slotkit_changes', (p) => payloads.push(p));
    const checkouts: string[] = [];
    const sweeper = createHoldSweeper({
      services: { ...app.services, payments: { expireCheckoutSession: async (id) => void checkouts.push(id) } },
    });
    try {
      const { expiredIds } = await sweeper.sweepOnce();
      assert.ok(expiredIds.includes(due));
      assert.ok(!expiredIds.includes(live));
      assert.deepEqual((await sweeper.sweepOnce()).expiredIds, []);
      assert.deepEqual(checkouts, ['cs_' + due]);
      assert.equal(await reservationStatus(app.services.db, due), 'expired');
      assert.equal(await reservationStatus(app.services.db, live), 'held');
      assert.equal(await capacityRemaining(app.services.db, session), 6);
      // NOTIFY is delivered asynchronously after commit.
      await app.services.db.execute(sql`select pg_notify('slotkit_changes', 'probe')`);
      const end = Date.now() + 5000;
      while (!payloads.includes('probe') && Date.now() < end) await new Promise((r) => setImmediate(r));
      assert.ok(
        payloads.some((p) => p.startsWith(`availability:${fx.activityId}:`)),
        payloads.join(','),
      );
    } finally {
      await unlisten();
    }
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });
});

describe('hold sweeper wiring', () => {
  it('should be started by startApp and expire a due hold on its own timer', async () => {
    const app = await startTestApp({ holdSweeper: { intervalMs: 25 } });
    try {
      const fx = await createActivityFixture(app.services.db);
      const session = await createSession(app.services.db, fx, { capacity: 3 });
      const out = await reserveSlot(
        app.services,
        {
          sessionId: session,
          tickets: [{ tier: 'adult', quantity: 2 }],
          email: 't@example.com',
          idempotencyKey: randomUUID(),
        },
        { ip: null },
      );
      assert.equal(out.type, 'Reservation');
      const id = out.type === 'Reservation' ? out.reservation.id : '';
      await backdateHold(app.services.db, id);
      // Poll the outcome with a deadline; the sweeper runs every 25 ms.
      const deadline = Date.now() + 10_000;
      while ((await reservationStatus(app.services.db, id)) !== 'expired') {
        assert.ok(Date.now() < deadline, 'the sweeper did not expire the hold');
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal(await capacityRemaining(app.services.db, session), 3);
    } finally {
      await app.stop();
    }
  });
});

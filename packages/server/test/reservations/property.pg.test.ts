import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { confirmReservation } from '../../src/domain/reservations/confirm.ts';
import { cancelConfirmedReservation, releaseHold } from '../../src/domain/reservations/release.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import type { ReserveSlotRequest } from '../../src/domain/reservations/types.ts';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { postgresReachable } from '../support/database.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { backdateHold, createActivityFixture, createSession } from './fixtures.ts';

/** Small seeded PRNG so a failing run can be replayed with SLOTKIT_PROPERTY_SEED. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('capacity invariant under random concurrent traffic (PostgreSQL)', () => {
  let app: TestApp | undefined;
  before(async () => {
    if (!(await postgresReachable())) return; // the test skips loudly (or fails under CI)
    app = await startTestApp({ driver: 'postgres', holdSweeper: false });
  });
  after(() => app?.stop());

  it(
    'should keep capacity_remaining equal to capacity minus live seats ' +
      'after every round of reserve/release/expire/confirm/cancel/sweep',
    async (t) => {
      if (!(await requirePostgres(t)) || !app) return;
      const seed = Number(process.env.SLOTKIT_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
      t.diagnostic(`seed ${seed}`);
      const random = mulberry32(seed);
      const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
      const { services } = app;
      const fx = await createActivityFixture(services.db, { maxParty: 6 });
      const sessions = await Promise.all(
        Array.from({ length: 6 }, () => createSession(services.db, fx, { capacity: 4 + Math.floor(random() * 9) })),
      );
      const sweeper = createHoldSweeper({ services, batchSize: 3 });
      const reservations: string[] = [];
      const requests: Array<{ input: ReserveSlotRequest; id?: string }> = [];
      const counts: Record<string, number> = {};

      const reserve = async (input: ReserveSlotRequest, known?: { id?: string }) => {
        const out = await reserveSlot(services, input, { ip: `10.0.0.${Math.floor(random() * 5)}` });
        if (out.type !== 'Reservation') return;
        if (known?.id) assert.equal(out.reservation.id, known.id, 'a replayed key returns its reservation');
        reservations.push(out.reservation.id);
        return out.reservation.id;
      };

      const operations: Array<[number, string, () => Promise<unknown>]> = [
        [
          35,
          'reserve',
          async () => {
            const input: ReserveSlotRequest = {
              sessionId: pick(sessions)!,
              tickets: [{ tier: 'adult', quantity: 1 + Math.floor(random() * 4) }],
              email: `p${Math.floor(random() * 1000)}@example.com`,
              idempotencyKey: randomUUID(),
            };
            const entry: { input: ReserveSlotRequest; id?: string } = { input };
            requests.push(entry);
            entry.id = await reserve(input);
          },
        ],
        [
          8,
          'replay',
          async () => {
            const entry = pick(requests);
            if (entry) await reserve(entry.input, entry);
          },
        ],
        [
          12,
          'release',
          async () => {
            const id = pick(reservations);
            if (id) await releaseHold(services, id);
          },
        ],
        [
          15,
          'expire',
          async () => {
            const id = pick(reservations);
            if (id) await backdateHold(services.db, id);
          },
        ],
        [
          15,
          'confirm',
          async () => {
            const id = pick(reservations);
            if (id) await services.db.transaction((tx) => confirmReservation(tx, id));
          },
        ],
        [
          5,
          'cancel',
          async () => {
            const id = pick(reservations);
            if (id) await services.db.transaction((tx) => cancelConfirmedReservation(tx, id));
          },
        ],
        [10, 'sweep', () => sweeper.sweepOnce()],
      ];
      const total = operations.reduce((n, [w]) => n + w, 0);
      const choose = () => {
        let r = random() * total;
        for (const op of operations) if ((r -= op[0]) < 0) return op;
        return operations[0]!;
      };

      for (let round = 0; round < 15; round += 1) {
        const batch = Array.from({ length: 60 }, () => choose());
        for (const [, name] of batch) counts[name] = (counts[name] ?? 0) + 1;
        await Promise.all(batch.map(([, , run]) => run()));
        const mismatches = await findCapacityMismatches(services.db, fx.organizationId);
        assert.deepEqual(mismatches, [], `round ${round} (seed ${seed})`);
        const [neg] = await queryRows<{ n: number }>(
          services.db,
          sql`select count(*)::int as n from activity_sessions where capacity_remaining < 0`,
        );
        assert.equal(neg!.n, 0);
      }
      const [statuses] = await queryRows<{ held: number; confirmed: number; expired: number; released: number }>(
        services.db,
        sql`select count(*) filter (where status = 'held')::int as held,
                 count(*) filter (where status = 'confirmed')::int as confirmed,
                 count(*) filter (where status = 'expired')::int as expired,
                 count(*) filter (where status = 'released')::int as released
          from slot_reservations where organization_id = ${fx.organizationId}::uuid`,
      );
      t.diagnostic(`operations ${JSON.stringify(counts)}; final statuses ${JSON.stringify(statuses)}`);
      // The run must have exercised every transition, or it proves little.
      assert.ok(statuses!.confirmed > 0 && statuses!.expired > 0 && statuses!.released > 0, JSON.stringify(statuses));
    },
  );
});

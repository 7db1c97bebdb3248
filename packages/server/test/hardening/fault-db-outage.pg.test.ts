import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createDb, queryRows, type DbHandle } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createActivityFixture, createSession, RESERVE, type ActivityFixture } from '../reservations/fixtures.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

interface Attempt {
  readonly key: string;
  readonly party: number;
  outcome: string;
  reservationId?: string;
  retryable?: boolean;
  ms?: number;
}

describe('PostgreSQL outage while serving (connection cut at a TCP proxy)', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let handle: DbHandle;
  let app: TestApp;
  let fx: ActivityFixture;
  let sessionId: string;

  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    database = await openTestDatabase('postgres');
    const direct = new URL(database.url!);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const proxied = new URL(database.url!);
    proxied.port = String(proxy.port);
    handle = await createDb({ url: proxied.toString(), max: 10 });
    app = await startTestApp({
      database: { handle, url: proxied.toString(), close: async () => {} },
      holdSweeper: false,
      sessionGenerator: false,
    } as never);
    fx = await createActivityFixture(database.handle.db, { maxParty: 8 });
    sessionId = await createSession(database.handle.db, fx, { capacity: 2000 });
  });
  after(async () => {
    await app?.stop();
    await handle?.close();
    await proxy?.close();
    await database?.close();
  });

  const reserve = (a: Attempt) =>
    gql(app.url, RESERVE, {
      input: {
        sessionId,
        tickets: [{ tier: 'ADULT', quantity: a.party }],
        email: 'load@example.com',
        idempotencyKey: a.key,
      },
    });

  function record(a: Attempt, res: Awaited<ReturnType<typeof reserve>>) {
    const code = errorCode(res);
    a.outcome = code ?? res.data?.reserveSlot?.__typename ?? 'empty';
    a.retryable = res.errors?.[0]?.extensions?.retryable === true;
    if (a.outcome === 'Reservation') a.reservationId = res.data!.reserveSlot.id;
  }

  it(
    'should fail in-flight mutations cleanly with a retryable code, ' +
      'recover the pool, and lose or half-write nothing',
    async (t) => {
      const attempts: Attempt[] = [];
      let phase: 'before' | 'down' | 'after' = 'before';
      let restoredAt = 0;
      let firstSuccessAfterRestore = 0;
      const counts = { before: 0, down: 0, after: 0 };
      let stop = false;
      const worker = async () => {
        while (!stop) {
          const a: Attempt = { key: randomUUID(), party: 1 + (attempts.length % 3), outcome: 'pending' };
          attempts.push(a);
          const at = phase;
          const started = Date.now();
          record(a, await reserve(a));
          a.ms = Date.now() - started;
          if (a.outcome === 'Reservation') {
            counts[at] += 1;
            if (at === 'after' && !firstSuccessAfterRestore) firstSuccessAfterRestore = Date.now();
          }
        }
      };
      const until = async (cond: () => boolean, what: string, ms = 30_000) => {
        const deadline = Date.now() + ms;
        while (!cond()) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      const workers = Array.from({ length: 12 }, worker);
      await until(() => counts.before >= 60, '60 holds before the cut');

      phase = 'down';
      const cutAt = Date.now();
      proxy.cut();
      const failedWhileDown = () =>
        attempts.filter((a) => a.outcome !== 'pending' && a.outcome !== 'Reservation').length;
      await until(() => failedWhileDown() >= 30, '30 failures during the outage');
      const health = await fetch(`${app.url}/healthz`);
      assert.equal(health.status, 503);

      phase = 'after';
      restoredAt = Date.now();
      await proxy.restore();
      await until(() => counts.after >= 60, '60 holds after the restore');
      stop = true;
      await Promise.all(workers);
      assert.equal((await fetch(`${app.url}/healthz`)).status, 200);

      const failed = attempts.filter((a) => a.outcome !== 'Reservation');
      const slowestFailureMs = Math.max(...failed.map((a) => a.ms ?? 0));
      const byCode: Record<string, number> = {};
      for (const a of failed)
        byCode[`${a.outcome}${a.retryable ? ' (retryable)' : ''}`] =
          (byCode[`${a.outcome}${a.retryable ? ' (retryable)' : ''}`] ?? 0) + 1;
      // Every failure is INTERNAL marked retryable: nothing else, nothing hung.
      assert.deepEqual(Object.keys(byCode), ['INTERNAL (retryable)'], JSON.stringify(byCode));

      // Retrying each failed request with its idempotency key is safe: each gets one reservation.
      let committedBeforeLoss = 0;
      for (const a of failed) {
        const before = await queryRows<{ id: string }>(
          database.handle.db,
          sql`select id from slot_reservations where idempotency_key = ${a.key}`,
        );
        record(a, await reserve(a));
        assert.equal(a.outcome, 'Reservation', `retry of ${a.key}`);
        if (before[0]) {
          committedBeforeLoss += 1;
          assert.equal(a.reservationId, before[0].id, 'a retry returns the reservation that did commit');
        }
      }

      // Nothing lost, nothing doubled, capacity consistent (invariant 1).
      const rows = await queryRows<{ idempotency_key: string; id: string; party_size: number; status: string }>(
        database.handle.db,
        sql`select idempotency_key, id, party_size, status from slot_reservations
            where session_id = ${sessionId}::uuid`,
      );
      const byKey = new Map(rows.map((r) => [r.idempotency_key, r]));
      const lost = attempts.filter((a) => a.outcome === 'Reservation' && byKey.get(a.key)?.id !== a.reservationId);
      assert.equal(rows.length, attempts.length, 'one row per attempt, none half-written or doubled');
      assert.deepEqual(lost, []);
      assert.ok(rows.every((r) => r.status === 'held'));
      const mismatches = await findCapacityMismatches(database.handle.db);
      assert.deepEqual(mismatches, []);
      const [remaining] = await queryRows<{ n: number }>(
        database.handle.db,
        sql`select capacity_remaining as n from activity_sessions where id = ${sessionId}::uuid`,
      );
      assert.equal(Number(remaining!.n), 2000 - rows.reduce((s, r) => s + Number(r.party_size), 0));

      // Fail fast and come back fast (postgres.js backoff capped in db/client.ts; its default reaches 20 s).
      assert.ok(slowestFailureMs < 5_000, `a failure took ${slowestFailureMs} ms`);
      assert.ok(
        firstSuccessAfterRestore - restoredAt < 5_000,
        `recovery took ${firstSuccessAfterRestore - restoredAt} ms`,
      );
      t.diagnostic(
        `outage: ${attempts.length} reserveSlot requests ` +
          `(${counts.before} before, ${failed.length} failed during, ${counts.after} after); ` +
          `failures ${JSON.stringify(byCode)}; commits whose answer was lost: ${committedBeforeLoss}; ` +
          `slowest failure ${slowestFailureMs} ms; outage ${restoredAt - cutAt} ms; ` +
          `first hold ${firstSuccessAfterRestore - restoredAt} ms after restore; ` +
          `rows lost ${lost.length}; invariant violations ${mismatches.length}; proxy connections ${proxy.accepted}`,
      );
    },
  );
});

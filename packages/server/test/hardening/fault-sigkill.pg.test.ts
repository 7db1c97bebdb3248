import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createActivityFixture, createSession, RESERVE, type ActivityFixture } from '../reservations/fixtures.ts';
import { startChildServer, type ChildServer } from './child-server.ts';

const ENV = { HOLDS_PER_EMAIL: '0', HOLDS_PER_IP: '0', RATE_LIMIT_PER_MINUTE: '0' };

describe('server killed with SIGKILL during reservation traffic', () => {
  let database: TestDatabase;
  let fx: ActivityFixture;
  const sessions: string[] = [];
  const children: ChildServer[] = [];
  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    database = await openTestDatabase('postgres');
    fx = await createActivityFixture(database.handle.db, { maxParty: 8 });
    for (let i = 0; i < 4; i++) sessions.push(await createSession(database.handle.db, fx, { capacity: 40 }));
  });
  after(async () => {
    for (const c of children) if (c.process.exitCode === null && !c.process.killed) c.process.kill('SIGKILL');
    await database?.close();
  });

  const until = async (cond: () => boolean | Promise<boolean>, what: string, ms: number) => {
    const deadline = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const held = async () =>
    Number(
      (
        await queryRows<{ n: number }>(
          database.handle.db,
          sql`select count(*)::int as n from slot_reservations where status = 'held'`,
        )
      )[0]!.n,
    );

  it('should keep invariant 1 through the kill and sweep the expired holds after a restart', async (t) => {
    const first = await startChildServer({ ...ENV, DATABASE_URL: database.url! });
    children.push(first);
    const outcomes: Record<string, number> = {};
    const keys: Array<{ key: string; session: string; party: number; email: string; lost?: boolean }> = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const job: (typeof keys)[number] = {
          key: randomUUID(),
          session: sessions[(w + i) % sessions.length]!,
          party: 1 + (i % 3),
          email: `w${w}@example.com`,
        };
        keys.push(job);
        let outcome: string;
        try {
          const res = await gql(first.url, RESERVE, {
            input: {
              sessionId: job.session,
              tickets: [{ tier: 'ADULT', quantity: job.party }],
              email: job.email,
              idempotencyKey: job.key,
            },
          });
          outcome = res.errors?.[0]?.extensions?.code ?? res.data?.reserveSlot?.__typename ?? 'empty';
        } catch {
          outcome = 'connection lost';
          job.lost = true;
          stop = true;
        }
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    };
    const workers = Array.from({ length: 16 }, (_, w) => worker(w));
    await until(async () => (await held()) >= 60, '60 holds', 30_000);
    first.process.kill('SIGKILL');
    const killedAt = Date.now();
    await Promise.all(workers);
    assert.equal(await first.exited, 'SIGKILL');

    // PostgreSQL rolled back whatever the dead process had in flight.
    const afterKill = await findCapacityMismatches(database.handle.db);
    assert.deepEqual(afterKill, []);
    const holdsAtKill = await held();

    const second = await startChildServer({ ...ENV, DATABASE_URL: database.url! });
    children.push(second);
    const restartedMs = Date.now() - killedAt;

    // Requests whose answer died with the process are retried with their key:
    // one that had committed gets the same reservation back, never a second.
    let recovered = 0;
    for (const job of keys.filter((k) => k.lost)) {
      const [before] = await queryRows<{ id: string }>(
        database.handle.db,
        sql`select id from slot_reservations where idempotency_key = ${job.key}`,
      );
      const res = await gql(second.url, RESERVE, {
        input: {
          sessionId: job.session,
          tickets: [{ tier: 'ADULT', quantity: job.party }],
          email: job.email,
          idempotencyKey: job.key,
        },
      });
      if (before) {
        recovered += 1;
        assert.equal(res.data?.reserveSlot.id, before.id);
      }
    }
    assert.deepEqual(await findCapacityMismatches(database.handle.db), []);

    // Ten minutes pass (the holds' expiry moves, not the clock).
    await database.handle.db.execute(
      sql`update slot_reservations set expires_at = now() - interval '1 second' where status = 'held'`,
    );

    // Lazily: a hold on one session releases that session's expired holds at once.
    const lazy = await gql(second.url, RESERVE, {
      input: {
        sessionId: sessions[0],
        tickets: [{ tier: 'ADULT', quantity: 1 }],
        email: 'after@example.com',
        idempotencyKey: randomUUID(),
      },
    });
    assert.equal(lazy.data?.reserveSlot.__typename, 'Reservation', JSON.stringify(lazy));
    const [lazyLeft] = await queryRows<{ n: number }>(
      database.handle.db,
      sql`select count(*)::int as n from slot_reservations
          where session_id = ${sessions[0]}::uuid and status = 'held' and expires_at < now()`,
    );
    assert.equal(Number(lazyLeft!.n), 0);

    // The sweeper (every 30 s) releases the rest.
    const sweepStarted = Date.now();
    await until(async () => (await held()) === 1, 'the sweeper to expire every old hold', 45_000);
    const sweptMs = Date.now() - sweepStarted;
    const mismatches = await findCapacityMismatches(database.handle.db);
    assert.deepEqual(mismatches, []);
    const capacities = await queryRows<{ id: string; remaining: number }>(
      database.handle.db,
      // Only this test's sessions: the server's session generator adds the activity's scheduled ones.
      sql`select id, capacity_remaining as remaining from activity_sessions where id in (${sql.join(
        sessions.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    const total = capacities.reduce((s, c) => s + Number(c.remaining), 0);
    assert.equal(total, 4 * 40 - 1, 'every seat back except the one new hold');

    second.process.kill('SIGTERM');
    assert.equal(await second.exited, 0);
    t.diagnostic(
      `SIGKILL: ${keys.length} reserveSlot requests, outcomes ${JSON.stringify(outcomes)}; ` +
        `holds at kill ${holdsAtKill}; ` +
        `committed holds whose answer was lost and came back on retry ${recovered}; ` +
        `invariant violations after kill ${afterKill.length}, after sweep ${mismatches.length}; ` +
        `restart ${restartedMs} ms; ` +
        `expired holds swept ${sweptMs} ms after restart (sweeper interval 30 s)`,
    );
  });
});

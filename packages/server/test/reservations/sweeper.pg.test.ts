import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createActivityFixture, createSession } from './fixtures.ts';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const SESSIONS = 60;
const EXPIRED_PER_SESSION = 20;
const LIVE_PER_SESSION = 2;

interface WorkerOutput {
  expiredIds: string[];
  checkouts: string[];
}

/** A separate node process running the real sweeper against `url`; resolves once it is connected. */
function startWorker(url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/reservations/sweeper-worker.ts', url, '4'], {
    cwd: serverDir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`sweeper worker exited with ${code}`)));
    });
  return {
    ready: next(),
    go(): Promise<WorkerOutput> {
      const result = next().then((line) => JSON.parse(line) as WorkerOutput);
      child.stdin.write('go\n');
      return result;
    },
    kill: () => child.kill(),
  };
}

describe('hold sweeper across processes (PostgreSQL)', () => {
  let database: TestDatabase | undefined;
  before(async () => {
    if (!(await postgresReachable())) return; // the test skips loudly (or fails under CI)
    database = await openTestDatabase('postgres');
  });
  after(() => database?.close());

  it('should release each expired hold exactly once when two server processes sweep at the same time', async (t) => {
    if (!(await requirePostgres(t)) || !database) return;
    const db = database.handle.db;
    const fx = await createActivityFixture(db);
    for (let i = 0; i < SESSIONS; i += 1) await createSession(db, fx, { capacity: 30 });
    await db.execute(sql`
      insert into slot_reservations (session_id, organization_id, party_size, tickets, total_cents, currency, email,
                                     status, expires_at, idempotency_key, request_hash, checkout_session_id)
      select s.id, s.organization_id, 1, '[]'::jsonb, 0, 'USD', 'sweep@example.com', 'held',
             case when g <= ${EXPIRED_PER_SESSION} then now() - interval '1 minute'
                  else now() + interval '10 minutes' end,
             'k-' || s.id || '-' || g, 'h', case when g % 3 = 0 then 'cs_' || s.id || '_' || g end
      from activity_sessions s cross join generate_series(1, ${EXPIRED_PER_SESSION + LIVE_PER_SESSION}) g
      where s.organization_id = ${fx.organizationId}::uuid`);
    await db.execute(sql`update activity_sessions
                         set capacity_remaining = capacity_total - ${EXPIRED_PER_SESSION + LIVE_PER_SESSION}
                         where organization_id = ${fx.organizationId}::uuid`);
    assert.deepEqual(await findCapacityMismatches(db), []);
    const [due] = await queryRows<{ n: number; checkouts: number }>(
      db,
      sql`select count(*)::int as n, count(checkout_session_id)::int as checkouts from slot_reservations
          where expires_at < now()`,
    );

    const workers = [startWorker(database.url!), startWorker(database.url!)];
    try {
      await Promise.all(workers.map((w) => w.ready));
      const outputs = await Promise.all(workers.map((w) => w.go()));
      const ids = outputs.flatMap((o) => o.expiredIds);
      const checkouts = outputs.flatMap((o) => o.checkouts);
      t.diagnostic(`split of ${ids.length} releases: ${outputs.map((o) => o.expiredIds.length).join(' / ')}`);
      assert.equal(ids.length, SESSIONS * EXPIRED_PER_SESSION, 'every expired hold released');
      assert.equal(new Set(ids).size, ids.length, 'no hold released twice');
      assert.equal(checkouts.length, due!.checkouts, 'each checkout session expired once');
      assert.equal(new Set(checkouts).size, checkouts.length);
      assert.equal(ids.length, due!.n);
    } finally {
      for (const w of workers) w.kill();
    }
    const [after] = await queryRows<{ held: number; expired: number; remaining: number }>(
      db,
      sql`select (select count(*)::int from slot_reservations where status = 'held') as held,
                 (select count(*)::int from slot_reservations where status = 'expired') as expired,
                 (select sum(capacity_remaining)::int from activity_sessions) as remaining`,
    );
    assert.deepEqual(after, {
      held: SESSIONS * LIVE_PER_SESSION,
      expired: SESSIONS * EXPIRED_PER_SESSION,
      remaining: SESSIONS * (30 - LIVE_PER_SESSION),
    });
    assert.deepEqual(await findCapacityMismatches(db), []);
  });
});

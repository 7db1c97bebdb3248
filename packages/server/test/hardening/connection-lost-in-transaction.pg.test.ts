import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { requirePostgres } from '../support/postgres-only.ts';

/**
 * postgres.js 3.4.9 threw an uncaught TypeError (socket.write of null) when the
 * connection under a transaction died: every instance crashed on a database
 * failover. patches/postgres@3.4.9.patch fails the waiting queries instead.
 * An uncaught exception fails this file, so the assertions below are only
 * reached on a process that survived.
 */
describe('a database connection lost inside a transaction', () => {
  let database: TestDatabase;
  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    database = await openTestDatabase('postgres');
  });
  after(() => database?.close());

  it('should fail that transaction and leave the process and the pool working', async (t) => {
    if (!database) return t.skip('PostgreSQL not reachable');
    const { db } = database.handle;
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => void uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const killed = db.transaction(async (tx) => {
        const [me] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
        // Another pooled connection ends this one, as a failover or an administrator would.
        await database.handle.db.execute(sql`select pg_terminate_backend(${me!.pid})`);
        await new Promise((r) => setTimeout(r, 200));
        await tx.execute(sql`select 1`);
      });
      await assert.rejects(killed, (err: { code?: string; cause?: { code?: string } }) =>
        [err.code, err.cause?.code].some((c) => c === 'CONNECTION_CLOSED' || c === 'CONNECTION_ENDED' || c === '57P01'),
      );
      await new Promise((r) => setTimeout(r, 300)); // the late ROLLBACK write happens on the next tick
      assert.deepEqual(uncaught, []);
      const [row] = await queryRows<{ n: number }>(db, sql`select 42 as n`);
      assert.equal(Number(row!.n), 42);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});

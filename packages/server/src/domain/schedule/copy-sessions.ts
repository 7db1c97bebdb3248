import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { copyIn, postgresTransaction } from '../../db/copy.ts';
import { COPY_COLUMNS, encodeSessionRows, type SessionRows } from './copy-rows.ts';

/** Below this many rows the INSERT path is as fast and the set-up round trips are not worth it. */
export const COPY_MIN_ROWS = 500;

/**
 * Errors that mean "take the INSERT path": a unique violation (another writer
 * stored one of these starts meanwhile) and a role that may not set
 * session_replication_role (neither superuser nor granted `SET ON PARAMETER`).
 */
const FALL_BACK_ON = new Set(['23505', '42501']);

interface Eligibility {
  eligible: boolean;
  role: string;
}

/**
 * Bulk path on PostgreSQL (issue 3): the rows of ONE activity arrive by binary
 * COPY (heap pages filled many rows at a time, nothing parsed) with the
 * row-by-row foreign-key triggers off. Those triggers would run a `SELECT …
 * FOR KEY SHARE` on the same activity and organization rows for every
 * session (≈ 60 % of the server's work); taking those two locks once, here,
 * gives the same guarantee: both rows exist, belong together, and cannot be
 * deleted or re-keyed before this transaction ends.
 *
 * Returns the rows stored, or undefined when this transaction cannot take the
 * path; the caller then runs INSERT … ON CONFLICT DO NOTHING, which also
 * reports a missing activity the usual way. Not taken: PGlite, no
 * transaction, a role under row-level security (COPY FROM refuses it), a
 * role that may not set session_replication_role (superusers may; PostgreSQL
 * 15 lets a DBA `GRANT SET ON PARAMETER session_replication_role` to the
 * application's role), a table with a trigger or foreign key beyond the
 * two checked here (e.g. the partitioned layout; the waitlist's wake-up fires on
 * UPDATE of capacity_remaining only, which COPY never does, so it may stay), a missing activity, or a
 * row another writer stored after the caller read what exists (unique
 * violation: rolled back to a savepoint, the INSERT path then skips it).
 */
export async function copySessions(tx: DbOrTx, rows: SessionRows): Promise<number | undefined> {
  if (rows.startsMs.length < COPY_MIN_ROWS || !postgresTransaction(tx)) return undefined;
  const [check] = await queryRows<Eligibility>(
    tx,
    sql`select current_setting('session_replication_role') as role,
          not row_security_active('activity_sessions'::regclass)
          and not exists (select 1 from pg_trigger where tgrelid = 'activity_sessions'::regclass and not tgisinternal
                          and tgname <> 'activity_sessions_waitlist_wake')
          and (select array_agg(confrelid::regclass::text order by confrelid::regclass::text) from pg_constraint
               where conrelid = 'activity_sessions'::regclass and contype = 'f')
              = array['activities', 'organizations'] as eligible`,
  );
  if (!check?.eligible) return undefined;
  const locked = await queryRows<{ id: string }>(
    tx,
    sql`select a.id from activities a join organizations o on o.id = a.organization_id
        where a.id = ${rows.activityId}::uuid and o.id = ${rows.organizationId}::uuid
        for key share of a, o`,
  );
  if (locked.length === 0) return undefined;
  const data = encodeSessionRows(rows);
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint.execute(sql`set local session_replication_role = replica`);
      await copyIn(
        postgresTransaction(savepoint)!,
        `copy activity_sessions (${COPY_COLUMNS}) from stdin (format binary)`,
        data,
      );
      // Back on before the savepoint is released: SET LOCAL would otherwise last to the end of the transaction.
      await savepoint.execute(sql`select set_config('session_replication_role', ${check.role}, true)`);
    });
  } catch (error) {
    if (FALL_BACK_ON.has((error as { code?: string }).code ?? '')) return undefined;
    throw error;
  }
  return rows.startsMs.length;
}

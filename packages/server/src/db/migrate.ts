import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, queryRows, type DbHandle } from './client.ts';

// Arbitrary constant: every Slotkit instance takes the same lock, so only one migrates at a time.
const MIGRATION_LOCK = 727_001;

/** Applies the committed drizzle-kit migrations; safe when several instances start at once. */
export async function runMigrations(handle: DbHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
    return;
  }
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // A transaction-scoped advisory lock would end before migrate() commits, so the lock is
  // held in its own transaction that waits for migrate() to finish.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const gotLock = new Promise<void>((resolve) => (locked = resolve));
  const holder = handle.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    locked();
    await released;
  });
  try {
    await Promise.race([gotLock, holder]);
    await migrate(handle.db as never, { migrationsFolder });
  } finally {
    release();
    await holder;
  }
}

export interface MigrationStatus {
  /** Migrations this build ships (drizzle-kit journal). */
  readonly known: number;
  /** Of those, how many the database has not applied yet. */
  readonly pending: number;
  /** Applied migrations newer than this build knows (the database was migrated by a newer version). */
  readonly unknown: number;
}

/**
 * Compares the database's `drizzle.__drizzle_migrations` with the shipped journal the
 * way drizzle's migrator does: a migration is applied when its `when` is at or before
 * the newest applied one's `created_at`.
 */
export async function migrationStatus(handle: DbHandle): Promise<MigrationStatus> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const known = journal.entries.map((e) => e.when);
  const [table] = await queryRows<{ present: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!table?.present) return { known: known.length, pending: known.length, unknown: 0 };
  const applied = await queryRows<{ created_at: string | number }>(
    handle.db,
    sql`select created_at from drizzle.__drizzle_migrations`,
  );
  const appliedAt = applied.map((r) => Number(r.created_at));
  const newest = Math.max(0, ...appliedAt);
  return {
    known: known.length,
    pending: known.filter((when) => when > newest).length,
    unknown: appliedAt.filter((when) => !known.includes(when)).length,
  };
}

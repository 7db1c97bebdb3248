import { sql } from 'drizzle-orm';
import { migrationsFolder, type DbHandle } from './client.ts';

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

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres, { type Sql } from 'postgres';
import { createDb, type DbHandle } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';

/** Which engine this test process runs on: set by scripts/test-all.mjs. @default 'pglite' */
export type TestDriver = 'pglite' | 'postgres';
export const testDriver = (): TestDriver => (process.env.SLOTKIT_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/** The server every PostgreSQL test database is created on. */
export const adminPostgresUrl = () => process.env.SLOTKIT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly handle: DbHandle;
  /** postgres:// URL of this fresh database (undefined on PGlite) — for second server processes. */
  readonly url?: string;
  close(): Promise<void>;
}

export async function postgresReachable(): Promise<boolean> {
  const sql = postgres(adminPostgresUrl(), { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

let template: Blob | undefined;

/**
 * The migrated PGlite cluster scripts/test-all.mjs dumps once per run (SLOTKIT_PGLITE_TEMPLATE):
 * loading it takes ~0.5 s where an empty PGlite's initdb takes ~3 s. Migrations still run after
 * loading (a no-op on a current template), so a stale file cannot hide a new migration.
 */
function pgliteTemplate(): Blob | undefined {
  const path = process.env.SLOTKIT_PGLITE_TEMPLATE;
  if (!path) return undefined;
  template ??= new Blob([readFileSync(path)]);
  return template;
}

/** A database name that needs no quoting in SQL text (test databases and templates). */
export const PLAIN_NAME = /^[a-z0-9_]+$/;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '']);

/** True while a process of that pid runs on this machine (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Test databases (`slotkit_t_<pid>_<hex>`) and templates (`slotkit_tpl_<pid>`) whose process no longer
 * runs: a killed run never reached its drop, and CI reuses the machine's server. Only on a server of
 * this machine, where the pids in the names are this machine's; a live process keeps its databases.
 * Returns the names it dropped.
 */
export async function dropStaleTestDatabases(admin: Sql): Promise<string[]> {
  if (!LOCAL_HOSTS.has(new URL(adminPostgresUrl()).hostname)) return [];
  const rows = await admin<{ datname: string }[]>`
    select datname from pg_database where datname ~ '^slotkit_(t|tpl)_[0-9]+(_[0-9a-f]+)?$'`;
  const stale = rows
    .map((r) => r.datname)
    .filter((name) => PLAIN_NAME.test(name) && !running(Number(/^slotkit_(?:t|tpl)_(\d+)/.exec(name)![1])));
  for (const name of stale) await admin.unsafe(`drop database if exists ${name} with (force)`);
  return stale;
}

/**
 * The migrated database scripts/test-all.mjs creates once per run (SLOTKIT_PG_TEMPLATE_DB,
 * test/support/postgres-template.ts): copying it takes ~0.1 s where 18 migrations on an empty
 * database take ~1 s. As on PGlite, migrations still run after the copy (a no-op when current).
 */
function postgresTemplateClause(): string {
  const name = process.env.SLOTKIT_PG_TEMPLATE_DB;
  if (!name) return '';
  if (!PLAIN_NAME.test(name)) throw new Error(`SLOTKIT_PG_TEMPLATE_DB is not a plain name: ${name}`);
  return ` template ${name}`;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new
 * PostgreSQL database (created here, dropped on close) so runs never share rows.
 */
export async function openTestDatabase(
  driver: TestDriver = testDriver(),
  options: { max?: number } = {},
): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const handle = await createDb({ dataDir: 'memory://', loadDataDir: pgliteTemplate() });
    await runMigrations(handle);
    return { handle, close: () => handle.close() };
  }
  const name = `slotkit_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminPostgresUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${postgresTemplateClause()}`);
  } catch (err) {
    // An open admin connection would keep the test process alive until the runner's timeout.
    await admin.end({ timeout: 1 });
    throw err;
  }
  const url = new URL(adminPostgresUrl());
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), max: options.max ?? 10 });
  await runMigrations(handle);
  return {
    handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 2 });
    },
  };
}

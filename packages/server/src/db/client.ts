import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PgDialect, type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one database type both drivers satisfy; domain code takes this or a Tx. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Database | Tx;

export type Notification = (payload: string) => void;

export interface DbHandle {
  readonly db: Database;
  readonly driver: 'pglite' | 'postgres';
  /**
   * LISTEN on a channel; returns an unlisten function. Used by the change bus.
   * `onListen` runs after every (re)LISTEN: postgres.js re-listens by itself
   * after a dropped connection, and the bus must learn that it may have missed changes.
   */
  listen(channel: string, onPayload: Notification, onListen?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory. @default './.slotkit'; 'memory://' keeps everything in memory. */
  dataDir?: string;
  /** PGlite only: start from this dump (`dumpDataDir`) instead of an empty cluster: tests load a migrated template. */
  loadDataDir?: Blob;
  /** Pool size for postgres.js. @default 10 */
  max?: number;
  /** false: nothing runs prepared, queryRowsPrepared included (postgres.js only). @default true */
  prepare?: boolean;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  return options.url
    ? createPostgres(options.url, options.max ?? 10, options.prepare ?? true)
    : createPglite(options.dataDir ?? './.slotkit', options.loadDataDir);
}

async function createPostgres(url: string, max: number, prepare: boolean): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  // Reconnect backoff capped at 1 s (postgres.js's default grows to 20 s):
  // during an outage queued queries fail within about a second, and the pool
  // is back within a second of the database (test/hardening/fault-db-outage).
  const client = postgres(url, {
    max,
    prepare,
    onnotice: () => {},
    connect_timeout: 10,
    idle_timeout: 60,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    async listen(channel, onPayload, onListen) {
      const sub = await client.listen(channel, onPayload, onListen);
      return () => sub.unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function createPglite(dataDir: string, loadDataDir?: Blob): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(loadDataDir ? { dataDir, loadDataDir } : { dataDir });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    // In-process: the LISTEN cannot drop, so onListen runs once.
    async listen(channel, onPayload, onListen) {
      const unlisten = await client.listen(channel, onPayload);
      onListen?.();
      return unlisten;
    },
    close: () => client.close(),
  };
}

/** Rows of a raw `db.execute(sql…)`: postgres.js returns an array, PGlite `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

const dialect = new PgDialect();

/**
 * queryRows for a statement on a hot path, run as a prepared statement.
 * Drizzle runs `execute` (and every builder query not `.prepare()`d)
 * unprepared, and postgres.js then sends an unprepared statement that has
 * parameters in two round trips (Parse/Describe, wait for the parameter
 * types, then Bind/Execute), keeping the connection out of its pipeline in
 * between. Prepared, postgres.js keeps the statement per connection and every
 * later call is one Bind/Execute. Only for fixed SQL text: each distinct text
 * stays prepared on every connection until the connection is recycled.
 * `name` only labels the statement (PGlite runs it as before). With
 * DB_PREPARE=0 (createDb `prepare: false`) postgres.js prepares nothing.
 */
export async function queryRowsPrepared<T>(db: DbOrTx, name: string, query: SQL): Promise<T[]> {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  return rowsOf<T>(await prepared.execute());
}

/**
 * queryRowsPrepared for the hottest statements: the SQL text (positional
 * `$n` parameters) is written once, so a call builds no drizzle query, only
 * the parameter array. Same prepared-statement rules as above.
 */
export function fixedStatement<T>(name: string, text: string): (db: DbOrTx, params: unknown[]) => Promise<T[]> {
  return async (db, params) => {
    // On postgres.js, straight to the pool or transaction drizzle holds: drizzle's execute adds only
    // tracing spans around the same `unsafe(text, params, { prepare })` call (no logger, no cache, no
    // field mapping for a raw statement), ~4 % of a hold's server time (issue 17).
    const client = postgresClientOf(db);
    if (client) return (await client.unsafe(text, params as never[], { prepare: true })) as T[];
    return rowsOf<T>(await db._.session.prepareQuery({ sql: text, params }, undefined, name, false).execute());
  };
}

interface PostgresJsClient {
  unsafe(text: string, params: never[], options: { prepare: boolean }): Promise<unknown>;
}

/** The postgres.js `sql` (pool or transaction) behind a drizzle postgres-js database; undefined on PGlite. */
function postgresClientOf(db: DbOrTx): PostgresJsClient | undefined {
  const client = (db._.session as unknown as { client?: Partial<PostgresJsClient> }).client;
  return typeof client?.unsafe === 'function' && !isPglite(client) ? (client as PostgresJsClient) : undefined;
}

// PGlite has no `unsafe`; the check keeps it explicit should one appear.
const isPglite = (client: object): boolean => 'waitReady' in client;

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';

const TABLES = [
  'organizations',
  'api_keys',
  'venues',
  'activities',
  'activity_prices',
  'activity_sessions',
  'slot_reservations',
  'customers',
  'bookings',
  'stripe_events',
];

describe('migrations', () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(database.handle.db, q);

  it('should create every table of DESIGN.md §3', async () => {
    const found = await rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const names = new Set(found.map((r) => r.table_name));
    for (const table of TABLES) assert.ok(names.has(table), `missing table ${table}`);
  });

  it('should create the unique, check and foreign-key constraints the invariants rely on', async () => {
    const constraints = await rows<{ table: string; def: string; type: string }>(sql`
      select conrelid::regclass::text as table, pg_get_constraintdef(oid) as def, contype::text as type
      from pg_constraint where connamespace = 'public'::regnamespace`);
    const has = (table: string, type: string, pattern: RegExp) =>
      constraints.some((c) => c.table === table && c.type === type && pattern.test(c.def));
    assert.ok(has('activity_sessions', 'u', /UNIQUE \(activity_id, starts_at\)/), 'UNIQUE(activity_id, starts_at)');
    assert.ok(
      has('activity_sessions', 'c', /capacity_remaining >= 0.*capacity_remaining <= capacity_total/),
      'capacity CHECK',
    );
    assert.ok(has('venues', 'u', /UNIQUE \(embed_key\)/), 'venues.embed_key unique');
    assert.ok(has('activity_prices', 'u', /UNIQUE \(lookup_key\)/), 'lookup_key unique');
    assert.ok(has('slot_reservations', 'u', /UNIQUE \(idempotency_key\)/), 'idempotency_key unique');
    assert.ok(has('bookings', 'u', /UNIQUE \(booking_number\)/), 'booking_number unique');
    assert.ok(has('bookings', 'u', /UNIQUE \(reservation_id\)/), 'reservation_id unique');
    assert.ok(has('bookings', 'u', /UNIQUE \(stripe_checkout_session_id\)/), 'checkout session unique');
    assert.ok(has('api_keys', 'f', /REFERENCES organizations\(id\)/), 'api_keys → organizations');
    assert.ok(has('stripe_events', 'p', /PRIMARY KEY \(id\)/), 'stripe_events keyed by event id');
  });

  it('should create the indexes the hot paths read through', async () => {
    const indexes = await rows<{ indexdef: string }>(sql`select indexdef from pg_indexes where schemaname = 'public'`);
    const defs = indexes.map((i) => i.indexdef);
    assert.ok(
      defs.some((d) => /activity_sessions .* \(activity_id, local_date\)/.test(d)),
      'index (activity_id, local_date)',
    );
    assert.ok(
      defs.some((d) => /UNIQUE INDEX .* ON public\.customers .*\(organization_id, lower\(email\)\)/.test(d)),
      'customers unique lower(email)',
    );
  });

  it('should apply nothing the second time it runs', async () => {
    const before = await rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await runMigrations(database.handle);
    const afterRun = await rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    assert.equal(afterRun[0]!.n, before[0]!.n);
    assert.ok(before[0]!.n >= 1);
  });
});

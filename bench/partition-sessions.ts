/**
 * Times scripts/partition-sessions.sql on a copy with a million sessions
 * (docs/SCALING.md): a scratch PostgreSQL database, migrated, 100 activities ×
 * 10,000 hourly sessions spread over ~14 months, 20,000 holds, then the
 * conversion. Prints one JSON line; the scratch database is dropped.
 *
 *   pnpm --filter @slotkit/bench partition-sessions
 *   env: BENCH_PG_URL (server to create the database on), BENCH_SESSIONS (1000000)
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import postgres from 'postgres';
import { createDb } from '../packages/server/src/db/client.ts';
import { runMigrations } from '../packages/server/src/db/migrate.ts';
import { createScratchDatabase } from './scratch-database.ts';

const total = Number(process.env.BENCH_SESSIONS ?? 1_000_000);
const activities = 100;
const perActivity = Math.ceil(total / activities);
const script = new URL('../packages/server/scripts/partition-sessions.sql', import.meta.url);

/** The one row an aggregate query answers. */
function one<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('expected one row');
  return row;
}

async function main() {
  const scratch = await createScratchDatabase('slotkit_bench_part');
  const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  try {
    // The migration lock and the migrator use one connection each.
    const handle = await createDb({ url: scratch.url, max: 2 });
    await runMigrations(handle);
    await handle.close();
    const t0 = performance.now();
    await sql.unsafe(`
      with o as (insert into organizations (name) values ('Bench') returning id),
           v as (insert into venues (organization_id, name, embed_key, timezone, currency)
                 select id, 'Bench venue', '${scratch.name}', 'America/New_York', 'USD' from o
                 returning id, organization_id)
      insert into activities (venue_id, organization_id, name, duration_minutes, capacity, max_party, settings)
      select v.id, v.organization_id, 'Activity ' || g, 60, 8, 8, '{}'::jsonb
      from v, generate_series(1, ${activities}) g`);
    // Hourly sessions 09:00–21:00 UTC each day: 12 a day, so 10,000 per activity span ~833 days.
    await sql.unsafe(`
      insert into activity_sessions (activity_id, organization_id, starts_at, ends_at, local_date,
        capacity_total, capacity_remaining)
      select a.id, a.organization_id, t, t + interval '1 hour', (t at time zone 'America/New_York')::date, 8, 8
      from activities a,
           lateral (select date_trunc('day', now()) + (n / 12) * interval '1 day'
                      + (9 + n % 12) * interval '1 hour' as t
                    from generate_series(0, ${perActivity - 1}) n) s`);
    await sql.unsafe(`
      insert into slot_reservations (session_id, organization_id, party_size, tickets, total_cents, currency, email,
        expires_at, idempotency_key, request_hash)
      select id, organization_id, 1, '[]', 1000, 'USD', 'b@example.com', now() + interval '10 minutes',
        'bench-' || id, 'h'
      from activity_sessions tablesample system (2) limit 20000`);
    await sql.unsafe('vacuum analyze activity_sessions');
    const seedMs = performance.now() - t0;
    const { n } = one(await sql<{ n: number }[]>`select count(*)::int as n from activity_sessions`);
    const { size } = one(
      await sql<{ size: string }[]>`select pg_size_pretty(pg_total_relation_size('activity_sessions')) as size`,
    );

    const t1 = performance.now();
    await sql.unsafe(await readFile(script, 'utf8'));
    const convertMs = performance.now() - t1;

    const { parts } = one(
      await sql<
        { parts: number }[]
      >`select count(*)::int as parts from pg_inherits where inhparent = 'activity_sessions'::regclass`,
    );
    const { after } = one(await sql<{ after: number }[]>`select count(*)::int as after from activity_sessions`);
    const { pruned } = one(
      await sql<{ pruned: string }[]>`
      select count(*)::text as pruned from activity_sessions
      where starts_at >= date_trunc('month', now()) + interval '2 months'
        and starts_at < date_trunc('month', now()) + interval '3 months'`,
    );
    console.log(
      JSON.stringify({
        bench: 'partition-sessions',
        sessions: n,
        holds: 20_000,
        tableSizeBefore: size,
        seedSeconds: +(seedMs / 1000).toFixed(1),
        conversionSeconds: +(convertMs / 1000).toFixed(1),
        partitions: parts,
        rowsAfter: after,
        oneMonthRows: Number(pruned),
        loadavg: loadavg().map((l) => +l.toFixed(2)),
      }),
    );
  } finally {
    await sql.end({ timeout: 2 });
    await scratch.drop();
  }
}

await main();

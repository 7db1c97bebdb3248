import { loadavg } from 'node:os';
import type postgres from 'postgres';

/** What the database was doing during one phase: wait events, lock waits, and the hot row's cost to find. */
export interface PhaseDiagnostics {
  samples: number;
  /** Share of sampled backends of this database, by `state/wait_event_type:wait_event` (top 6). */
  waits: Record<string, number>;
  /** Ungranted locks seen per sample, by `locktype:mode` (mean). */
  lockWaitsPerSample: Record<string, number>;
  /** Shared buffers one primary-key lookup of the hot session touches at the end (dead versions to walk). */
  hotRowLookupBuffers: number | null;
  /** activity_sessions over the phase: updates, of which HOT, dead tuples at the end, autovacuums. */
  sessionsTable: { updates: number; hotUpdates: number; deadTuplesAtEnd: number; autovacuums: number };
  /** xmin age of the oldest snapshot in this database at the end (a long one stops pruning). */
  oldestXminAge: number | null;
  /** slot_reservations indexes used in the phase: scans, entries read per scan (a plan walking every hold shows). */
  reservationIndexes: Record<string, { scans: number; tuplesPerScan: number }>;
  /** The machine's 1-minute load average at the end of the phase (the machine may be shared). */
  loadavg1m: number;
}

interface IndexStats {
  name: string;
  scans: number;
  read: number;
}

async function indexStats(sql: postgres.Sql): Promise<Map<string, IndexStats>> {
  const rows = await sql<IndexStats[]>`
    select indexrelname as name, idx_scan::int as scans, idx_tup_read::bigint::float8 as read
    from pg_stat_user_indexes where relname = 'slot_reservations'`;
  return new Map(rows.map((r) => [r.name, r]));
}

interface TableStats {
  upd: number;
  hot: number;
  dead: number;
  av: number;
}

async function tableStats(sql: postgres.Sql): Promise<TableStats> {
  const [row] = await sql<TableStats[]>`
    select n_tup_upd::int as upd, n_tup_hot_upd::int as hot, n_dead_tup::int as dead, autovacuum_count::int as av
    from pg_stat_user_tables where relname = 'activity_sessions'`;
  return row ?? { upd: 0, hot: 0, dead: 0, av: 0 };
}

/**
 * Samples pg_stat_activity and pg_locks every `everyMs` on its own connection
 * while a phase runs (the cost is one small query per sample). Statistics
 * counters are flushed by backends at most once a second, so table figures
 * are approximate.
 */
export async function sampleDuring<T>(
  sql: postgres.Sql,
  hotSessionId: string,
  run: () => Promise<T>,
  everyMs = 100,
): Promise<{ result: T; diagnostics: PhaseDiagnostics }> {
  const waits = new Map<string, number>();
  const locks = new Map<string, number>();
  let samples = 0;
  let backends = 0;
  let stopped = false;
  const before = await tableStats(sql);
  const indexesBefore = await indexStats(sql);
  const loop = (async () => {
    while (!stopped) {
      const rows = await sql<{ k: string; n: number }[]>`
        select coalesce(state, '?') || '/' || coalesce(wait_event_type || ':' || wait_event, 'cpu') as k,
          count(*)::int as n
        from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
          and state <> 'idle'
        group by 1`;
      const waiting = await sql<{ k: string; n: number }[]>`
        select l.locktype || ':' || l.mode as k, count(*)::int as n
        from pg_locks l join pg_stat_activity a using (pid)
        where not l.granted and a.datname = current_database()
        group by 1`;
      samples += 1;
      for (const r of rows) {
        waits.set(r.k, (waits.get(r.k) ?? 0) + r.n);
        backends += r.n;
      }
      for (const r of waiting) locks.set(r.k, (locks.get(r.k) ?? 0) + r.n);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  let result: T;
  try {
    result = await run();
  } finally {
    stopped = true;
    await loop;
  }
  const plan = await sql<{ 'QUERY PLAN': string }[]>`
    explain (analyze, buffers, costs off, timing off, format text)
    select capacity_remaining from activity_sessions where id = ${hotSessionId}::uuid`;
  const hits = plan
    .map((r) => /Buffers: shared hit=(\d+)(?: read=(\d+))?/.exec(r['QUERY PLAN']))
    .find((m) => m !== null);
  const [xmin] = await sql<{ age: number | null }[]>`
    select max(age(backend_xmin))::int as age from pg_stat_activity where datname = current_database()`;
  const after = await tableStats(sql);
  const indexesAfter = await indexStats(sql);
  const reservationIndexes: PhaseDiagnostics['reservationIndexes'] = {};
  for (const [name, a] of indexesAfter) {
    const b = indexesBefore.get(name) ?? { name, scans: 0, read: 0 };
    const scans = a.scans - b.scans;
    if (scans > 0) reservationIndexes[name] = { scans, tuplesPerScan: Number(((a.read - b.read) / scans).toFixed(1)) };
  }
  const share = (n: number) => Number((n / Math.max(1, backends)).toFixed(3));
  const top = [...waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  return {
    result,
    diagnostics: {
      samples,
      waits: Object.fromEntries(top.map(([k, n]) => [k, share(n)])),
      lockWaitsPerSample: Object.fromEntries(
        [...locks.entries()].map(([k, n]) => [k, Number((n / Math.max(1, samples)).toFixed(1))]),
      ),
      hotRowLookupBuffers: hits ? Number(hits[1]) + Number(hits[2] ?? 0) : null,
      sessionsTable: {
        updates: after.upd - before.upd,
        hotUpdates: after.hot - before.hot,
        deadTuplesAtEnd: after.dead,
        autovacuums: after.av - before.av,
      },
      oldestXminAge: xmin?.age ?? null,
      reservationIndexes,
      loadavg1m: Number(loadavg()[0]!.toFixed(1)),
    },
  };
}

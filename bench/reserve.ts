/**
 * Hold throughput (issue 4): 64 concurrent clients reserving party size 1 on
 * (a) one hot session and (b) 1,000 sessions, through the GraphQL HTTP
 * endpoint of a real server process, and in the same run the same
 * reserve_slot() call driven directly with postgres.js (no GraphQL), so our
 * stack's overhead is a ratio. Ends with a contested phase (64 clients, 100
 * seats) and an oversell check over every session. Prints one JSON document.
 *
 *   pnpm --filter @slotkit/bench reserve
 *   env: BENCH_PG_URL (server to create the database on), BENCH_CLIENTS (64),
 *        BENCH_POOL (10, both paths), BENCH_SECONDS (5 per phase), BENCH_ROUNDS (3), BENCH_WARMUP_SECONDS (1),
 *        BENCH_SERVER_WARMUP_SECONDS (10: GraphQL calls before the first round, so rounds see a warm JIT),
 *        BENCH_SERVER_NODE_ARGS (extra node flags for the server process, e.g. --cpu-prof),
 *        BENCH_PHASES (comma list of hotRaw, hotGraphql, spreadRaw, spreadGraphql, hotRawNoNotify; default all)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createDb } from '../packages/server/src/db/client.ts';
import { SERVER_NODE_ARGS } from '../packages/server/src/launch-args.ts';
import { runMigrations } from '../packages/server/src/db/migrate.ts';
import { activitySessions } from '../packages/server/src/db/schema/index.ts';
import { findCapacityMismatches } from '../packages/server/src/domain/reservations/capacity-check.ts';
import { sampleDuring, type PhaseDiagnostics } from './lock-sampler.ts';
import { createScratchDatabase, seedBenchActivity } from './scratch-database.ts';
import { freePort } from '../scripts/test/free-port.mjs';

const clients = Number(process.env.BENCH_CLIENTS ?? 64);
const pool = Number(process.env.BENCH_POOL ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const serverWarmupSeconds = Number(process.env.BENCH_SERVER_WARMUP_SECONDS ?? 10);
const PHASES = ['hotRaw', 'hotGraphql', 'spreadRaw', 'spreadGraphql', 'hotRawNoNotify'] as const;
type PhaseName = (typeof PHASES)[number];
// BENCH_PHASES: a comma list of the phases to run each round (default all), e.g. `hotRaw,hotRawNoNotify`.
const wanted = new Set((process.env.BENCH_PHASES ?? PHASES.join(',')).split(',').map((p) => p.trim()));
const runs$ = (name: PhaseName) => wanted.has(name);
const serverDir = fileURLToPath(new URL('../packages/server/', import.meta.url));

const RESERVE =
  'mutation R($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename ' +
  '... on Reservation { id } ... on SlotUnavailable { remaining } } }';

interface PhaseResult {
  latencies?: number[];
  /** Every completed call, warm-up included. */
  calls?: number;
  holds: number;
  refused: number;
  errors: number;
  holdsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

type Attempt = () => Promise<'held' | 'refused'>;

/** `clients` loops calling `attempt` back to back; only calls that start after the warm-up and end before the deadline
 * count. */
async function phase(attempt: Attempt, durationS = seconds): Promise<PhaseResult> {
  const start = performance.now();
  const measureFrom = start + warmupSeconds * 1000;
  const end = measureFrom + durationS * 1000;
  const latencies: number[] = [];
  let holds = 0;
  let refused = 0;
  let errors = 0;
  let calls = 0;
  let firstError: unknown;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const outcome = await attempt();
          const t1 = performance.now();
          calls += 1;
          if (t0 >= measureFrom && t1 <= end) {
            latencies.push(t1 - t0);
            if (outcome === 'held') holds += 1;
            else refused += 1;
          }
        } catch (err) {
          errors += 1;
          firstError ??= err;
        }
      }
    }),
  );
  if (firstError)
    process.stderr.write(
      `first error: ${firstError instanceof Error ? firstError.message : JSON.stringify(firstError)}\n`,
    );
  latencies.sort((a, b) => a - b);
  return {
    latencies,
    calls,
    holds,
    refused,
    errors,
    holdsPerSec: Math.round(holds / durationS),
    ...percentiles(latencies),
  };
}

function percentiles(sorted: number[]) {
  const q = (p: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2));
  return { p50Ms: q(0.5), p95Ms: q(0.95), p99Ms: q(0.99) };
}

/** All rounds of one phase as one: total holds over total measured time, percentiles over every call. */
function combine(results: PhaseResult[]): PhaseResult & { holdsPerSecByRound: number[] } {
  const latencies = results.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  const holds = results.reduce((n, r) => n + r.holds, 0);
  return {
    holds,
    refused: results.reduce((n, r) => n + r.refused, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    holdsPerSec: results.length ? Math.round(holds / (seconds * results.length)) : 0,
    holdsPerSecByRound: results.map((r) => r.holdsPerSec),
    ...percentiles(latencies),
  };
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
  } catch {
    return undefined;
  }
}

/** The product as deployed: `src/main.ts` in its own process with the flags `pnpm start` uses, limits off. */
async function startServerProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, ...SERVER_NODE_ARGS, 'src/main.ts'], {
    cwd: serverDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      // As deployed: production mode (graphql-js and Express skip their development checks).
      NODE_ENV: 'production',
      STRIPE_SECRET_KEY: 'sk_test_bench',
      STRIPE_WEBHOOK_SECRET: 'whsec_bench',
      DATABASE_URL: databaseUrl,
      DB_POOL_MAX: String(pool),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SLOTKIT_DEMO: '0',
      HOLDS_PER_EMAIL: '0',
      HOLDS_PER_IP: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

// Unique idempotency keys without a UUID per call: the load generator shares the CPU with the server.
const keyPrefix = randomUUID();
let keyCounter = 0;
const nextKey = () => `${keyPrefix}-${(keyCounter += 1)}`;

function graphqlAttempt(url: string, pickSession: () => string): Attempt {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL('/graphql', url);
  const head =
    `{"query":${JSON.stringify(RESERVE)},"variables":{"input":` +
    `{"tickets":[{"tier":"ADULT","quantity":1}],"email":"bench@example.com","sessionId":"`;
  return () =>
    new Promise((resolve, reject) => {
      const body = `${head}${pickSession()}","idempotencyKey":"${nextKey()}"}}}`;
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const json = JSON.parse(Buffer.concat(chunks).toString()) as {
              data?: { reserveSlot?: { __typename: string } };
              errors?: unknown;
            };
            const kind = json.data?.reserveSlot?.__typename;
            if (kind === 'Reservation') resolve('held');
            else if (kind === 'SlotUnavailable') resolve('refused');
            else reject(new Error(JSON.stringify(json.errors ?? json)));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

/** The same function call the server makes, with the tickets it would price. */
function rawAttempt(
  sql: postgres.Sql,
  tickets: postgres.JSONValue,
  pickSession: () => string,
  fn = 'reserve_slot',
): Attempt {
  return async () => {
    const [row] =
      await sql`select ${sql(fn)}(${pickSession()}::uuid, 1, ${sql.json(tickets)}, 2500, 'USD', 'bench@example.com',
      ${nextKey()}, 'bench', '127.0.0.1', false, false, 'en', ${new Date().toISOString()}::timestamptz, 10, 0, 0,
      false, null::uuid, 0) as r`;
    const outcome = (row!.r as { outcome: string }).outcome;
    if (outcome === 'reserved') return 'held';
    if (outcome === 'unavailable') return 'refused';
    throw new Error(`reserve_slot answered ${outcome}`);
  };
}

/*
 * The `rawWithoutNotify` collapse (issue 17). Earlier runs saw this phase fall within one run (1,500 → 55,
 * 341 → 51 holds/s over three rounds), never with NOTIFY and never on the GraphQL path. What the samples
 * (lock-sampler.ts, printed as hotSession.diagnostics) show, 2026-12-01, load average 20–30 on 2 cores:
 * - With and without NOTIFY the database looks the same: ~75–85 % of the active backends wait on
 *   `Lock:transactionid` (the row-lock queue: each waits for the transaction holding the hot session row),
 *   ~8 % are that holder in `IO:WALSync` (its commit flush, which the row lock outlives), a few % in
 *   `LWLock:LockManager`. With NOTIFY a little `object:AccessExclusiveLock` appears: the notify commit lock,
 *   which serializes notifying commits after the row lock queue already has.
 * - Nothing accumulates that would explain a collapse at these rates: a primary-key lookup of the hot row
 *   reads 3 buffers at the end of every phase (its HOT chain is pruned), ~98 % of its updates are HOT, no
 *   snapshot holds the xmin horizon back (age 0), the lazy-expiry query reads 0 index entries per call (the
 *   partial index, not every hold of the session).
 * - One thing does accumulate: dead row versions of activity_sessions (~400 → ~1,100 over five rounds) with
 *   no autovacuum in any phase — on this shared server autovacuum's workers go round many test databases.
 * Not reproduced here (11 no-notify phases in three runs, 150–400 holds/s). The likeliest explanation
 * needs the rate it was seen at (≥ 1,500 holds/s): without the notify lock pacing commits, ten backends
 * keep the hot row's page pinned almost without a gap, pruning (which needs the page unpinned) rarely gets
 * its turn, the page fills, updates stop being HOT, every lookup and every row-lock waiter walks more dead
 * versions and index entries, the lock is held longer, and with no vacuum arriving it feeds itself round
 * after round. `hotRowLookupBuffers` climbing and `hotUpdates / updates` falling in the diagnostics is
 * that signature (one late no-notify phase read 9 buffers, the only reading over 3). The product cannot
 * run this variant: reserve_slot() always notifies (also with CHANGE_BUS=nats, where writers still
 * pg_notify and one relay republishes to NATS), no setting turns it off, and a real session has tens of
 * seats, not a 10,000,000-seat row taking thousands of holds a second.
 */
async function main() {
  const loadAverageAtStart = loadavg().map((l) => Number(l.toFixed(1)));
  const scratch = await createScratchDatabase();
  const { name } = scratch;
  const handle = await createDb({ url: scratch.url, max: 2 });
  const raw = postgres(scratch.url, { max: pool, onnotice: () => {} });
  // Its own connection: samples pg_stat_activity / pg_locks while the hot raw phases run (lock-sampler.ts).
  const observer = postgres(scratch.url, { max: 1, onnotice: () => {} });
  let server: ChildProcess | undefined;
  try {
    await runMigrations(handle);
    const db = handle.db;
    const bench = await seedBenchActivity(db, name);
    const session = (i: number, capacity: number) => {
      const startsAt = new Date(Date.now() + 30 * 86_400_000 + i * 3_600_000);
      return {
        activityId: bench.activityId,
        organizationId: bench.organizationId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        localDate: startsAt.toISOString().slice(0, 10),
        capacityTotal: capacity,
        capacityRemaining: capacity,
      };
    };
    const big = 10_000_000;
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
    const [hot] = ids(await db.insert(activitySessions).values(session(0, big)).returning({ id: activitySessions.id }));
    const spread = ids(
      await db
        .insert(activitySessions)
        .values(Array.from({ length: 1000 }, (_, i) => session(i + 1, big)))
        .returning({ id: activitySessions.id }),
    );
    const [contested] = ids(
      await db.insert(activitySessions).values(session(2000, 100)).returning({ id: activitySessions.id }),
    );
    const tickets = [
      { tier: 'adult', priceId: bench.priceId, name: 'Adult', quantity: 1, unitAmountCents: 2500, stripePriceId: null },
    ];

    const started = await startServerProcess(scratch.url);
    server = started.child;
    const hotPick = () => hot!;
    const spreadPick = () => spread[Math.floor(Math.random() * spread.length)]!;
    // Raw and GraphQL phases alternate, so load from whatever else runs on the machine hits both alike.
    const runs: Record<'hotRaw' | 'hotGraphql' | 'spreadRaw' | 'spreadGraphql' | 'hotRawNoNotify', PhaseResult[]> = {
      hotRaw: [],
      hotGraphql: [],
      spreadRaw: [],
      spreadGraphql: [],
      hotRawNoNotify: [],
    };
    // What the in-transaction NOTIFY costs: PostgreSQL serializes the commits of notifying transactions.
    const [fn] = await raw<Array<{ def: string }>>`select pg_get_functiondef('reserve_slot'::regproc) as def`;
    const withoutNotify = fn!.def
      .replace(/FUNCTION public\.reserve_slot\(/, 'FUNCTION public.reserve_slot_without_notify(')
      .replaceAll(/PERFORM pg_notify\([^;]*\);/g, '');
    if (withoutNotify.includes('pg_notify'))
      throw new Error('could not strip NOTIFY from reserve_slot for the comparison');
    await raw.unsafe(withoutNotify);
    const graphqlHot = graphqlAttempt(started.url, hotPick);
    const graphqlSpread = graphqlAttempt(started.url, spreadPick);
    // CPU per call (server process, and this load generator) is the load-independent cost of each path (the machine may
    // be shared).
    const cpu = { graphql: { server: 0, client: 0, calls: 0 }, raw: { server: 0, client: 0, calls: 0 } };
    const tallied = (path: 'graphql' | 'raw') => async (attempt: Attempt) => {
      const [before, clientBefore] = [cpuMs(server?.pid), process.cpuUsage()];
      const result = await phase(attempt);
      const [after, client] = [cpuMs(server?.pid), process.cpuUsage(clientBefore)];
      if (before !== undefined && after !== undefined) cpu[path].server += after - before;
      cpu[path].client += (client.user + client.system) / 1000;
      cpu[path].calls += result.calls ?? 0;
      return result;
    };
    const measured = tallied('graphql');
    const rawMeasured = tallied('raw');
    // A fresh process runs its hot paths interpreted and its heap unsized for a while; a deployed
    // server has been up for days. Without this the first round read ~0.6 × the third.
    const graphqlPhases = runs$('hotGraphql') || runs$('spreadGraphql');
    const serverWarmup =
      serverWarmupSeconds > 0 && graphqlPhases ? await phase(graphqlSpread, serverWarmupSeconds) : undefined;
    const perCall = (path: 'graphql' | 'raw', who: 'server' | 'client') =>
      cpu[path].calls ? Number((cpu[path][who] / cpu[path].calls).toFixed(3)) : null;
    const diagnostics: Record<'hotRaw' | 'hotRawNoNotify', PhaseDiagnostics[]> = { hotRaw: [], hotRawNoNotify: [] };
    const sampled = async (name: 'hotRaw' | 'hotRawNoNotify', run: () => Promise<PhaseResult>) => {
      const { result, diagnostics: d } = await sampleDuring(observer, hot!, run);
      diagnostics[name].push(d);
      return result;
    };
    for (let round = 0; round < rounds; round += 1) {
      if (runs$('hotRaw'))
        runs.hotRaw.push(await sampled('hotRaw', () => rawMeasured(rawAttempt(raw, tickets, hotPick))));
      if (runs$('hotGraphql')) runs.hotGraphql.push(await measured(graphqlHot));
      if (runs$('spreadRaw')) runs.spreadRaw.push(await rawMeasured(rawAttempt(raw, tickets, spreadPick)));
      if (runs$('spreadGraphql')) runs.spreadGraphql.push(await measured(graphqlSpread));
      if (runs$('hotRawNoNotify'))
        runs.hotRawNoNotify.push(
          await sampled('hotRawNoNotify', () =>
            phase(rawAttempt(raw, tickets, hotPick, 'reserve_slot_without_notify')),
          ),
        );
    }
    const hotRaw = combine(runs.hotRaw);
    const hotGraphql = combine(runs.hotGraphql);
    const spreadRaw = combine(runs.spreadRaw);
    const spreadGraphql = combine(runs.spreadGraphql);
    const contestedRun = await phase(
      graphqlAttempt(started.url, () => contested!),
      2,
    );

    const mismatches = await findCapacityMismatches(db);
    const [counts] = await raw`select count(*)::int as reservations,
        (select count(*)::int from slot_reservations where session_id = ${contested!}::uuid) as contested_holds,
        (select min(capacity_remaining)::int from activity_sessions) as min_remaining
      from slot_reservations`;
    const ratio = (g: PhaseResult, r: PhaseResult) => Number((g.holdsPerSec / Math.max(1, r.holdsPerSec)).toFixed(2));
    const result = {
      bench: 'reserve',
      clients,
      pool,
      secondsPerPhase: seconds,
      rounds,
      cpus: cpus().length,
      loadAverageAtStart,
      serverWarmup: serverWarmup && {
        seconds: serverWarmupSeconds,
        holdsPerSec: serverWarmup.holdsPerSec,
        p99Ms: serverWarmup.p99Ms,
      },
      hotSession: {
        graphql: hotGraphql,
        raw: hotRaw,
        ratioGraphqlToRaw: ratio(hotGraphql, hotRaw),
        rawWithoutNotify: combine(runs.hotRawNoNotify),
        // Per round: wait events, lock waits, the hot row's lookup cost (see the collapse note above main()).
        diagnostics,
      },
      thousandSessions: { graphql: spreadGraphql, raw: spreadRaw, ratioGraphqlToRaw: ratio(spreadGraphql, spreadRaw) },
      cpuMsPerCall: {
        graphql: { server: perCall('graphql', 'server'), loadGenerator: perCall('graphql', 'client') },
        raw: { loadGenerator: perCall('raw', 'client') },
      },
      loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(1))),
      contested: { capacity: 100, holds: counts!.contested_holds, refusedInWindow: contestedRun.refused },
      oversell: {
        mismatchedSessions: mismatches.length,
        minCapacityRemaining: counts!.min_remaining,
        reservations: counts!.reservations,
        ok: mismatches.length === 0 && counts!.min_remaining >= 0 && counts!.contested_holds <= 100,
      },
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    if (!result.oversell.ok) process.exitCode = 1;
  } finally {
    server?.kill('SIGTERM');
    if (server && server.exitCode === null) await new Promise((r) => server!.once('exit', r));
    await raw.end({ timeout: 2 });
    await observer.end({ timeout: 2 });
    await handle.close();
    await scratch.drop();
  }
}

await main();

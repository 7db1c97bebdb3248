/**
 * Realtime fanout (issue 6): 2,000 graphql-ws subscribers on one (activity,
 * date) plus 200 on 50 other dates, while 100 reservations/s for 20 s go to a
 * session of the hot date through the reserveSlot mutation. The server is its
 * own process (fanout-server.ts = startApp + an IPC stats channel). Prints one
 * JSON document: availability queries/s for the hot topic (target ≤ 2.5),
 * commit → push latency at the clients (target p95 ≤ 800 ms), server RSS.
 *
 *   pnpm --filter @slotkit/bench fanout
 *   env: BENCH_PG_URL, BENCH_HOT (2000), BENCH_OTHER (200), BENCH_RATE (100/s), BENCH_SECONDS (20),
 *        BENCH_SERVER_NODE_ARGS (extra node flags for the server),
 *        REALTIME_DEBOUNCE_MS / REALTIME_MAX_WAIT_MS (the server's throttle window / retry; defaults 500 / 2000)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createDb } from '../packages/server/src/db/client.ts';
import { runMigrations } from '../packages/server/src/db/migrate.ts';
import { activitySessions } from '../packages/server/src/db/schema/index.ts';
import { SERVER_NODE_ARGS } from '../packages/server/src/launch-args.ts';
import { fanoutSpread, pushLatencies, type Push, type Reservation } from './fanout-latency.ts';
import type { ServerRequest, ServerStats } from './fanout-server.ts';
import { createScratchDatabase, seedBenchActivity } from './scratch-database.ts';

const hotCount = Number(process.env.BENCH_HOT ?? 2000);
const otherCount = Number(process.env.BENCH_OTHER ?? 200);
const rate = Number(process.env.BENCH_RATE ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const debounceMs = process.env.REALTIME_DEBOUNCE_MS ?? '500';
const maxWaitMs = process.env.REALTIME_MAX_WAIT_MS ?? '2000';
const CAPACITY = 10_000_000;

const SUBSCRIBE =
  'subscription($a: ID!, $d: Date!) { availabilityChanged(activityId: $a, date: $d) ' +
  '{ sessions { capacityRemaining } } }';
const RESERVE = 'mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }';
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The server process and its IPC stats channel. */
async function startServer(
  databaseUrl: string,
): Promise<{ url: string; stats(key: string): Promise<ServerStats>; stop(): Promise<void> }> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./fanout-server.ts', import.meta.url)), [], {
    // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    execArgv: [...SERVER_NODE_ARGS, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SLOTKIT_DEMO: '0',
      HOLDS_PER_EMAIL: '0',
      HOLDS_PER_IP: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      WS_CONNECTIONS_PER_IP: '0', // 2,200 sockets from this one address
      LOG_LEVEL: 'warn',
      REALTIME_DEBOUNCE_MS: debounceMs,
      REALTIME_MAX_WAIT_MS: maxWaitMs,
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  let seq = 0;
  const ask = (message: ServerRequest) => child.send(message);
  return {
    url,
    stats: (key) =>
      new Promise((resolve) => {
        const id = ++seq;
        const onMessage = (m: ServerStats) => {
          if (m.type === 'stats' && m.id === id) {
            child.off('message', onMessage);
            resolve(m);
          }
        };
        child.on('message', onMessage);
        ask({ type: 'stats', id, key });
      }),
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      ask({ type: 'stop' });
      await exited;
    },
  };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One subscriber: its own socket, like one widget in one browser tab. */
function subscriber(url: string, activityId: string, date: string, pushes: Push[] | null): Client {
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
  });
  client.subscribe<{ availabilityChanged: { sessions: Array<{ capacityRemaining: number }> } }>(
    { query: SUBSCRIBE, variables: { a: activityId, d: date } },
    {
      next: (r) => {
        const s = r.data?.availabilityChanged.sessions[0];
        if (pushes && s) pushes.push({ at: performance.now(), seatsTaken: CAPACITY - s.capacityRemaining });
      },
      error: (err) => process.stderr.write(`subscription error: ${JSON.stringify(err)}\n`),
      complete: () => {},
    },
  );
  return client;
}

async function main() {
  const scratch = await createScratchDatabase();
  const { name } = scratch;
  const handle = await createDb({ url: scratch.url, max: 2 });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const clients: Client[] = [];
  try {
    await runMigrations(handle);
    const db = handle.db;
    const bench = await seedBenchActivity(db, name);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(18, 0, 0, 0);
    const hotDate = startsAt.toISOString().slice(0, 10);
    const [session] = await db
      .insert(activitySessions)
      .values({
        activityId: bench.activityId,
        organizationId: bench.organizationId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        localDate: hotDate,
        capacityTotal: CAPACITY,
        capacityRemaining: CAPACITY,
      })
      .returning();
    const hotKey = `availability:${bench.activityId}:${hotDate}`;
    const otherDate = (i: number) =>
      new Date(startsAt.getTime() + (10 + (i % 50)) * 86_400_000).toISOString().slice(0, 10);

    server = await startServer(scratch.url);
    const idle = await server.stats(hotKey);

    // Connect in batches, as a crowd of widgets would arrive (not all in one tick).
    const hotPushes: Push[][] = Array.from({ length: hotCount }, () => []);
    const connectStart = performance.now();
    for (let i = 0; i < hotCount + otherCount; i += 100) {
      for (let j = i; j < Math.min(i + 100, hotCount + otherCount); j++) {
        clients.push(
          j < hotCount
            ? subscriber(server.url, bench.activityId, hotDate, hotPushes[j]!)
            : subscriber(server.url, bench.activityId, otherDate(j), null),
        );
      }
      await until(
        async () => ((await server!.stats(hotKey)).feed?.listeners ?? 0) >= Math.min(i + 100, hotCount),
        30_000,
        'subscribers',
      );
    }
    await until(
      async () => (await server!.stats(hotKey)).feeds === 1 + Math.min(50, otherCount),
      30_000,
      'other feeds',
    );
    const connectedMs = Math.round(performance.now() - connectStart);
    const connected = await server.stats(hotKey);

    // 100 reservations per second on the hot session, on a fixed schedule (open loop).
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const target = new URL('/graphql', server.url);
    const reservations: Reservation[] = [];
    let failures = 0;
    const reserve = () =>
      new Promise<void>((resolve) => {
        const sentAt = performance.now();
        const body = JSON.stringify({
          query: RESERVE,
          variables: {
            input: {
              sessionId: session!.id,
              tickets: [{ tier: 'ADULT', quantity: 1 }],
              email: 'fan@example.com',
              idempotencyKey: randomUUID(),
            },
          },
        });
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
              const ok =
                (JSON.parse(Buffer.concat(chunks).toString()) as { data?: { reserveSlot?: { __typename: string } } })
                  .data?.reserveSlot?.__typename === 'Reservation';
              if (ok) reservations.push({ sentAt, answeredAt: performance.now() });
              else failures += 1;
              resolve();
            });
          },
        );
        req.on('error', () => {
          failures += 1;
          resolve();
        });
        req.end(body);
      });
    const before = await server.stats(hotKey);
    const rss: number[] = [];
    const sampler = setInterval(() => void server!.stats(hotKey).then((s) => rss.push(s.rssBytes)), 1_000);
    const loadStart = performance.now();
    const inflight: Promise<void>[] = [];
    const total = rate * seconds;
    for (let i = 0; i < total; i++) {
      const due = loadStart + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inflight.push(reserve());
    }
    await Promise.all(inflight);
    const loadMs = performance.now() - loadStart;
    // The last window's push: every hot client must see every held seat.
    await until(() => hotPushes.every((p) => (p.at(-1)?.seatsTaken ?? 0) >= reservations.length), 15_000, 'final push');
    clearInterval(sampler);
    const after = await server.stats(hotKey);
    const computes = after.feed!.computes - before.feed!.computes;
    const windowS = (Math.max(...hotPushes.map((p) => p.at(-1)!.at)) - loadStart) / 1000;

    const latency = pushLatencies(reservations, hotPushes);
    const result = {
      bench: 'fanout',
      cpus: cpus().length,
      loadavg1m: Number(loadavg()[0]!.toFixed(2)),
      window: { debounceMs: Number(debounceMs), maxWaitMs: Number(maxWaitMs) },
      subscribers: { hot: hotCount, other: otherCount, otherTopics: Math.min(50, otherCount), connectedMs },
      load: {
        reservations: reservations.length,
        failures,
        targetPerSec: rate,
        achievedPerSec: Number((reservations.length / (loadMs / 1000)).toFixed(1)),
        seconds,
      },
      hotTopic: {
        availabilityQueries: computes,
        overSeconds: Number(windowS.toFixed(2)),
        queriesPerSec: Number((computes / windowS).toFixed(2)),
        targetQueriesPerSec: 2.5,
        // A throttle pushes about once per window while holds keep coming, plus the trailing push.
        pushesPerClient: {
          min: Math.min(...hotPushes.map((p) => p.length)),
          mean: Number((hotPushes.reduce((n, p) => n + p.length, 0) / Math.max(1, hotPushes.length)).toFixed(1)),
          max: Math.max(...hotPushes.map((p) => p.length)),
        },
      },
      commitToPushMs: {
        ...latency.fromAnswer,
        target_p95: 800,
        note: 'from the mutation answer (commit is just before it) to the push at each hot client',
      },
      requestToPushMs: { ...latency.fromRequest, note: 'from the mutation request start: an upper bound' },
      fanoutSpreadMs: fanoutSpread(hotPushes),
      unmatchedSamples: latency.missing,
      changeBusLagMs: { last: after.bus.lastLagMs, max: after.bus.maxLagMs, reconnects: after.bus.reconnects },
      serverRssMb: {
        idle: mb(idle.rssBytes),
        connected: mb(connected.rssBytes),
        peakUnderLoad: mb(Math.max(...rss, after.rssBytes)),
        end: mb(after.rssBytes),
      },
      serverCpuSecondsUnderLoad: Number(((after.cpuMicros - before.cpuMicros) / 1e6).toFixed(1)),
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    agent.destroy();
  } finally {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    await server?.stop();
    await handle.close();
    await scratch.drop();
  }
}

await main();

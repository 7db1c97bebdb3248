/**
 * The public read path over HTTP (issue 9): widgetConfig and availability with
 * 50 connections on one instance, read cache on vs off; the same on two
 * instances behind a tiny round-robin proxy; and Apollo's bare "hello" in the
 * same run as the ceiling. Servers and proxy are child processes; autocannon
 * runs here. PostgreSQL scratch database with the demo seed. Prints JSON.
 *
 *   pnpm --filter @slotkit/bench read-path
 *   env: BENCH_PG_URL, BENCH_SECONDS (10 per run), BENCH_CONNECTIONS (50)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createDb } from '../packages/server/src/db/client.ts';
import { runMigrations } from '../packages/server/src/db/migrate.ts';
import { SERVER_NODE_ARGS } from '../packages/server/src/launch-args.ts';
import { DEMO_EMBED_KEY, seedDemo } from '../packages/server/src/seed/demo.ts';
import { createScratchDatabase } from './scratch-database.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const nodeScript = fileURLToPath(new URL('./read-path-node.ts', import.meta.url));
const children: ChildProcess[] = [];

async function spawnNode(role: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, nodeScript, role], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${role} exited (${code})`)));
  });
}

async function stopAll(): Promise<void> {
  await Promise.all(
    children
      .splice(0)
      .map((c) => new Promise<void>((r) => (c.exitCode !== null ? r() : (c.once('exit', () => r()), c.stdin!.end())))),
  );
}

interface Run {
  reqPerSec: number;
  p99Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, body: unknown): Promise<Run> {
  const r = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    reqPerSec: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    p50Ms: r.latency.p50,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function main() {
  const scratch = await createScratchDatabase('slotkit_bench_read');
  const databaseUrl = scratch.url;
  try {
    const handle = await createDb({ url: databaseUrl, max: 2 });
    await runMigrations(handle);
    const seeded = await seedDemo(handle.db, { publicOrigin: 'http://127.0.0.1' });
    await handle.close();
    const activityId = seeded.activityIds[0]!;
    const date = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const widget = {
      query:
        'query W($a: ID) { widgetConfig(activityId: $a) { venue { name timezone currency } ' +
        'activities { id name durationMinutes prices { id tier amountCents } } } }',
      variables: { a: activityId },
    };
    const venue = {
      query:
        'query V($k: String) { widgetConfig(embedKey: $k) { venue { name } ' +
        'activities { id name prices { amountCents } } } }',
      variables: { k: DEMO_EMBED_KEY },
    };
    const availability = {
      query: 'query A($a: ID!, $d: Date!) { availability(activityId: $a, date: $d) { id startsAt capacityRemaining } }',
      variables: { a: activityId, d: date },
    };
    const results: Record<string, Run> = {};
    const base = { DATABASE_URL: databaseUrl, DB_POOL_MAX: '10' };

    const hello = await spawnNode('hello', {});
    await load(hello, { query: '{ hello }' }); // warm-up
    results.apolloHello = await load(hello, { query: '{ hello }' });
    await stopAll();

    for (const cache of ['1', '0']) {
      const one = await spawnNode('instance', { ...base, READ_CACHE: cache });
      const tag = cache === '1' ? 'cached' : 'uncached';
      await load(one, widget);
      results[`oneInstance.widgetConfig.${tag}`] = await load(one, widget);
      results[`oneInstance.widgetConfigVenue.${tag}`] = await load(one, venue);
      results[`oneInstance.availability.${tag}`] = await load(one, availability);
      await stopAll();
    }

    const a = await spawnNode('instance', { ...base, READ_CACHE: '1' });
    const b = await spawnNode('instance', { ...base, READ_CACHE: '1' });
    const proxy = await spawnNode('proxy', { UPSTREAMS: `${a},${b}` });
    await load(proxy, widget);
    results['twoInstancesProxy.widgetConfig.cached'] = await load(proxy, widget);
    results['twoInstancesProxy.availability'] = await load(proxy, availability);
    await stopAll();

    const hello_ = results.apolloHello.reqPerSec;
    const ratios = Object.fromEntries(
      Object.entries(results)
        .filter(([k]) => k !== 'apolloHello')
        .map(([k, v]) => [k, +(v.reqPerSec / hello_).toFixed(2)]),
    );
    console.log(
      JSON.stringify(
        {
          bench: 'read-path',
          connections,
          secondsPerRun: seconds,
          cores: cpus().length,
          loadavgAfter: loadavg().map((l) => +l.toFixed(2)),
          results,
          ratioToApolloHello: ratios,
          target: {
            cachedWidgetConfigReqPerSec: 5000,
            met: results['oneInstance.widgetConfig.cached']!.reqPerSec >= 5000,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await stopAll();
    await scratch.drop();
  }
}

await main();

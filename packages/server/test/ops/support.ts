import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect as netConnect } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import type { BusEvent } from '../../src/realtime/change-bus.ts';
import type { AppServices } from '../../src/services.ts';
import type { Config } from '../../src/config.ts';
import { notifyChange, venueTopic } from '../../src/realtime/topics.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

export const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
export const natsUrl = () => process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

export interface ChildInstance {
  readonly url: string;
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL('./fixtures/instance.ts', import.meta.url));

/** Another Slotkit process on the same database, with extra settings (the bus, the cache). */
export async function startChild(databaseUrl: string, env: Record<string, string> = {}): Promise<ChildInstance> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, METRICS_TOKEN, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`instance exited early (${code})`)));
  });
  return {
    url,
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}

export async function natsReachable(): Promise<boolean> {
  const { hostname, port } = new URL(natsUrl());
  return new Promise((resolve) => {
    const socket = netConnect({ host: hostname, port: Number(port || 4222) });
    socket.setTimeout(2_000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** Like requirePostgres: an unreachable NATS skips loudly outside CI and fails under CI=true. */
export async function requireNats(t: TestContext): Promise<boolean> {
  if (await natsReachable()) return true;
  const message = `NATS is not reachable at ${natsUrl()}: start nats-server (see .ci/run) to test CHANGE_BUS=nats`;
  if (process.env.CI === 'true') throw new Error(message);
  process.stderr.write(`\n!!! SKIPPED: ${message}\n`);
  t.skip(message);
  return false;
}

/** Resolves when this instance's bus delivers a change whose topic matches (register BEFORE the write). */
export function nextChange(
  services: Pick<AppServices, 'realtime'>,
  match: (topic: string) => boolean,
): Promise<string> {
  return new Promise((resolve) => {
    const off = services.realtime.bus.onAny((e: BusEvent) => {
      if (e.type === 'change' && match(e.topic)) {
        off();
        resolve(e.topic);
      }
    });
  });
}

/** One counter/gauge sample from Prometheus text, e.g. sample(text, 'slotkit_read_cache_total', {cache:'widgetConfig',
 * result:'hit'}). */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

export async function scrape(baseUrl: string, token = METRICS_TOKEN): Promise<string> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  return res.text();
}

export interface DemoApp {
  readonly app: TestApp;
  readonly adminKey: string;
  /** The demo's first activity. */
  readonly activityId: string;
}

/**
 * Resolves once this instance's bus has delivered every change committed before the call: a sentinel
 * NOTIFY is committed now and notifications arrive in commit order. Without it a loaded machine can
 * deliver a setup's changes (e.g. the seed's) in the middle of the test and drop what it just cached.
 */
export async function busSettled(services: Pick<AppServices, 'realtime' | 'db'>): Promise<void> {
  const sentinel = venueTopic(`settled-${randomUUID()}`);
  const delivered = nextChange(services, (t) => t === sentinel);
  await notifyChange(services.db, sentinel);
  await delivered;
}

/** A server with /metrics on (METRICS_TOKEN) and the demo venue seeded for its own origin. */
export async function startDemoApp(config: Partial<Config> = {}): Promise<DemoApp> {
  const app = await startTestApp({ config: { METRICS_TOKEN, ...config } });
  const seeded = await seedDemo(app.services.db, { publicOrigin: app.url });
  await busSettled(app.services);
  return { app, adminKey: seeded.adminKey!, activityId: seeded.activityIds[0]! };
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { SERVER_NODE_ARGS } from '../../src/launch-args.ts';
import { DEMO_EMBED_KEY } from '../../src/domain/demo-venue.ts';
import { freePort } from '../../../../scripts/test/free-port.mjs';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

const WIDGET_CONFIG = JSON.stringify({ query: `{ widgetConfig(embedKey: "${DEMO_EMBED_KEY}") { venue { name } } }` });

/**
 * `pnpm start` as a new user runs it: a fresh embedded database, the demo seed, whatever NODE_ENV the
 * shell has. /healthz is polled from the first moment the port accepts connections; the first 200 must
 * already mean the demo venue answers (readiness covers migrations and the seed).
 */
async function startAndProbe(
  nodeEnv: string | undefined,
): Promise<{ firstReady: number; widgetConfig: unknown; notReadySeen: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'slotkit-start-'));
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    PORT: String(port),
    HOST: '127.0.0.1',
    SLOTKIT_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  if (nodeEnv) env.NODE_ENV = nodeEnv;
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, 'src/main.ts'], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += String(c)));
  child.stderr.on('data', (c: Buffer) => (output += String(c)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = Date.now() + 90_000;
    let notReadySeen = 0;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output}`);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (health?.status === 503) notReadySeen += 1;
      if (health?.status === 200) {
        const firstReady = Date.now();
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: WIDGET_CONFIG,
        });
        return { firstReady, widgetConfig: await res.json(), notReadySeen };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`/healthz never answered 200 within 90 s:\n${output}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('pnpm start (src/main.ts) on a fresh embedded database', () => {
  it('should answer the demo widgetConfig the first moment /healthz is 200 (NODE_ENV development)', async () => {
    const probe = await startAndProbe('development');
    assert.deepEqual(probe.widgetConfig, { data: { widgetConfig: { venue: { name: 'Mystery Manor' } } } });
  });

  // A shell without NODE_ENV starts the same server, so the cold start above covers it: the server reads
  // NODE_ENV only through loadConfig, and the libraries that read it themselves (Apollo, Express, graphql,
  // graphql-ws, graphql-armor) only compare it with "production" or "test", or default it to "development".
  it('should configure an unset NODE_ENV exactly as development', () => {
    const env = { PORT: '0', HOST: '127.0.0.1', SLOTKIT_DATA_DIR: '/tmp/slotkit-start', LOG_LEVEL: 'warn' };
    const unset = loadConfig(env);
    assert.deepEqual(unset, loadConfig({ ...env, NODE_ENV: 'development' }));
    assert.equal(unset.NODE_ENV, 'development');
    assert.equal(unset.SLOTKIT_DEMO, true);
  });
});

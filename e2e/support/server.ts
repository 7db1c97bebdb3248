import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { COMPILED_SERVER_NODE_ARGS, SERVER_NODE_ARGS } from '../../packages/server/src/launch-args.ts';
import { pgliteServerDataDir } from '../../packages/server/test/support/pglite-data-dir.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The admin key the spawned server seeds, so tests can read bookings back. */
export const ADMIN_KEY = 'slk_e2e_admin_key_0000000000000001';

export interface RunningSlotkit {
  /** http://localhost:PORT, as `pnpm start` prints it. */
  readonly url: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the product the way `pnpm start` does (packages/server/src/main.ts:
 * migrations, demo seed, local test checkout), on a random port and its own
 * PGlite (a folder holding a copy of the run's migrated template when there is
 * one, else in memory), with no Stripe key and no abuse limits. `compiled`: the
 * production build instead (`pnpm build`'s packages/server/dist on plain node).
 */
export async function startSlotkit(
  env: Record<string, string> = {},
  options: { compiled?: boolean } = {},
): Promise<RunningSlotkit> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(STRIPE_|DATABASE_|PUBLIC_URL|SLOTKIT_|PORT$|HOST$|NODE_ENV$)/.test(k),
    ),
  );
  const args = options.compiled
    ? [...COMPILED_SERVER_NODE_ARGS, 'packages/server/dist/main.js']
    : [...SERVER_NODE_ARGS, 'packages/server/src/main.ts'];
  const dataDir = pgliteServerDataDir();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...clean,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      SLOTKIT_DATA_DIR: dataDir.dir,
      SLOTKIT_ADMIN_KEY: ADMIN_KEY,
      RATE_LIMIT_PER_MINUTE: '0',
      HOLDS_PER_EMAIL: '0',
      HOLDS_PER_IP: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => dataDir.remove());
  let text = '';
  child.stdout!.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (text += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // A server that never came up must not outlive the test: its pipes would keep the test process alive.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 120 s:\n${text}`));
    }, 120_000);
    const check = () => {
      const m = /Slotkit is running on (http:\/\/\S+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${text}`));
    });
  });
  return {
    url,
    output: () => text,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.ts';

const bin = fileURLToPath(new URL('../../bin/slotkit.js', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `slotkit <args>` as its own process, the way `pnpm slotkit` does (bin/slotkit.js), with
 * only the given settings in its environment (plus PATH), so the developer's shell cannot leak in.
 */
export function runSlotkit(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: cliEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += String(c)));
    child.stderr.on('data', (c: Buffer) => (stderr += String(c)));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The whole environment a `slotkit` process gets from runSlotkit: nothing of the test's own (NODE_ENV, INIT_CWD…). */
const cliEnv = (env: Record<string, string>): Record<string, string> => ({
  PATH: process.env.PATH!,
  LOG_LEVEL: 'warn',
  ...env,
});

/**
 * The same invocation as runSlotkit, run in this process (src/cli/main.ts without the process start,
 * ~1 core-second each): the same environment, stdout and stderr as main.ts writes them. runCli reads
 * its settings from io.env only, but libraries under it read process.env (postgres.js: PGHOST,
 * PGPASSWORD, PGSSLMODE…), so process.env is the child's while the command runs. The command's logger
 * writes to process.stderr, so whatever reaches process.stderr meanwhile is stderr too.
 */
export async function runSlotkitInProcess(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const capture = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    for (const callback of rest) if (typeof callback === 'function') (callback as () => void)();
    return true;
  };
  const own = Object.getOwnPropertyDescriptor(process.stderr, 'write');
  const ownEnv = process.env;
  Object.defineProperty(process.stderr, 'write', { value: capture, configurable: true, writable: true });
  process.env = cliEnv(env);
  try {
    const code = await runCli(args, {
      env: process.env,
      out: (line) => (stdout += `${line}\n`),
      err: (line) => (stderr += `${line}\n`),
    });
    return { code, stdout, stderr };
  } finally {
    process.env = ownEnv;
    if (own) Object.defineProperty(process.stderr, 'write', own);
    else Reflect.deleteProperty(process.stderr, 'write');
  }
}

/** The secret a command printed once, and the id it printed with it. */
export function printedKey(stdout: string): string {
  const key = /API key \(shown once[^)]*\): (slk_[\w-]+)/.exec(stdout)?.[1];
  if (!key) throw new Error(`no API key in:\n${stdout}`);
  return key;
}

export function printedId(stdout: string, label: string): string {
  const id = new RegExp(`${label}: ([0-9a-f-]{36})`).exec(stdout)?.[1];
  if (!id) throw new Error(`no ${label} in:\n${stdout}`);
  return id;
}

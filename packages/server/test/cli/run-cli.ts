import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
      env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', ...env },
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

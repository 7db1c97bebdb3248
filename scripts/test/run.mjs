// How the test command runs one command of a step: output buffered and printed in one piece when it ends
// (two lanes run side by side), and the CPU it used added to the step's meter.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `cmd args` in the workspace root; resolves with its exit code. Under bash, whose `times` reports
 * the CPU the command and every process it waited for used (test servers, builds, the browser's main
 * process): added to `meter.seconds`. Not counted: PostgreSQL's backends and Chromium's renderers
 * (reparented when their browser ends), so it is a lower bound.
 */
export function run(cmd, args, env = {}, meter = { seconds: 0 }) {
  return new Promise((resolve) => {
    const script = '"$@"; status=$?; times >&3; exit $status';
    const child = spawn('bash', ['-c', script, 'step', cmd, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const out = [];
    const times = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.stdio[3].on('data', (d) => times.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      // Second line: the children's user and system time, e.g. "1m2.345s 0m6.789s".
      const children = Buffer.concat(times).toString().split('\n')[1] ?? '';
      for (const [, m, s] of children.matchAll(/(\d+)m([\d.]+)s/g)) meter.seconds += Number(m) * 60 + Number(s);
      resolve(code ?? 1);
    });
  });
}

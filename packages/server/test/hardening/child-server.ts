import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { COMPILED_SERVER_NODE_ARGS, SERVER_NODE_ARGS } from '../../src/launch-args.ts';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  readonly process: ChildProcess;
  readonly url: string;
  readonly port: number;
  /** Resolves with the exit code (or signal name) when the process ends. */
  readonly exited: Promise<number | string>;
  output(): string;
}

/**
 * Runs the server as a real process, so signals and exits are real: `src/main.ts`
 * through tsx (what `pnpm start` runs), or the compiled `dist/main.js` (what
 * `start:prod` runs, about half the CPU per start) when the test command has
 * just built it (SLOTKIT_TEST_COMPILED_SERVER=1, set by scripts/test-all.mjs).
 * Resolves once it logs that it is listening (the info line "slotkit started":
 * keep LOG_LEVEL at info or below).
 */
export async function startChildServer(
  env: Record<string, string>,
  /** `pnpm`: through the package's `pnpm start` script, as a user or a process manager runs it. */
  via: 'node' | 'pnpm' = 'node',
): Promise<ChildServer> {
  const [command, args] =
    via === 'pnpm'
      ? ['pnpm', ['start']]
      : process.env.SLOTKIT_TEST_COMPILED_SERVER === '1'
        ? [process.execPath, [...COMPILED_SERVER_NODE_ARGS, 'dist/main.js']]
        : [process.execPath, [...SERVER_NODE_ARGS, 'src/main.ts']];
  const child = spawn(command, args, {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      SLOTKIT_DEMO: '0',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += String(chunk);
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (out += String(c)));
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
    setTimeout(() => reject(new Error(`server did not log its URL within 90 s:\n${out}`)), 90_000).unref();
  });
  return { process: child, url, port: Number(new URL(url).port), exited, output: () => out };
}

/** True once nothing accepts connections on the port any more. */
export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

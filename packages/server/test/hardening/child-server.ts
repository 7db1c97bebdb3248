import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_ARGS } from '../../src/launch-args.ts';

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
 * Runs `src/main.ts` as a real process (what `pnpm start` runs), so signals
 * and exits are real. Resolves once it logs that it is listening (the info
 * line "slotkit started": keep LOG_LEVEL at info or below).
 */
export async function startChildServer(
  env: Record<string, string>,
  /** `pnpm`: through the package's `pnpm start` script, as a user or a process manager runs it. */
  via: 'node' | 'pnpm' = 'node',
): Promise<ChildServer> {
  const [command, args] =
    via === 'pnpm' ? ['pnpm', ['start']] : [process.execPath, [...SERVER_NODE_ARGS, 'src/main.ts']];
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

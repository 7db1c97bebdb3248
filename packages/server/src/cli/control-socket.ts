import { chmodSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { DbHandle } from '../db/client.ts';

/**
 * PGlite is one process's database: a second process opening the same folder
 * sees a copy whose writes the running server never reads (and may overwrite).
 * So a server on PGlite listens on a Unix socket in its data folder, and the
 * `slotkit` CLI, finding it, runs the command inside that server against its
 * open database: `pnpm slotkit org create` works while `pnpm start` runs.
 * Access is the folder's: the socket is created 0600 in the data directory.
 * Protocol: one JSON line `{argv}` in; JSON lines `{out}` / `{err}` and a last `{exit}` back.
 */
export const controlSocketPath = (dataDir: string) => join(resolve(dataDir), 'cli.sock');

/** Unix socket paths are limited to about 100 bytes; a longer folder simply gets no socket. */
const MAX_SOCKET_PATH = 100;

export type RunInServer = (
  argv: readonly string[],
  io: { out(line: string): void; err(line: string): void; database: DbHandle },
) => Promise<number>;

export async function serveCliControl(
  dataDir: string,
  database: DbHandle,
  run: RunInServer,
): Promise<{ close(): Promise<void> } | undefined> {
  const path = controlSocketPath(dataDir);
  if (process.platform === 'win32' || path.length > MAX_SOCKET_PATH) return undefined;
  rmSync(path, { force: true }); // left by a server that was killed
  const server: Server = createServer((socket) => void serveOne(socket, database, run));
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(path, () => ok()));
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((done) =>
        server.close(() => {
          rmSync(path, { force: true });
          done();
        }),
      ),
  };
}

async function serveOne(socket: Socket, database: DbHandle, run: RunInServer): Promise<void> {
  socket.on('error', () => {});
  const send = (message: object) => socket.write(`${JSON.stringify(message)}\n`);
  const lines = createInterface({ input: socket });
  for await (const line of lines) {
    let exit = 1;
    try {
      const { argv } = JSON.parse(line) as { argv: unknown };
      if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new Error('argv must be strings');
      exit = await run(argv, { out: (l) => send({ out: l }), err: (l) => send({ err: l }), database });
    } catch (err) {
      send({ err: `slotkit: ${(err as Error).message}` });
    }
    send({ exit });
    socket.end();
    break;
  }
}

/**
 * Runs the command in the server holding this PGlite folder, if one is running.
 * Resolves to the exit code, or undefined when no server answers (then the CLI opens the folder itself).
 */
export function forwardToServer(
  dataDir: string,
  argv: readonly string[],
  io: { out(line: string): void; err(line: string): void },
): Promise<number | undefined> {
  const path = controlSocketPath(dataDir);
  return new Promise((done) => {
    const socket = connect(path);
    let connected = false;
    let exit: number | undefined;
    socket.once('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify({ argv })}\n`);
      const lines = createInterface({ input: socket });
      lines.on('line', (line) => {
        const message = JSON.parse(line) as { out?: string; err?: string; exit?: number };
        if (message.out !== undefined) io.out(message.out);
        if (message.err !== undefined) io.err(message.err);
        if (message.exit !== undefined) exit = message.exit;
      });
    });
    socket.once('error', () => done(connected ? 1 : undefined));
    socket.once('close', () => {
      if (connected && exit === undefined) io.err('slotkit: the running server closed the connection');
      done(connected ? (exit ?? 1) : undefined);
    });
  });
}

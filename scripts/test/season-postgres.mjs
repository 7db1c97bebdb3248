// A private PostgreSQL cluster for the test command's season pass (scripts/test-all.mjs): started under
// libfaketime with the same clock offset as the test processes, so the database's now() (column
// defaults, the outbox, cancellations) and the server's clock agree in the other season. The machine's
// own server cannot have its clock moved. Throwaway: no fsync, removed when stopped.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

/** initdb, pg_ctl and postgres of the newest installed PostgreSQL (Debian's layout, else pg_config's). */
function binDir() {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(debian, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (found) return found;
  const r = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  return dir && existsSync(join(dir, 'initdb')) ? dir : undefined;
}

/** libfaketime itself: the server gets it through LD_PRELOAD (the `faketime` wrapper stays alive beside it). */
function libfaketime() {
  const dirs = ['/usr/local/lib/faketime', '/usr/lib/faketime'];
  if (existsSync('/usr/lib')) for (const d of readdirSync('/usr/lib')) dirs.push(join('/usr/lib', d, 'faketime'));
  return dirs.map((d) => join(d, 'libfaketime.so.1')).find((f) => existsSync(f));
}

/**
 * Starts the cluster with its clock moved by `offsetSeconds` (libfaketime's relative offset).
 * PostgreSQL refuses to run as root: as root it runs as the `postgres` user. Resolves with its admin
 * URL, its folder and `stop()`, or with `{ error }` saying why it could not start (the caller falls back to PGlite).
 */
export async function startSeasonPostgres(offsetSeconds) {
  const bin = binDir();
  if (!bin) return { error: 'no PostgreSQL server binaries (initdb) found' };
  const lib = libfaketime();
  if (!lib) return { error: 'libfaketime.so.1 not found' };
  const root = process.getuid?.() === 0;
  const user = root ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;
  if (root && user.status !== 0) return { error: 'running as root and there is no postgres user' };
  const dir = mkdtempSync(join(tmpdir(), 'slotkit-season-pg-'));
  if (root) {
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
    chownSync(dir, Number(user.stdout), gid);
  }
  const asUser = root ? ['runuser', '-u', 'postgres', '--'] : [];
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  // stdout ignored: a pipe the daemonized server inherited would keep spawnSync waiting.
  const exec = (args) => {
    const [cmd, ...rest] = [...asUser, ...args];
    return spawnSync(cmd, rest, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const remove = () => rmSync(dir, { recursive: true, force: true });

  const init = exec([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) {
    remove();
    return { error: `initdb failed: ${init.stderr.trim()}` };
  }
  const port = await freePort();
  const options = [
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
  ].join(' ');
  const offset = `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`;
  const clock = [`LD_PRELOAD=${lib}`, `FAKETIME=${offset}`, 'FAKETIME_DONT_FAKE_MONOTONIC=1'];
  const start = exec(['env', ...clock, pgCtl, '-D', data, '-l', log, '-w', '-o', options, 'start']);
  if (start.status !== 0) {
    const why = existsSync(log) ? readFileSync(log, 'utf8').trim() : start.stderr.trim();
    remove();
    return { error: `the server did not start: ${why}` };
  }
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    exec([pgCtl, '-D', data, '-m', 'immediate', 'stop']);
    remove();
  };
  process.once('exit', stop); // a run that ends early must not leave the cluster behind
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, stop };
}

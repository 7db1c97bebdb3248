import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without type declarations
import { startSeasonPostgres } from './season-postgres.mjs';

type Cluster = { url?: string; dir?: string; error?: string; stop(): void };
const start = startSeasonPostgres as (offsetSeconds: number) => Promise<Cluster>;

/** The server's own clock, in epoch seconds, through psql (the scripts have no database client of their own). */
function serverNow(url: string): number {
  const r = spawnSync('psql', [url, '-Atc', 'select extract(epoch from now())'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout.trim());
}

// On the machines that run the PostgreSQL pass (the installed server's binaries beside it).
describe('the season pass PostgreSQL cluster', () => {
  it('should start with its clock moved by the offset, and leave nothing behind when stopped', async () => {
    const offset = 200 * 86_400;
    const cluster = await start(offset);
    assert.equal(cluster.error, undefined);
    try {
      const moved = serverNow(cluster.url!) - Date.now() / 1000;
      assert.ok(Math.abs(moved - offset) < 60, `the server's clock is ${moved} s from the real one`);
    } finally {
      cluster.stop();
    }
    assert.ok(!existsSync(cluster.dir!), 'its folder is removed');
    const after = spawnSync('psql', [cluster.url!, '-Atc', 'select 1'], { encoding: 'utf8' });
    assert.notEqual(after.status, 0, 'nothing answers on its port');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * SLOTKIT_DATA_DIR for a server child on PGlite. With the migrated cluster scripts/test-all.mjs dumps
 * once per run (SLOTKIT_PGLITE_TEMPLATE, a tar: pglite-template.ts), a fresh folder holding
 * a copy of it: the child then skips initdb and the migrations' work, about half of the ~11 core-seconds
 * it takes to listen; it still runs the migrations (a no-op when current), so a stale template cannot
 * hide a new one. A folder is what `pnpm start` uses by default. Without a template: in memory.
 */
export function pgliteServerDataDir(): { dir: string; remove(): void } {
  const template = process.env.SLOTKIT_PGLITE_TEMPLATE;
  if (!template) return { dir: 'memory://', remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'slotkit-server-'));
  const untar = spawnSync('tar', ['-xf', template, '-C', dir], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`could not unpack ${template}: ${untar.stderr || untar.error?.message}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

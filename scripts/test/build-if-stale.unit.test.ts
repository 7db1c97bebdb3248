import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { inputHash } from '../build-if-stale.mjs';

const hashOf = inputHash as (root: string, dir: string) => string;

/** A two-package workspace: app depends on lib; both have sources, a test and a dist folder. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'slotkit-stale-'));
  const pkg = (dir: string, manifest: object, files: Record<string, string>) => {
    mkdirSync(join(root, dir, 'src'), { recursive: true });
    mkdirSync(join(root, dir, 'dist'), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), JSON.stringify(manifest));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(root, dir, f), text);
  };
  pkg('packages/lib', { name: 'lib' }, { 'src/lib.ts': 'export const a = 1;' });
  pkg(
    'packages/app',
    { name: 'app', dependencies: { lib: 'workspace:*' } },
    { 'src/app.ts': 'x', 'src/app.test.ts': 't' },
  );
  writeFileSync(join(root, 'rollup.config.js'), 'export default {};');
  return root;
}

describe('pnpm start builds only what is stale', () => {
  it('should keep the hash for unchanged sources and outputs, tests or dist changes', () => {
    const root = workspace();
    try {
      const before = hashOf(root, 'packages/app');
      assert.equal(hashOf(root, 'packages/app'), before);
      writeFileSync(join(root, 'packages/app/dist/app.js'), 'built');
      writeFileSync(join(root, 'packages/app/src/app.test.ts'), 'another test');
      assert.equal(hashOf(root, 'packages/app'), before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('should change the hash when its own source, a workspace dependency or a root build config changes', () => {
    const root = workspace();
    try {
      let last = hashOf(root, 'packages/app');
      for (const [file, text] of [
        ['packages/app/src/app.ts', 'y'],
        ['packages/lib/src/lib.ts', 'export const a = 2;'],
        ['rollup.config.js', 'export default { x: 1 };'],
      ] as const) {
        writeFileSync(join(root, file), text);
        const next = hashOf(root, 'packages/app');
        assert.notEqual(next, last, file);
        last = next;
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

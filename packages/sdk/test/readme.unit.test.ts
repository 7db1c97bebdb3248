import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const sdk = fileURLToPath(new URL('..', import.meta.url));
const scratch = `${sdk}.tmp/readme/`;

// The README is the SDK's first documentation: each ```ts block is written to
// its own module and type-checked against the generated documents, so an
// example that no longer compiles fails the suite.
describe('the SDK README', () => {
  it('should have every TypeScript example compile against the generated types', () => {
    const readme = readFileSync(`${sdk}README.md`, 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(blocks.length >= 4, `found ${blocks.length} ts blocks`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const files = blocks.map((code, i) => {
      const file = `example-${i + 1}.ts`;
      // `export {}` keeps each block its own module (top-level await, no shared names).
      writeFileSync(`${scratch}${file}`, `${code}\nexport {};\n`);
      return file;
    });
    writeFileSync(`${scratch}tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.json', include: files }));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', `${scratch}tsconfig.json`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});

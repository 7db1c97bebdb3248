#!/usr/bin/env node
// Fails when a committed generated file is stale: GraphQL codegen output, or
// Drizzle migrations that no longer match the schema (drizzle-kit wants a
// path relative to the package for --out). Regenerates in place,
// so a local run also fixes what it reports.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const codegenOutputs = [
  'packages/server/src/graphql/generated',
  'packages/server/src/generated',
  'packages/sdk/src/generated',
];

function digest(paths) {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else hash.update(p).update(readFileSync(p));
  };
  for (const p of paths) walk(join(root, p));
  return hash.digest('hex');
}

let stale = [];
const before = digest(codegenOutputs);
const codegen = spawnSync('pnpm', ['codegen'], { cwd: root, stdio: 'inherit' });
if (codegen.status !== 0) stale.push('codegen failed');
else if (digest(codegenOutputs) !== before) stale.push('GraphQL codegen output was stale (regenerated now: commit it)');

const migrations = join(root, 'packages/server/src/db/migrations');
const scratch = join(root, '.tmp/migrations-check');
rmSync(scratch, { recursive: true, force: true });
cpSync(migrations, scratch, { recursive: true });
const countSql = (dir) => readdirSync(dir).filter((f) => f.endsWith('.sql')).length;
const kit = spawnSync(
  'pnpm',
  [
    '--filter',
    '@slotkit/server',
    'exec',
    'drizzle-kit',
    'generate',
    '--dialect',
    'postgresql',
    '--schema',
    './src/db/schema/index.ts',
    '--out',
    '../../.tmp/migrations-check',
  ],
  { cwd: root, encoding: 'utf8' },
);
if (kit.status !== 0) stale.push(`drizzle-kit failed: ${kit.stderr || kit.stdout}`);
else if (countSql(scratch) !== countSql(migrations))
  stale.push('Drizzle schema changed without a migration: run pnpm --filter @slotkit/server db:generate');
rmSync(scratch, { recursive: true, force: true });

if (stale.length) {
  for (const s of stale) process.stderr.write(`stale: ${s}\n`);
  process.exit(1);
}
process.stdout.write('generated files are fresh\n');

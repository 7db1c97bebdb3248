#!/usr/bin/env node
// `pnpm build` for the server: compiles src/ to dist/ so production runs plain `node dist/main.js`
// (no tsx, no compiler at run time), with source maps for stack traces (`--enable-source-maps`).
//   1. tsc: src/**/*.ts → dist/**/*.js (+ .map); relative `.ts` imports rewritten to `.js`
//   2. @slotkit/core (workspace sources, never published) compiled into dist/vendor/core, and
//      the emitted `@slotkit/core/<entry>` imports pointed at it (same line count: maps stay right)
//   3. the files the code reads beside itself: migrations, embed scripts, demo images
// dist/ mirrors src/ folder for folder, so paths built from import.meta.url (schema.graphql,
// the widget and console builds) resolve the same from both.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('..', import.meta.url));
const core = join(server, '..', 'core');
const dist = join(server, 'dist');
const vendorCore = join(dist, 'vendor', 'core');
const tsc = createRequire(join(server, 'package.json')).resolve('typescript/bin/tsc');

function compile(project, outDir) {
  // --noCheck: transpile only; types are checked by `pnpm typecheck` (the test command, `pnpm release`).
  const args = [tsc, '-p', project, '--outDir', outDir, '--noCheck'];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function jsFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) jsFiles(path, out);
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

const started = performance.now();
rmSync(dist, { recursive: true, force: true });
compile(join(server, 'tsconfig.build.json'), dist);
compile(join(core, 'tsconfig.build.json'), vendorCore);

// `@slotkit/core/settings` → the compiled file its package.json export names.
const coreExports = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).exports;
const coreEntry = new Map(
  Object.entries(coreExports).map(([subpath, target]) => [
    `@slotkit/core${subpath.slice(1)}`,
    join(vendorCore, target.replace(/^\.\/src\//, '').replace(/\.ts$/, '.js')),
  ]),
);
for (const file of jsFiles(dist)) {
  if (file.startsWith(vendorCore)) continue;
  const code = readFileSync(file, 'utf8');
  const rewritten = code.replace(
    /(from\s+|import\s*\(\s*)(['"])(@slotkit\/core\/[\w/-]+)\2/g,
    (match, lead, quote, id) => {
      const target = coreEntry.get(id);
      if (!target) throw new Error(`${relative(server, file)} imports ${id}, which @slotkit/core does not export`);
      const path = relative(dirname(file), target).split(sep).join('/');
      return `${lead}${quote}${path.startsWith('.') ? path : `./${path}`}${quote}`;
    },
  );
  if (rewritten !== code) writeFileSync(file, rewritten);
}

for (const assets of ['db/migrations', 'http/embed-scripts', 'http/demo-images'])
  cpSync(join(server, 'src', assets), join(dist, assets), { recursive: true });

process.stdout.write(`@slotkit/server: compiled to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

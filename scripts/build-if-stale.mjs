#!/usr/bin/env node
// `pnpm start` builds only what is stale: each UI package (widget, console) is rebuilt when the content
// hash of its inputs differs from the one stamped into its dist/ by the last successful build.
// Inputs = the package's own files and those of every workspace package it depends on (sources, not
// tests or outputs), the root build configs and the lockfile. Content, not mtimes: a fresh clone, a
// `git checkout` or a touched file with the same bytes never rebuilds for nothing.
//   node scripts/build-if-stale.mjs                  build what is stale (`pnpm start`)
//   node scripts/build-if-stale.mjs --force --all    `pnpm build`: all of that, then the publishable and
//     production outputs `pnpm start` never needs: the SDK (dist/), the widget's npm module (dist/lib/)
//     and the compiled server (packages/server/dist, run with plain node in production)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['packages/widget', 'packages/console'];
const ROOT_INPUTS = ['rollup.config.js', 'pnpm-lock.yaml', 'tsconfig.base.json'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'test', '.tmp', '.slotkit', 'coverage']);
const isSource = (name) => !/\.test\.[cm]?[jt]s$/.test(name);

const manifestOf = (root, dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));

/** Workspace packages by name → folder (only packages/*: examples and bench are never build inputs). */
function workspaceOf(root) {
  return new Map(
    readdirSync(join(root, 'packages'))
      .filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
      .map((d) => [manifestOf(root, `packages/${d}`).name, `packages/${d}`]),
  );
}

/** The package folder and, transitively, the folders of the workspace packages it depends on. */
function inputDirs(root, workspace, dir, seen = new Set()) {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  const m = manifestOf(root, dir);
  for (const name of Object.keys({ ...m.dependencies, ...m.devDependencies })) {
    const dep = workspace.get(name);
    if (dep) inputDirs(root, workspace, dep, seen);
  }
  return seen;
}

function listFiles(root, dir, out = []) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(root, path, out);
    else if (isSource(entry.name)) out.push(path);
  }
  return out;
}

/** Content hash of everything a package's build reads (see the header). */
export function inputHash(root, dir) {
  const workspace = workspaceOf(root);
  const dirs = [...inputDirs(root, workspace, dir)];
  const rootInputs = ROOT_INPUTS.filter((f) => existsSync(join(root, f)));
  const files = [...dirs.flatMap((d) => listFiles(root, d)), ...rootInputs].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${relative(root, join(root, file))}\0`).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** Built only by `pnpm build` (`--all`), always: [package, script]. */
const RELEASE_TARGETS = [
  ['@slotkit/sdk', 'build'],
  ['@slotkit/widget', 'build:lib'],
  ['@slotkit/server', 'build'],
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildStale(repoRoot, process.argv.includes('--force'));
  if (process.argv.includes('--all')) for (const [name, script] of RELEASE_TARGETS) buildNow(repoRoot, name, script);
}

function buildNow(root, name, script) {
  const started = performance.now();
  const result = spawnSync('pnpm', ['--filter', name, script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  process.stdout.write(`${name} ${script}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

function buildStale(root, force) {
  for (const dir of TARGETS) buildIfStale(root, dir, force);
}

function buildIfStale(root, dir, force) {
  const name = manifestOf(root, dir).name;
  const stamp = join(root, dir, 'dist', '.build-inputs');
  const hash = inputHash(root, dir);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    process.stdout.write(`${name}: up to date\n`);
    return;
  }
  const started = performance.now();
  const result = spawnSync('pnpm', ['--filter', name, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, hash);
  process.stdout.write(`${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

#!/usr/bin/env node
// Runs every suite and ends with one plain line: "N passed, N failed".
//   1. generated files are fresh (codegen, migrations)   2. typecheck ‖ lint
//   3. unit tests   4. node tests on PGlite with the clock in the other northern season (faketime)
//   5. node tests on PostgreSQL at today's date (required when CI=true)
//   6. widget tests in Chromium (@web/test-runner)        7. end-to-end tests
// Every server test thus runs in both seasons, once per engine: the PostgreSQL server's clock cannot
// be moved, PGlite runs inside the faked process.
// Naming: *.unit.test.ts run once, *.pg.test.ts only on PostgreSQL, other
// *.test.ts on both engines; e2e/*.test.ts once, against the built product.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Per-run folder: several runs in one tree must not read each other's reports.
const tmp = join(root, '.tmp', `test-run-${process.pid}`);
mkdirSync(tmp, { recursive: true });
const started = performance.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const only = process.argv.slice(2); // e.g. `pnpm test -- node-pglite widget`
const want = (step) => only.length === 0 || only.includes(step);

/** Like run(), but lets another command run beside it; output is buffered and printed when it ends. */
function runAsync(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env } });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      resolve(code ?? 1);
    });
  });
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function step(name, ok, since, took = seconds(since)) {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${took})`);
}

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findTests(path, out);
    else if (entry.name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

/**
 * Test files grouped into a few processes: each file in its own process costs ~1 s of imports (Apollo,
 * Stripe, the server's modules) and ~0.5 s of PGlite start, more than most files' tests take. A batch
 * is one entry module importing its files in order; node:test runs their tests one file after another
 * in that process, so files still never run concurrently with each other inside a batch.
 * SLOTKIT_TEST_BATCHES=0 runs one process per file (to bisect a test that leaks state).
 */
const BATCHES = Number(process.env.SLOTKIT_TEST_BATCHES ?? 4);

function batched(label, files) {
  if (BATCHES <= 0 || files.length <= BATCHES) return files;
  // Largest files first, each to the batch with the least source so far: a rough balance of work.
  const sized = files.map((f) => [f, statSync(join(root, f)).size]).sort((a, b) => b[1] - a[1]);
  const batches = Array.from({ length: BATCHES }, () => ({ size: 0, files: [] }));
  for (const [file, size] of sized) {
    const lightest = batches.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(file);
    lightest.size += size;
  }
  const slug = label.replace(/[^a-z0-9]+/gi, '-');
  return batches.map((b, i) => {
    const entry = join(tmp, `${slug}-batch-${i + 1}.test.mjs`);
    const imports = b.files.sort().map((f) => `import ${JSON.stringify(pathToFileURL(join(root, f)).href)};`);
    writeFileSync(entry, `${imports.join('\n')}\n`);
    return relative(root, entry);
  });
}

function nodeTests(label, allFiles, env, prefix = []) {
  if (allFiles.length === 0) return;
  const since = performance.now();
  const files = batched(label, allFiles);
  const tap = join(tmp, `${label}.tap`);
  rmSync(tap, { force: true });
  const [cmd, ...pre] = [...prefix, process.execPath];
  const status = run(
    cmd,
    [
      ...pre,
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      // Per test, and a batch file is one test holding a quarter of the suite: generous enough for a
      // machine loaded by other work, still ending a hung run inside CI's limit.
      '--test-timeout=900000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number((text.match(new RegExp(`^# ${k} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  const skipped = count('skipped');
  totals.passed += passed;
  totals.failed += failed + (status !== 0 && failed === 0 ? 1 : 0);
  totals.skipped += skipped;
  lines.push(
    `${failed || status ? 'FAIL' : 'ok  '} ${label}: ` +
      `${passed} passed, ${failed} failed, ${skipped} skipped (${seconds(since)})`,
  );
}

async function postgresUp() {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "import('./packages/server/test/support/database.ts')" +
        '.then(async m => process.exit((await m.postgresReachable()) ? 0 : 3))',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return r.status === 0;
}

/** Runs a command as one step: its line says whether it passed and how long it took. */
function commandStep(name, cmd, args, env = {}) {
  const since = performance.now();
  step(name, run(cmd, args, env) === 0, since);
}

if (want('generated')) commandStep('generated files are fresh', process.execPath, ['scripts/check-generated.mjs']);
// Typecheck and lint are each one single-threaded process: side by side they share the two cores.
const checks = [
  want('typecheck') && ['typecheck', ['run', 'typecheck']],
  want('lint') && ['lint (eslint, prettier)', ['run', 'lint']],
].filter(Boolean);
if (checks.length) {
  const since = performance.now();
  const results = await Promise.all(
    checks.map(async ([name, args]) => {
      const ok = (await runAsync('pnpm', args)) === 0;
      const took = seconds(since);
      return () => step(name, ok, since, took);
    }),
  );
  results.forEach((record) => record());
}

const all = ['packages', 'bench', 'examples', 'scripts'].flatMap((d) => findTests(join(root, d)));
const unit = all.filter((f) => f.endsWith('.unit.test.ts'));
const pgOnly = all.filter((f) => f.endsWith('.pg.test.ts'));
const both = all.filter((f) => !unit.includes(f) && !pgOnly.includes(f) && !f.includes('/widget/'));

// One migrated PGlite cluster per run, loaded by every PGlite test file (test/support/database.ts).
const pgliteTemplate = join(tmp, 'pglite-template.tar');
const pglite = { SLOTKIT_TEST_DB: 'pglite', SLOTKIT_PGLITE_TEMPLATE: pgliteTemplate };
if (want('node-pglite')) {
  const since = performance.now();
  const made =
    run(process.execPath, ['--import', 'tsx', 'packages/server/test/support/pglite-template.ts', pgliteTemplate]) === 0;
  if (!made) step('PGlite test template', false, since);
}

if (want('unit')) nodeTests('unit', unit, {});

// Tests must not depend on the season: the PGlite pass runs with the clock in the other northern
// season (libfaketime: the process and its children, PGlite included, see that date and the clock
// keeps ticking; the monotonic clock and so every timer stays real), the PostgreSQL pass at today's
// date. The unit tests run in both. The browser launches drop the preload.
if (want('node-pglite')) {
  const northernSummer = [4, 5, 6, 7, 8, 9].includes(new Date().getUTCMonth() + 1);
  const date = northernSummer ? '2027-01-13 15:00:00' : '2027-07-14 15:00:00';
  const faketime = spawnSync('sh', ['-c', 'command -v faketime'], { encoding: 'utf8' }).stdout.trim();
  if (faketime) {
    const env = { ...pglite, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
    const files = want('unit') ? [...unit, ...both] : both;
    nodeTests(`node on PGlite at ${date.slice(0, 10)}`, files, env, [faketime, '-f', `@${date}`]);
  } else if (process.env.CI === 'true') step('faketime installed (required when CI=true)', false, performance.now());
  else {
    lines.push("NOTE node on PGlite ran at today's date: faketime is not installed (apt-get install faketime)");
    nodeTests('node on PGlite', both, pglite);
  }
}
if (want('node-postgres')) {
  if (await postgresUp()) nodeTests('node on PostgreSQL', [...both, ...pgOnly], { SLOTKIT_TEST_DB: 'postgres' });
  else if (process.env.CI === 'true') step('PostgreSQL reachable (required when CI=true)', false, performance.now());
  else {
    process.stderr.write(
      '\n!!! PostgreSQL is not reachable on 127.0.0.1:5432: ' +
        'the PostgreSQL pass and the concurrency tests were NOT run\n\n',
    );
    lines.push('SKIP node on PostgreSQL: not reachable');
  }
}

// The product build for the end-to-end tests runs beside the widget tests (which bundle the sources
// themselves and never read dist/). Built with NODE_ENV=development on purpose: the bundle must not
// depend on the shell (Lit's dev build would break the size budget and fail this step).
const e2e = findTests(join(root, 'e2e'));
const buildSince = performance.now();
const build = want('e2e') && e2e.length ? runAsync('pnpm', ['run', 'build'], { NODE_ENV: 'development' }) : null;

const widgetSummary = join(root, 'packages/widget/.tmp/wtr-summary.json');
if (want('widget') && existsSync(join(root, 'packages/widget/web-test-runner.config.mjs'))) {
  const since = performance.now();
  rmSync(widgetSummary, { force: true });
  const status = run('pnpm', ['--filter', '@slotkit/widget', 'test']);
  const s = existsSync(widgetSummary) ? JSON.parse(readFileSync(widgetSummary, 'utf8')) : { passed: 0, failed: 0 };
  totals.passed += s.passed;
  totals.failed += s.failed + (status !== 0 && s.failed === 0 ? 1 : 0);
  lines.push(
    `${s.failed || status ? 'FAIL' : 'ok  '} widget (Chromium): ` +
      `${s.passed} passed, ${s.failed} failed (${seconds(since)})`,
  );
}

if (build) {
  const built = (await build) === 0;
  step('build (widget, console; beside the widget tests)', built, buildSince);
  if (built) nodeTests('end-to-end', e2e, { SLOTKIT_TEST_DB: 'pglite' });
}

lines.push(`total ${seconds(started)}`);
process.stdout.write(`\n${lines.join('\n')}\n`);
process.stdout.write(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`,
);
rmSync(tmp, { recursive: true, force: true });
process.exit(totals.failed > 0 ? 1 : 0);

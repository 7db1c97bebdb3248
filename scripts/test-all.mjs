#!/usr/bin/env node
// Runs every suite and ends with one plain line: "N passed, N failed".
// The steps run in two lanes side by side, so both cores stay busy (see LANES below); each step's
// output is printed in one piece when it ends, and the summary gives each step's time and span.
// Naming: *.unit.test.ts need no database; *.pg.test.ts run only on PostgreSQL; *.engines.test.ts
// run on both engines (their code differs per engine); other *.test.ts run once, on PostgreSQL when
// it is reachable, else on PGlite; e2e/*.test.ts once, against the built product. The PGlite pass
// runs with the clock in the other northern season (see seasonPass below).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSeasonPostgres } from './test/season-postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Per-run folder: several runs in one tree must not read each other's reports.
const tmp = join(root, '.tmp', `test-run-${process.pid}`);
mkdirSync(tmp, { recursive: true });
const started = performance.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const only = process.argv.slice(2); // e.g. `pnpm test -- node-pglite widget`
const want = (step) => only.length === 0 || only.includes(step);
const ci = process.env.CI === 'true';

/**
 * Runs a command with its output buffered, printed in one piece when it ends (lanes run side by side).
 * Under bash, whose `times` reports the CPU the command and every process it waited for used (test
 * servers, builds, the browser's main process): added to `meter.seconds`. Not counted: PostgreSQL's
 * backends and Chromium's renderers (reparented when their browser ends), so it is a lower bound.
 */
function run(cmd, args, env = {}, meter = { seconds: 0 }) {
  return new Promise((resolve) => {
    const script = '"$@"; status=$?; times >&3; exit $status';
    const child = spawn('bash', ['-c', script, 'step', cmd, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const out = [];
    const times = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.stdio[3].on('data', (d) => times.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      // Second line: the children's user and system time, e.g. "1m2.345s 0m6.789s".
      const children = Buffer.concat(times).toString().split('\n')[1] ?? '';
      for (const [, m, s] of children.matchAll(/(\d+)m([\d.]+)s/g)) meter.seconds += Number(m) * 60 + Number(s);
      resolve(code ?? 1);
    });
  });
}

const at = (t) => ((t - started) / 1000).toFixed(0);
const span = (since, meter) =>
  `${((performance.now() - since) / 1000).toFixed(1)} s, at ${at(since)}–${at(performance.now())} s, ` +
  `${meter.seconds.toFixed(0)} core-s`;

function step(name, ok, since, meter = { seconds: 0 }) {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${span(since, meter)})`);
}

/** Runs a command as one step: its line says whether it passed and how long it took. */
async function commandStep(name, cmd, args, env = {}) {
  const since = performance.now();
  const meter = { seconds: 0 };
  step(name, (await run(cmd, args, env, meter)) === 0, since, meter);
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
 * Test files share a few processes: each file in its own process costs ~1 s of imports (Apollo, Stripe,
 * the server's modules) and ~0.5 s of database setup, more than most files' tests take.
 * - A pass's files form a queue that its processes take from, one file at a time, as they go
 *   (scripts/test/pool-worker.mjs): largest files first, so the last ones taken are short.
 * - The end-to-end files run in fixed batches instead (one entry module importing its files): their
 *   processes share one server and one Chromium, ended by a hook of the process's root test.
 * Either way, files never run side by side inside one process.
 * SLOTKIT_TEST_BATCHES=0 runs one process per file (to bisect a test that leaks state).
 */
const PER_FILE = process.env.SLOTKIT_TEST_BATCHES === '0';

const slugOf = (label) => label.replace(/[^a-z0-9]+/gi, '-');
/** [file, bytes] pairs, largest file first. */
const bySize = (files) => files.map((f) => [f, statSync(join(root, f)).size]).sort((a, b) => b[1] - a[1]);

/** `count` entry files of one queue of `files`, and the environment that points them at it. */
function queued(label, files, count) {
  const queue = join(tmp, `${slugOf(label)}.queue.json`);
  writeFileSync(queue, JSON.stringify({ root, files: bySize(files).map(([f]) => f) }));
  mkdirSync(`${queue}.claims`);
  const worker = JSON.stringify(pathToFileURL(join(root, 'scripts/test/pool-worker.mjs')).href);
  const entries = Array.from({ length: count }, (_, i) => {
    const entry = join(tmp, `${slugOf(label)}-process-${i + 1}.test.mjs`);
    writeFileSync(entry, `import ${worker};\n`);
    return relative(root, entry);
  });
  return { entries, env: { SLOTKIT_TEST_QUEUE: queue }, path: queue, times: `${queue}.times` };
}

/** `count` fixed batches, balanced by source size: each an entry module importing its files in order. */
function batched(label, files, count) {
  const batches = Array.from({ length: count }, () => ({ size: 0, files: [] }));
  for (const [file, size] of bySize(files)) {
    const lightest = batches.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(file);
    lightest.size += size;
  }
  return batches.map((b, i) => {
    const entry = join(tmp, `${slugOf(label)}-batch-${i + 1}.test.mjs`);
    const imports = b.files.sort().map((f) => `import ${JSON.stringify(pathToFileURL(join(root, f)).href)};`);
    writeFileSync(entry, `${imports.join('\n')}\n`);
    return relative(root, entry);
  });
}

/** Where a queued pass's time went: each process's run time, the slowest files, the busiest ones. */
function reportQueue(label, tapText, queue) {
  if (!existsSync(queue.times)) return;
  // Top-level TAP entries are the files (each one suite).
  const slowest = [...tapText.matchAll(/^(?:not )?ok \d+ - (.+)\n {2}---\n {2}duration_ms: ([\d.]+)/gm)]
    .sort((a, b) => b[2] - a[2])
    .slice(0, 5)
    .map((m) => `${m[1]} ${(m[2] / 1000).toFixed(0)} s`);
  process.stdout.write(`${label}: its processes ran ${readFileSync(queue.times, 'utf8').trim()} s; slowest files:\n`);
  process.stdout.write(`  ${slowest.join('\n  ')}\n`);
  const cpu = existsSync(`${queue.path}.cpu`) ? readFileSync(`${queue.path}.cpu`, 'utf8').trim().split('\n') : [];
  const busiest = cpu.sort((a, b) => parseFloat(b) - parseFloat(a)).slice(0, Number(process.env.SLOTKIT_TEST_TOP ?? 8));
  process.stdout.write(`${label}: most CPU (core-s: the test process and the child processes it saw end):\n`);
  process.stdout.write(`  ${busiest.join('\n  ')}\n`);
}

/**
 * One node:test run over `allFiles` in `concurrency` processes (fixed `batches` when given); its counts
 * come from a TAP report, its line from step time.
 */
async function nodeTests(
  label,
  allFiles,
  env,
  { prefix = [], batches = 0, concurrency = 2, since = performance.now(), meter = { seconds: 0 } } = {},
) {
  if (allFiles.length === 0) return;
  const pooled = !PER_FILE && !batches && allFiles.length > concurrency;
  const queue = pooled ? queued(label, allFiles, concurrency) : undefined;
  const files = queue?.entries ?? (batches && !PER_FILE ? batched(label, allFiles, batches) : allFiles);
  const tap = join(tmp, `${slugOf(label)}.tap`);
  rmSync(tap, { force: true });
  const [cmd, ...pre] = [...prefix, process.execPath];
  const status = await run(
    cmd,
    [
      ...pre,
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      // Per test, and a batch holds half the end-to-end tests: generous enough for a machine loaded by
      // other work, still ending a hung run inside CI's limit.
      '--test-timeout=900000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { ...env, ...queue?.env },
    meter,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number((text.match(new RegExp(`^# ${k} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  const skipped = count('skipped');
  if (queue) reportQueue(label, text, queue);
  totals.passed += passed;
  totals.failed += failed + (status !== 0 && failed === 0 ? 1 : 0);
  totals.skipped += skipped;
  lines.push(
    `${failed || status ? 'FAIL' : 'ok  '} ${label}: ` +
      `${passed} passed, ${failed} failed, ${skipped} skipped (${span(since, meter)})`,
  );
}

function postgresUp() {
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

const all = ['packages', 'bench', 'examples', 'scripts'].flatMap((d) => findTests(join(root, d)));
const unit = all.filter((f) => f.endsWith('.unit.test.ts'));
const pgOnly = all.filter((f) => f.endsWith('.pg.test.ts'));
const engines = all.filter((f) => f.endsWith('.engines.test.ts'));
const general = all.filter((f) => ![unit, pgOnly, engines].some((set) => set.includes(f)) && !f.includes('/widget/'));
const e2e = findTests(join(root, 'e2e'));

const postgres = (want('node-postgres') || want('node-pglite') || want('seasons')) && postgresUp();
if (!postgres && want('node-postgres')) {
  if (ci) step('PostgreSQL reachable (required when CI=true)', false, performance.now());
  else {
    process.stderr.write(
      '\n!!! PostgreSQL is not reachable on 127.0.0.1:5432: the PostgreSQL pass and the concurrency tests ' +
        'were NOT run; the other server tests run on PGlite\n\n',
    );
    lines.push('SKIP node on PostgreSQL: not reachable (the other server tests ran on PGlite)');
  }
}

// One migrated database per run and engine, copied by every test file (test/support/database.ts).
const pgTemplate = `slotkit_tpl_${process.pid}`;
const pgliteTemplate = join(tmp, 'pglite-template.tar');
const templateTool = (meter, engine, args, env = {}) =>
  run(process.execPath, ['--import', 'tsx', `packages/server/test/support/${engine}-template.ts`, ...args], env, meter);

/**
 * One pass of server tests, each file on a copy of a migrated template made for the pass: on PostgreSQL
 * (the machine's server, or `pgUrl`'s) or PGlite; `prefix` runs its processes under faketime.
 */
async function serverPass(label, files, { engine, pgUrl, prefix = [] }) {
  const since = performance.now();
  const meter = { seconds: 0 };
  const server = pgUrl ? { SLOTKIT_TEST_PG_URL: pgUrl } : {};
  const isPostgres = engine === 'postgres';
  if ((await templateTool(meter, engine, isPostgres ? ['create', pgTemplate] : [pgliteTemplate], server)) !== 0)
    return step(`${label}: its template`, false, since, meter);
  const env = {
    ...server,
    ...(isPostgres
      ? { SLOTKIT_TEST_DB: 'postgres', SLOTKIT_PG_TEMPLATE_DB: pgTemplate }
      : { SLOTKIT_TEST_DB: 'pglite', SLOTKIT_PGLITE_TEMPLATE: pgliteTemplate }),
    ...(prefix.length && { FAKETIME_DONT_FAKE_MONOTONIC: '1' }),
    ...(await compiledServer()),
  };
  await nodeTests(label, files, env, { prefix, since, meter });
  // A cluster of its own (`pgUrl`) goes away whole.
  if (isPostgres && !pgUrl) await templateTool(meter, 'postgres', ['drop', pgTemplate]);
}

/**
 * Server tests on PostgreSQL at today's date: the production engine, and the cheaper one per test
 * (native, where PGlite runs Postgres in WebAssembly inside the test process: about half the CPU).
 */
const postgresPass = () =>
  serverPass('node on PostgreSQL (today)', [...unit, ...general, ...pgOnly, ...engines], { engine: 'postgres' });

/**
 * Server tests whose subject is dates and times (session generation, minimum notice, reschedules,
 * reminders, holds and their expiry, waitlist offers, the customer's journey): the season pass runs
 * them a second time, in the other season. `pnpm test -- seasons` runs every server test there.
 */
const DATE_SUITES = ['schedule', 'changes', 'reservations', 'waitlist', 'journey'].map(
  (dir) => `packages/server/test/${dir}/`,
);

/**
 * Tests must not depend on the season: this pass runs with the clock in the other northern season
 * (libfaketime: the process and its children see that date and the clock keeps ticking; the monotonic
 * clock and so every timer stays real), the PostgreSQL pass at today's date. It runs the tests whose
 * code differs per engine on PGlite, and the date suites on a private PostgreSQL cluster whose clock is
 * moved by the same offset (scripts/test/season-postgres.mjs; on PGlite, at twice the CPU, where none can
 * start); every server and unit test on PGlite when asked (`seasons`) or when PostgreSQL is away.
 */
async function seasonPass(everything) {
  const dated = (f) => DATE_SUITES.some((dir) => f.startsWith(dir));
  let onPglite = everything ? [...unit, ...engines, ...general] : engines;
  let onPostgres = everything ? [] : general.filter(dated);
  const northernSummer = [4, 5, 6, 7, 8, 9].includes(new Date().getUTCMonth() + 1);
  const date = northernSummer ? '2027-01-13T15:00:00Z' : '2027-07-14T15:00:00Z';
  const faketime = spawnSync('sh', ['-c', 'command -v faketime'], { encoding: 'utf8' }).stdout.trim();
  if (!faketime) {
    if (ci) return step('faketime installed (required when CI=true)', false, performance.now());
    lines.push("NOTE the season pass ran at today's date: faketime is not installed (apt-get install faketime)");
    return serverPass('node on PGlite', [...onPglite, ...onPostgres], { engine: 'pglite' });
  }
  // One relative offset for every process of the pass, the database's included, so their clocks agree.
  const offset = Math.round((Date.parse(date) - Date.now()) / 1000);
  const prefix = [faketime, '-f', `${offset >= 0 ? '+' : ''}${offset}`];
  const at = `at ${date.slice(0, 10)}`;
  const cluster = onPostgres.length ? await startSeasonPostgres(offset) : undefined;
  if (cluster?.error) {
    lines.push(`NOTE the date suites ran on PGlite: ${cluster.error}`);
    [onPglite, onPostgres] = [[...onPglite, ...onPostgres], []];
  }
  const what = (names) => (everything ? '' : ` (${names.filter(Boolean).join(', ')})`);
  try {
    const pgliteLabel = `node on PGlite ${at}${what(['engines', !onPostgres.length && 'date suites'])}`;
    await serverPass(pgliteLabel, onPglite, { engine: 'pglite', prefix });
    // Its backends' CPU is not in the step's figure (nor is the machine's server's in the PostgreSQL pass's).
    if (cluster?.url)
      await serverPass(`node on PostgreSQL ${at} (date suites)`, onPostgres, {
        engine: 'postgres',
        pgUrl: cluster.url,
        prefix,
      });
  } finally {
    cluster?.stop?.();
  }
}

async function widgetTests() {
  const summary = join(root, 'packages/widget/.tmp/wtr-summary.json');
  if (!existsSync(join(root, 'packages/widget/web-test-runner.config.mjs'))) return;
  const since = performance.now();
  const meter = { seconds: 0 };
  rmSync(summary, { force: true });
  const status = await run('pnpm', ['--filter', '@slotkit/widget', 'test'], {}, meter);
  const s = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 0 };
  totals.passed += s.passed;
  totals.failed += s.failed + (status !== 0 && s.failed === 0 ? 1 : 0);
  const verdict = s.failed || status ? 'FAIL' : 'ok  ';
  lines.push(`${verdict} widget (Chromium): ${s.passed} passed, ${s.failed} failed (${span(since, meter)})`);
}

// Built with NODE_ENV=development on purpose: the bundle must not depend on the shell (Lit's dev
// build would break the size budget and fail this step). It runs before any test that serves dist/
// (the console's server test finds it fresh and never rewrites it under the end-to-end tests).
async function build() {
  const since = performance.now();
  const meter = { seconds: 0 };
  const built = (await run('pnpm', ['run', 'build'], { NODE_ENV: 'development' }, meter)) === 0;
  step('build (server, widget, console)', built, since, meter);
  return built;
}

// Two processes, each sharing one compiled server and one Chromium between its files
// (e2e/support/shared.ts); the two largest files start their own server and so land apart.
// Their servers start from the PGlite pass's migrated template when it ran (skipping initdb and the
// migrations' work: about half of a start).
const endToEnd = () =>
  nodeTests(
    'end-to-end',
    e2e,
    { SLOTKIT_TEST_DB: 'pglite', ...(existsSync(pgliteTemplate) && { SLOTKIT_PGLITE_TEMPLATE: pgliteTemplate }) },
    { batches: 2 },
  );

// First, alone: it rewrites the generated files in place, which both checks below read.
if (want('generated'))
  await commandStep('generated files are fresh', process.execPath, ['scripts/check-generated.mjs']);

/** Types, lint and format: one process when both are wanted (scripts/check-code.mjs shares the programs). */
async function checkCode() {
  if (want('typecheck') && want('lint'))
    await commandStep('typecheck, lint (eslint, prettier)', process.execPath, [
      '--max-semi-space-size=64', // as scripts/check-code.mjs gives Prettier
      'scripts/check-code.mjs',
    ]);
  else if (want('typecheck')) await commandStep('typecheck', 'pnpm', ['run', 'typecheck']);
  else if (want('lint')) await commandStep('lint (eslint, prettier)', 'pnpm', ['run', 'lint']);
}

/** A step either lane may run: the first lane done with its own steps takes it. */
const claimed = new Set();
const claim = (name) => want(name) && !claimed.has(name) && Boolean(claimed.add(name));

// Two lanes, each a sequence, side by side: every step is one or two single-threaded processes, and
// a pass waiting on PostgreSQL, a timer or a child server leaves its core to the other lane. The
// PostgreSQL pass is the longest step, so its lane starts it as soon as the build is done (the
// console's server test reads the built console); the end-to-end tests wait for the build too.
let built = Promise.resolve(true);
const building = want('e2e') || want('node-postgres');
/**
 * The server tests' child servers (hardening/child-server.ts) run the compiled build when this run made
 * it: what production runs, at about half the CPU per start of `src/main.ts` through tsx (`pnpm start`,
 * which the start and shutdown-under-load tests still run).
 */
const compiledServer = async () => (building && (await built) ? { SLOTKIT_TEST_COMPILED_SERVER: '1' } : {});
const lanes = [
  async () => {
    if (building) built = build();
    await built;
    if (want('node-postgres') && postgres) await postgresPass();
    if (claim('widget')) await widgetTests();
  },
  async () => {
    await checkCode();
    // `unit` alone: just the unit tests, at today's date (with PostgreSQL they run in its pass).
    if (only.includes('unit') && !only.includes('node-pglite')) await nodeTests('unit', unit, {});
    if (want('node-pglite') || only.includes('seasons')) await seasonPass(!postgres || only.includes('seasons'));
    if (want('e2e') && e2e.length && (await built)) await endToEnd();
    if (claim('widget')) await widgetTests();
  },
];
await Promise.all(lanes.map((lane) => lane()));

lines.push(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(`\n${lines.join('\n')}\n`);
process.stdout.write(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`,
);
rmSync(tmp, { recursive: true, force: true });
process.exit(totals.failed > 0 ? 1 : 0);

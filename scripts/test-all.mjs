#!/usr/bin/env node
// Runs every suite and ends with one plain line: "N passed, N failed".
// The steps run in two lanes side by side, so both cores stay busy (see LANES below); each step's
// output is printed in one piece when it ends, and the summary gives each step's time and span.
// Naming: *.unit.test.ts need no database; *.pg.test.ts run only on PostgreSQL; *.engines.test.ts
// run on both engines (their code differs per engine); other *.test.ts run once, on PostgreSQL when
// it is reachable, else on PGlite; e2e/*.test.ts once, against the built product. The PGlite pass
// runs with the clock in the other northern season (see seasonPass below).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findTests, nodeTests } from './test/node-tests.mjs';
import { createReport } from './test/report.mjs';
import { root, run } from './test/run.mjs';
import { startSeasonPostgres } from './test/season-postgres.mjs';

// Per-run folder: several runs in one tree must not read each other's reports.
const tmp = join(root, '.tmp', `test-run-${process.pid}`);
mkdirSync(tmp, { recursive: true });
const report = createReport();
const only = process.argv.slice(2); // e.g. `pnpm test -- node-pglite widget`
const want = (step) => only.length === 0 || only.includes(step);
const ci = process.env.CI === 'true';
const tests = { report, tmp };

/** Runs a command as one step: its line says whether it passed and how long it took. */
async function commandStep(name, cmd, args, env = {}) {
  const since = performance.now();
  const meter = { seconds: 0 };
  report.step(name, (await run(cmd, args, env, meter)) === 0, since, meter);
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
  if (ci) report.step('PostgreSQL reachable (required when CI=true)', false, performance.now());
  else {
    process.stderr.write(
      '\n!!! PostgreSQL is not reachable on 127.0.0.1:5432: the PostgreSQL pass and the concurrency tests ' +
        'were NOT run; the other server tests run on PGlite\n\n',
    );
    report.note('SKIP node on PostgreSQL: not reachable (the other server tests ran on PGlite)');
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
    return report.step(`${label}: its template`, false, since, meter);
  const env = {
    ...server,
    ...(isPostgres
      ? { SLOTKIT_TEST_DB: 'postgres', SLOTKIT_PG_TEMPLATE_DB: pgTemplate }
      : { SLOTKIT_TEST_DB: 'pglite', SLOTKIT_PGLITE_TEMPLATE: pgliteTemplate }),
    ...(prefix.length && { FAKETIME_DONT_FAKE_MONOTONIC: '1' }),
    ...(await compiledServer()),
  };
  await nodeTests(tests, label, files, env, { prefix, since, meter });
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
    if (ci) return report.step('faketime installed (required when CI=true)', false, performance.now());
    report.note("NOTE the season pass ran at today's date: faketime is not installed (apt-get install faketime)");
    return serverPass('node on PGlite', [...onPglite, ...onPostgres], { engine: 'pglite' });
  }
  // One relative offset for every process of the pass, the database's included, so their clocks agree.
  const offset = Math.round((Date.parse(date) - Date.now()) / 1000);
  const prefix = [faketime, '-f', `${offset >= 0 ? '+' : ''}${offset}`];
  const at = `at ${date.slice(0, 10)}`;
  const cluster = onPostgres.length ? await startSeasonPostgres(offset) : undefined;
  if (cluster?.error) {
    report.note(`NOTE the date suites ran on PGlite: ${cluster.error}`);
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
  report.counted('widget (Chromium)', { passed: s.passed, failed: s.failed, status }, since, meter);
}

// Built with NODE_ENV=development on purpose: the bundle must not depend on the shell (Lit's dev
// build would break the size budget and fail this step). It runs before any test that serves dist/
// (the console's server test finds it fresh and never rewrites it under the end-to-end tests).
async function build() {
  const since = performance.now();
  const meter = { seconds: 0 };
  const built = (await run('pnpm', ['run', 'build'], { NODE_ENV: 'development' }, meter)) === 0;
  report.step('build (server, widget, console)', built, since, meter);
  return built;
}

// Two processes, each sharing one compiled server and one Chromium between its files
// (e2e/support/shared.ts); the two largest files start their own server and so land apart.
// Their servers start from the PGlite pass's migrated template when it ran (skipping initdb and the
// migrations' work: about half of a start).
const endToEnd = () =>
  nodeTests(
    tests,
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
    if (only.includes('unit') && !only.includes('node-pglite')) await nodeTests(tests, 'unit', unit, {});
    if (want('node-pglite') || only.includes('seasons')) await seasonPass(!postgres || only.includes('seasons'));
    if (want('e2e') && e2e.length && (await built)) await endToEnd();
    if (claim('widget')) await widgetTests();
  },
];
await Promise.all(lanes.map((lane) => lane()));

const code = report.finish();
rmSync(tmp, { recursive: true, force: true });
process.exit(code);

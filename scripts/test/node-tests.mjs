// One node:test run over a set of test files, in a few processes, for the test command
// (scripts/test-all.mjs): finding the files, sharing processes between them, counting the results.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, run } from './run.mjs';

/** Every `*.test.ts` below `dir`, relative to the workspace root (not in node_modules or dot folders). */
export function findTests(dir, out = []) {
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
 *   (pool-worker.mjs): largest files first, so the last ones taken are short.
 * - The end-to-end files run in fixed batches instead (one entry module importing its files): their
 *   processes share one server and one Chromium, ended by a hook of the process's root test.
 * Either way, files never run side by side inside one process.
 * SLOTKIT_TEST_BATCHES=0 runs one process per file (to bisect a test that leaks state).
 */
const PER_FILE = process.env.SLOTKIT_TEST_BATCHES === '0';

const slugOf = (label) => label.replace(/[^a-z0-9]+/gi, '-');
/** [file, bytes] pairs, largest file first. */
const bySize = (files) => files.map((f) => [f, statSync(join(root, f)).size]).sort((a, b) => b[1] - a[1]);

/** `count` entry files of one queue of `files` in `tmp`, and the environment that points them at it. */
function queued(tmp, label, files, count) {
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

/** `count` fixed batches, balanced by source size: each an entry module in `tmp` importing its files in order. */
function batched(tmp, label, files, count) {
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
 * One node:test run over `allFiles` in `concurrency` processes (fixed `batches` when given), its entry
 * and report files in `tmp`; its counts come from a TAP report and go to `report`, its line with its time.
 * `prefix` runs the processes under another command (faketime).
 */
export async function nodeTests(
  { report, tmp },
  label,
  allFiles,
  env,
  { prefix = [], batches = 0, concurrency = 2, since = performance.now(), meter = { seconds: 0 } } = {},
) {
  if (allFiles.length === 0) return;
  const pooled = !PER_FILE && !batches && allFiles.length > concurrency;
  const queue = pooled ? queued(tmp, label, allFiles, concurrency) : undefined;
  const files = queue?.entries ?? (batches && !PER_FILE ? batched(tmp, label, allFiles, batches) : allFiles);
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
  if (queue) reportQueue(label, text, queue);
  const counts = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') };
  report.counted(label, { ...counts, status }, since, meter);
}

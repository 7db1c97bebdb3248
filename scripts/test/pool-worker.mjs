// One test process of a pass (scripts/test-all.mjs, SLOTKIT_TEST_QUEUE): it takes the next test file no
// process has taken yet, runs it as one suite named by its path, and only after that suite ends takes the
// next, until the queue is empty. So files never run side by side inside a process, and the processes
// share the work as it comes (one whose files wait on timers and child servers takes fewer of them),
// where fixed batches left the longest batch running alone at the end of the pass.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { pathToFileURL } from 'node:url';

const queue = process.env.SLOTKIT_TEST_QUEUE;
if (!queue) throw new Error('SLOTKIT_TEST_QUEUE is not set: scripts/test-all.mjs runs this file');
const { root, files } = JSON.parse(readFileSync(queue, 'utf8'));

/** The next file no process has claimed: mkdir is atomic, so exactly one process gets each. */
function claim() {
  for (const [i, file] of files.entries()) {
    try {
      mkdirSync(`${queue}.claims/${i}`);
      return file;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
  }
  return undefined;
}

// How long this process ran, for the pass's summary line (how evenly the processes shared the work).
process.on('exit', () => appendFileSync(`${queue}.times`, `${(performance.now() / 1000).toFixed(0)} `));

for (let file = claim(); file; file = claim()) {
  const cpu = process.cpuUsage();
  await new Promise((done) =>
    describe(file, async () => {
      after(done);
      await import(pathToFileURL(join(root, file)).href);
    }),
  );
  // This process's own CPU for the file (child processes it started not included), for the summary.
  const { user, system } = process.cpuUsage(cpu);
  appendFileSync(`${queue}.cpu`, `${((user + system) / 1e6).toFixed(1)} ${file}\n`);
}

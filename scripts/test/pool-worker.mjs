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

/** CPU of this process's child processes that have ended (utime + stime of reaped children), in seconds. */
function childrenCpu() {
  try {
    // Fields after the command's closing parenthesis: cutime and cstime are the 14th and 15th, in ticks.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0; // not Linux
  }
}

for (let file = claim(); file; file = claim()) {
  const cpu = process.cpuUsage();
  const children = childrenCpu();
  await new Promise((done) =>
    describe(file, async () => {
      after(done);
      await import(pathToFileURL(join(root, file)).href);
    }),
  );
  // The file's CPU for the summary: this process's own, and that of the child processes it started and
  // saw end (servers, CLIs; the PostgreSQL backends they used are not counted).
  const { user, system } = process.cpuUsage(cpu);
  const own = (user + system) / 1e6;
  const theirs = childrenCpu() - children;
  appendFileSync(`${queue}.cpu`, `${(own + theirs).toFixed(1)} ${file} (children ${theirs.toFixed(1)})\n`);
}

// Widget tests in Debian's Chromium (never a downloaded browser: scripts/test/chromium.mjs). Besides the
// usual output, writes .tmp/wtr-summary.json = {passed, failed}: the contract
// scripts/test-all.mjs reads for its summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/test/chromium.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** Counts test results of every session; a file that failed to load counts as one failure. */
function summaryReporter() {
  const count = (suite, totals) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const s of suite?.suites ?? []) count(s, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const before = totals.failed + totals.passed;
        count(session.testResults, totals);
        if (!session.passed && totals.failed + totals.passed === before) totals.failed += 1;
      }
      mkdirSync(here('.tmp'), { recursive: true });
      writeFileSync(here('.tmp/wtr-summary.json'), `${JSON.stringify(totals)}\n`);
    },
  };
}

export default {
  rootDir: here('../..'),
  files: [here('src/**/*.test.ts')],
  nodeResolve: { exportConditions: ['browser', 'import', 'default'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: here('tsconfig.json') })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        // Puppeteer adds its own --disable-features, which already leaves out the unseen browser UI.
        args: [...CHROMIUM_FLAGS],
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames (fixtures wait for them) and no focus.
  concurrency: 1,
  // Fixtures wait for real animation frames: on a 2-core machine running the other lanes of
  // `pnpm test` beside it, a mount can take seconds. The timeout only ends a hung test.
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter()],
};

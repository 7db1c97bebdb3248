import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport } from './report.mjs';

/** What finish() prints, and its exit code. */
function finished(report: ReturnType<typeof createReport>): { text: string; code: number } {
  let text = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string) => ((text += chunk), true);
  try {
    return { code: report.finish(), text };
  } finally {
    process.stdout.write = write;
  }
}

describe("the test command's summary", () => {
  it('should count steps and test runs into the last line, a failed command without a failing test as one', () => {
    const report = createReport();
    const since = performance.now();
    report.step('build', true, since, { seconds: 3 });
    report.counted('node on PostgreSQL', { passed: 5, failed: 0, skipped: 1, status: 0 }, since, { seconds: 2 });
    report.counted('widget (Chromium)', { passed: 2, failed: 0, status: 1 }, since, { seconds: 1 });
    const { text, code } = finished(report);
    const lines = text.trim().split('\n');
    assert.match(lines[0]!, /^ok {3}build \(\d+\.\d s, at \d+–\d+ s, 3 core-s\)$/);
    assert.match(text, /^ok {3}node on PostgreSQL: 5 passed, 0 failed, 1 skipped \(/m);
    assert.match(
      text,
      /^FAIL widget \(Chromium\): 2 passed, 0 failed \(/m,
      'no skipped count where the runner has none',
    );
    assert.equal(lines.at(-1), '8 passed, 1 failed, 1 skipped');
    assert.equal(code, 1);
  });

  // The test command runs on Linux, whose /proc/stat this reads.
  it("should give the whole machine's CPU over the run, as a share of its cores", () => {
    const report = createReport();
    const until = performance.now() + 300;
    while (performance.now() < until); // busy: this process alone uses a core
    const { text, code } = finished(report);
    const m = /^machine: (\d+) busy core-s \(user \d+, system \d+\), (\d+) % of (\d+) cores$/m.exec(text);
    assert.ok(m, text);
    assert.ok(Number(m[2]) > 0, `this process kept a core busy: ${text}`);
    assert.equal(code, 0);
  });
});

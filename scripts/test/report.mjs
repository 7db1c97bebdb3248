// The test command's summary: one line per step (verdict, time, span in the run, CPU), the whole machine's
// CPU over the run, the totals, and the last line "N passed, N failed" that CI reads.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * The machine's CPU so far, in core-seconds, from Linux's /proc/stat (undefined elsewhere): every process
 * counts, the run's own PostgreSQL backends and Chromium renderers included, and anything else running.
 */
function machineCpu() {
  if (!existsSync('/proc/stat')) return undefined;
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  // USER_HZ is 100 on every Linux this runs on.
  return { user: (user + nice) / 100, system: (system + irq + softirq) / 100 };
}

/** A run's report, its clock starting now. */
export function createReport() {
  const started = performance.now();
  const cpuAtStart = machineCpu();
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const lines = [];
  const at = (t) => ((t - started) / 1000).toFixed(0);
  /** A step's time, its place in the run and the CPU its commands used (a lower bound: see run.mjs). */
  const span = (since, meter) =>
    `${((performance.now() - since) / 1000).toFixed(1)} s, at ${at(since)}–${at(performance.now())} s, ` +
    `${meter.seconds.toFixed(0)} core-s`;
  return {
    /** A free-form line (a note, a skip). */
    note: (line) => lines.push(line),
    /** A step that counts as one test: passed or failed as a whole. */
    step(name, ok, since, meter = { seconds: 0 }) {
      if (ok) totals.passed += 1;
      else totals.failed += 1;
      lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${span(since, meter)})`);
    },
    /**
     * A step of many tests: their counts (`skipped` left out of the line when the runner has none), plus
     * one failure when the command failed without a failing test.
     */
    counted(name, { passed, failed, skipped, status }, since, meter) {
      totals.passed += passed;
      totals.failed += failed + (status !== 0 && failed === 0 ? 1 : 0);
      totals.skipped += skipped ?? 0;
      const counts = `${passed} passed, ${failed} failed${skipped === undefined ? '' : `, ${skipped} skipped`}`;
      lines.push(`${failed || status ? 'FAIL' : 'ok  '} ${name}: ${counts} (${span(since, meter)})`);
    },
    /** Prints the step lines, the machine's CPU, the total time and the final count; returns the exit code. */
    finish() {
      const seconds = (performance.now() - started) / 1000;
      const cpu = machineCpu();
      if (cpu && cpuAtStart) {
        // Busy near 100 %: the run's time is its CPU divided by the cores; only less work makes it shorter.
        const [user, system] = [cpu.user - cpuAtStart.user, cpu.system - cpuAtStart.system];
        const busy = user + system;
        const cores = availableParallelism();
        lines.push(
          `machine: ${busy.toFixed(0)} busy core-s (user ${user.toFixed(0)}, system ${system.toFixed(0)}), ` +
            `${((100 * busy) / (seconds * cores)).toFixed(0)} % of ${cores} cores`,
        );
      }
      lines.push(`total ${seconds.toFixed(1)} s`);
      process.stdout.write(`\n${lines.join('\n')}\n`);
      process.stdout.write(
        `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`,
      );
      return totals.failed > 0 ? 1 : 0;
    },
  };
}

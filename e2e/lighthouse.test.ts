import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/test/chromium.mjs';
import { root } from './support/server.ts';
import { sharedSlotkit } from './support/shared.ts';

// DESIGN §9.2: the demo page does not move while its widgets load (CLS ≤ 0.02)
// and is accessible (Lighthouse accessibility 100), measured by the pinned
// lighthouse@12.2.3 in Debian's Chromium, with the phone and the desktop presets.

const runs = join(root, 'e2e/support/lighthouse-runs.mjs');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

/** Both presets' reports, from one lighthouse process (support/lighthouse-runs.mjs). */
async function audit(url: string): Promise<Record<'mobile' | 'desktop', Report>> {
  const out = mkdtempSync(join(tmpdir(), 'slotkit-lh-'));
  const child = spawn(process.execPath, [runs, url, out, ...CHROMIUM_FLAGS], {
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 0, `lighthouse failed:\n${err}`);
  const read = (preset: string) => JSON.parse(readFileSync(join(out, `${preset}.json`), 'utf8')) as Report;
  return { mobile: read('mobile'), desktop: read('desktop') };
}

describe('Lighthouse on /demo', () => {
  let reports: Promise<Record<'mobile' | 'desktop', Report>>;
  before(async () => {
    assert.ok(existsSync(join(root, 'packages/widget/dist/manifest.json')), 'run `pnpm run build` first');
    const slotkit = await sharedSlotkit();
    reports = audit(`${slotkit.url}/demo`);
    reports.catch(() => {}); // each test awaits it and fails with its error
  });

  for (const preset of ['mobile', 'desktop'] as const) {
    it(`should keep CLS at most 0.02 and accessibility at 100 (${preset})`, async () => {
      const report = (await reports)[preset];
      const cls = report.audits['cumulative-layout-shift']!.numericValue!;
      const failing = Object.entries(report.audits)
        .filter(([, a]) => a.score !== null && a.score < 1)
        .map(([id]) => id);
      assert.ok(cls <= 0.02, `CLS ${cls}`);
      assert.equal(report.categories.accessibility!.score, 1, `failing audits: ${failing.join(', ')}`);
      process.stdout.write(`# ${preset}: CLS ${cls.toFixed(3)}\n`);
    });
  }
});

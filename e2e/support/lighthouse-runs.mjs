// Lighthouse on one URL with the mobile (default) and the desktop preset, one after the other in
// one Chromium and one process: what the CLI does per preset, without a second node start, module
// load and browser launch. Usage: node lighthouse-runs.mjs <url> <out-dir> <chrome flags…>
// Writes <out-dir>/<preset>.json, each the report's lhr (what `--output=json` writes).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';

const [url, outDir, ...chromeFlags] = process.argv.slice(2);
// The launcher lighthouse's CLI uses: a dependency of lighthouse, not of this workspace.
const launcherPath = createRequire(import.meta.resolve('lighthouse')).resolve('chrome-launcher');
const { launch } = await import(pathToFileURL(launcherPath).href);
const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags });
try {
  for (const [preset, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        logLevel: 'error',
        // What DESIGN §9.2 asserts and nothing more: the accessibility category and the one CLS
        // audit. The performance category's other audits, its page-load simulations and the
        // full-page screenshot cost more than both assertions together. CLS is read from the
        // trace's layout shifts of the real load: simulated throttling (the presets') never slows it.
        onlyCategories: ['accessibility'],
        onlyAudits: ['cumulative-layout-shift'],
        disableFullPageScreenshot: true,
      },
      config,
    );
    if (!result) throw new Error(`lighthouse returned nothing for ${preset}`);
    if (result.lhr.runtimeError) throw new Error(`${preset}: ${JSON.stringify(result.lhr.runtimeError)}`);
    writeFileSync(join(outDir, `${preset}.json`), JSON.stringify(result.lhr));
  }
} finally {
  chrome.kill();
}

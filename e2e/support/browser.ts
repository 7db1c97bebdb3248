import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { playwrightLaunchOptions } from '../../scripts/test/chromium.mjs';
import { root } from './server.ts';

/** Debian's Chromium, as every browser test starts it (scripts/test/chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(playwrightLaunchOptions());
}

/** Collects what a page complains about: uncaught errors, console errors and CSP violations. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

/** On failure: .tmp/e2e-<name>.png for each page, to see where the flow stopped. */
export async function saveScreenshots(pages: Record<string, Page>): Promise<void> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  for (const [name, page] of Object.entries(pages)) {
    await page.screenshot({ path: join(root, '.tmp', `e2e-${name}.png`), fullPage: true }).catch(() => {});
  }
}

let axeSource: string | undefined;

/**
 * Puts axe-core on the page unless it is there already (the console changes views without loading a new
 * document): the script is half a megabyte to send and run each time. Through the DevTools protocol
 * (page.evaluate), which the page's CSP does not govern, so the page runs under its real CSP.
 */
export async function loadAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  axeSource ??= readFileSync(createRequire(join(root, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
}

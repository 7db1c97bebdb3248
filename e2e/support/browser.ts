import { mkdirSync } from 'node:fs';
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

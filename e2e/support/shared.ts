import { after } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startSlotkit, type RunningSlotkit } from './server.ts';

// What the files of one test process share (a batch of files imported by one entry module, or a
// single file): they run one after another there, never side by side. Test files only: the root
// hook below ends the shared server and browser after the last of them (scripts import server.ts).

let server: Promise<RunningSlotkit> | undefined;
let browser: Promise<Browser> | undefined;

/**
 * One server for the files that can share the demo seed (a start is ~10 s of CPU, most of it
 * PGlite's initdb): the compiled build (what `pnpm build` ships; it always runs before e2e), at
 * LOG_LEVEL info so a file can read its own emails from the log. Files on it use their own emails
 * and names and count only rows they made; a file that changes what others read (the demo embed
 * key, a price another file asserts) or counts every booking of the demo starts its own with
 * startSlotkit().
 */
export function sharedSlotkit(): Promise<RunningSlotkit> {
  server ??= startSlotkit({ LOG_LEVEL: 'info' }, { compiled: true });
  return server;
}

/** One Chromium: each page has its own context, so no file sees another's cookies or storage. */
export function sharedChromium(): Promise<Browser> {
  browser ??= launchChromium();
  return browser;
}

/** Closes every page and context open in the shared browser: the ending file's own. */
export async function closePages(shared: Browser | undefined): Promise<void> {
  await Promise.all((shared?.contexts() ?? []).map((c) => c.close()));
}

after(async () => {
  await Promise.all([browser?.then((b) => b.close()).catch(() => {}), server?.then((s) => s.stop()).catch(() => {})]);
});

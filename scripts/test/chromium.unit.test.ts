import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { HEADLESS_UNSEEN_UI, playwrightLaunchOptions } from './chromium.mjs';

/** The command lines of this process's children (the browser: Debian's wrapper execs Chromium in place). */
function childCommandLines(): string[] {
  const children = readdirSync('/proc').filter((pid) => {
    try {
      return (
        /^\d+$/.test(pid) &&
        readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(process.pid)
      );
    } catch {
      return false; // ended meanwhile
    }
  });
  return children.map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
}

/** Every `--disable-features` list on a command line, in order. */
const disabledFeatureLists = (commandLine: string) =>
  [...commandLine.matchAll(/--disable-features=(\S*)/g)].map((m) => m[1]!.split(',').filter(Boolean));

describe('Chromium as the browser tests start it (scripts/test/chromium.mjs)', () => {
  it("should keep Playwright's disabled features and build no unseen browser UI for a page", async () => {
    const browser = await chromium.launch(playwrightLaunchOptions());
    try {
      const commandLine = childCommandLines().find((line) => line.includes('--remote-debugging-pipe')) ?? '';
      // Chromium honours only the last list: it must hold every earlier one (Playwright's own).
      const lists = disabledFeatureLists(commandLine);
      assert.ok(lists.length > 0, `no --disable-features in: ${commandLine}`);
      const last = new Set(lists.at(-1));
      const dropped = lists
        .slice(0, -1)
        .flat()
        .filter((feature) => !last.has(feature));
      assert.deepEqual(dropped, [], 'Playwright disables these too: add them to PLAYWRIGHT_DISABLED_FEATURES');
      for (const feature of HEADLESS_UNSEEN_UI) assert.ok(last.has(feature), feature);

      const page = await browser.newPage();
      await page.goto('data:text/html,<h1>Slotkit</h1>');
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      assert.deepEqual(
        targetInfos.filter((t) => t.type !== 'page').map((t) => t.url),
        [],
        'a page of its own, and no browser UI beside it',
      );
    } finally {
      await browser.close();
    }
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildExample as buildReact } from '../examples/react/build.mjs';
import { buildExample as buildVue } from '../examples/vue/build.mjs';
import { watchProblems } from './support/browser.ts';
import { root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';
import { serveStatic } from './support/static-server.ts';

// Every way the widget reaches a page, in Chromium: the demo page and /embed
// under their strict CSP (a violation is a console error, which fails the
// test), the iframe sized by /embed.js, and the React and Vue examples.

const WAIT = { timeout: 20_000 };

describe('the widget on pages', () => {
  let slotkit: RunningSlotkit;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  before(async () => {
    assert.ok(
      existsSync(join(root, 'packages/widget/dist/manifest.json')),
      'the widget is not built: run `pnpm run build` first',
    );
    await Promise.all([buildReact(), buildVue()]);
    slotkit = await sharedSlotkit();
    site = await serveStatic(join(root, 'examples'), slotkit.url);
    browser = await sharedChromium();
  });
  after(async () => {
    await closePages(browser);
    await site?.close();
  });

  it('should render the demo page three ways under its CSP, the iframe sized to its content', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${slotkit.url}/demo`);
    const [venue, single] = [page.locator('booking-widget').nth(0), page.locator('booking-widget').nth(1)];
    await venue.getByRole('heading', { name: 'Choose an activity' }).waitFor(WAIT);
    await single.getByRole('heading', { name: 'Choose a date' }).waitFor(WAIT);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Choose a date' }).waitFor(WAIT);

    // embed.js applied the height /embed-frame.js reported: the iframe's own content height.
    await page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe')!.style.height), null, WAIT);
    const inner = await page.frames()[1]!.evaluate(() => document.documentElement.scrollHeight);
    const outer = await page.evaluate(() => parseInt(document.querySelector('iframe')!.style.height, 10));
    assert.ok(Math.abs(outer - inner) <= 2, `iframe ${outer}px for ${inner}px of content`);
    assert.deepEqual(problems, []);
  });

  it('should render /embed pages for a venue and for the admin preview without CSP violations', async () => {
    for (const query of ['widget=calendar&key=demo-mystery-manor', 'widget=booking&activityId=preview']) {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      const res = await page.goto(`${slotkit.url}/embed?${query}`);
      assert.equal(res!.status(), 200);
      await page.locator('booking-widget h2').first().waitFor(WAIT);
      assert.deepEqual(problems, [], query);
      await page.close();
    }
  });

  for (const example of ['react', 'vue']) {
    it(`should upgrade the element in the ${example} example on another origin`, async () => {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(`${site.url}/${example}/`);
      const widget = page.locator('booking-widget');
      assert.equal(await widget.getAttribute('embed-key'), 'demo-mystery-manor');
      await widget.getByRole('button', { name: /The Haunted Library/ }).waitFor(WAIT);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

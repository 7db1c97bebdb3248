import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { signIn } from './support/console.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';

// The console's Gift cards page (issue 22) in Chromium on the demo seed: the form checks as you type;
// issuing goes through the confirm dialog and shows the code once; that code works in the public
// balance check; a look-up by code opens the card's history; axe in light and dark.

const WAIT = { timeout: 20_000 };

describe('console: gift cards', () => {
  let slotkit: RunningSlotkit;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  async function gql(query: string, variables: Record<string, unknown> = {}, admin = true) {
    const res = await fetch(`${slotkit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${ADMIN_KEY}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data: any; errors?: Array<{ extensions?: { code?: string } }> };
  }

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/console/dist/manifest.json')), 'the console is not built');
    slotkit = await sharedSlotkit(); // no other file issues gift cards: the list starts empty
    browser = await sharedChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchProblems(page);
    await signIn(page, slotkit.url, ADMIN_KEY);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
  });
  after(async () => {
    if (page) await saveScreenshots({ 'console-gift-cards': page });
    await closePages(browser);
  });

  it('should issue a card through the dialog, show its code once, and find it again by that code', async () => {
    await page.getByRole('link', { name: 'Gift cards', exact: true }).click();
    await page.getByRole('heading', { name: 'Gift cards', level: 1 }).waitFor(WAIT);
    await page.getByText('No gift cards yet.').waitFor(WAIT);

    const form = page.locator('console-gift-cards-view form').first();
    await form.getByRole('button', { name: 'Issue gift card' }).click();
    await page.locator('#amount-error', { hasText: 'Required.' }).waitFor(WAIT);
    await form.getByLabel(/^Amount/).fill('0.5');
    await page.locator('#amount-error', { hasText: 'from 1.00 to 10,000.00' }).waitFor(WAIT);
    await form.getByLabel(/^Amount/).fill('50');
    await form.getByLabel("Recipient's email").fill('not-an-email');
    await page.locator('#recipientEmail-error').waitFor(WAIT);
    await form.getByLabel("Recipient's email").fill('friend@example.com');

    // Going back from the dialog issues nothing.
    await form.getByRole('button', { name: 'Issue gift card' }).click();
    const dialog = page.getByRole('dialog', { name: /Issue a .*50\.00 gift card\?/ });
    await dialog.getByText(/emailed to friend@example.com/).waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    assert.deepEqual((await gql(`{ giftCards { id } }`)).data.giftCards, [], 'nothing issued before confirming');

    await form.getByRole('button', { name: 'Issue gift card' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Issue and email' }).click();
    const shown = page.locator('console-gift-cards-view .code-once output');
    await shown.waitFor(WAIT);
    const code = (await shown.textContent())!.trim();
    assert.match(code, /^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    const row = page.getByRole('row', { name: new RegExp(`•••• ${code.slice(-4)}`) });
    await row.getByText('friend@example.com').waitFor(WAIT);

    const balance = await gql(`query($c: String!) { giftCardBalance(code: $c) { balanceCents } }`, { c: code }, false);
    assert.equal(balance.data.giftCardBalance.balanceCents, 5000, 'the code shown works in the public balance check');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    await page.getByRole('button', { name: 'Hide code' }).click();
    assert.equal(await shown.count(), 0, 'hidden for good');
    await page.getByLabel('Code', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.locator('#lookup-code-error', { hasText: 'No gift card of this organization' }).waitFor(WAIT);
    await page.getByLabel('Code', { exact: true }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Look up' }).click();
    const history = page.getByRole('heading', { name: `History of •••• ${code.slice(-4)}` });
    await history.waitFor(WAIT);
    await page.getByRole('cell', { name: 'Issued', exact: true }).waitFor(WAIT);
    assert.deepEqual(problems, []);
  });

  it('should pass axe in light and dark, at 1280 and 375 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: width === 1280 ? 900 : 800 });
        await page.goto(`${slotkit.url}/console#/gift-cards`);
        await page.locator('console-gift-cards-view table').first().waitFor(WAIT);
        await page
          .getByRole('button', { name: /History of the card/ })
          .first()
          .click();
        await page.getByRole('heading', { name: /^History of/ }).waitFor(WAIT);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${width} px, ${scheme}: ${JSON.stringify(violations, null, 2)}`);
      }
    }
  });
});

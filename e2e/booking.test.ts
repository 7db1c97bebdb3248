import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';
import { serveStatic } from './support/static-server.ts';

// The product end to end: `main.ts` on the embedded database with the demo
// seed and the local test checkout, the plain-HTML example served from
// another localhost origin (CORS: the demo venue allows http://localhost:*),
// Debian's Chromium driven by playwright-core.

const ACTIVITY = 'The Haunted Library';
const WAIT = { timeout: 20_000 };

/** Steps a ticket tier to `want` (the widget may start at the minimum party). */
async function setQuantity(page: Page, tier: string, want: number): Promise<void> {
  const count = page.locator(`booking-widget output[aria-label="${tier} tickets"]`);
  for (let i = 0; i < 12; i++) {
    const have = Number(await count.textContent());
    if (have === want) return;
    await page
      .getByRole('button', { name: `One ${have < want ? 'more' : 'fewer'} ${tier} ticket`, exact: true })
      .click();
    await count.filter({ hasText: String(have < want ? have + 1 : have - 1) }).waitFor(WAIT);
  }
  assert.fail(`could not set ${tier} to ${want}`);
}

describe('booking through the plain-HTML example', () => {
  let slotkit: RunningSlotkit;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  before(async () => {
    assert.ok(
      existsSync(join(root, 'packages/widget/dist/manifest.json')),
      'the widget is not built: run `pnpm run build` first',
    );
    slotkit = await sharedSlotkit();
    site = await serveStatic(join(root, 'examples'), slotkit.url);
    browser = await sharedChromium();
  });
  after(async () => {
    await closePages(browser);
    await site?.close();
  });

  /** Opens the example, picks the activity and the first bookable date; returns that date. */
  async function openDate(page: Page, date?: string): Promise<string> {
    await page.goto(`${site.url}/plain-html/`);
    await page.getByRole('button', { name: new RegExp(ACTIVITY) }).click(WAIT);
    const day = date
      ? page.locator(`booking-calendar button[data-date="${date}"]`)
      : page.locator('booking-calendar button.day.ok:not([aria-disabled])').first();
    await day.click(WAIT);
    return (await day.getAttribute('data-date'))!;
  }

  it('should let a customer book 2 adults and 1 child while a second page sees the capacity drop live', async () => {
    const watcher = await (await browser.newContext()).newPage();
    const buyer = await (await browser.newContext()).newPage();
    const problems = [...watchProblems(watcher), ...watchProblems(buyer)];
    try {
      await bookWhileWatching(watcher, buyer, problems);
    } catch (err) {
      await saveScreenshots({ watcher, buyer });
      throw err;
    }
  });

  async function bookWhileWatching(watcher: Page, buyer: Page, problems: string[]) {
    // The watcher opens a date first and keeps it open, never reloading.
    const date = await openDate(watcher);
    const watchedSlot = watcher.locator('button.slot').first();
    await watchedSlot.waitFor(WAIT);
    const time = await watchedSlot.locator('.time').textContent();
    const before = Number(/\d+/.exec((await watchedSlot.locator('.left').textContent())!)![0]);
    assert.ok(before >= 3, `the first slot has ${before} seats`);

    // The buyer picks the same date and time, 2 adults + 1 child.
    assert.equal(await openDate(buyer, date), date);
    await buyer.locator('button.slot', { hasText: time! }).first().click(WAIT);
    await setQuantity(buyer, 'Adult', 2);
    await setQuantity(buyer, 'Child (12–15)', 1);
    await setQuantity(buyer, 'Student', 0);
    await buyer.locator('[part="tickets"] p.total', { hasText: '$95.00' }).waitFor(WAIT);
    await buyer.getByRole('button', { name: 'Continue' }).click();
    await buyer.getByLabel('Full name').fill('Ada Lovelace');
    await buyer.getByLabel('Email').fill('ada@example.com');
    await buyer.getByLabel('Everyone in my party is at least 12 years old').check();
    await buyer.getByLabel('I have read and accept the waiver').check();
    await buyer.getByRole('button', { name: 'Hold my spots' }).click();
    await buyer.getByRole('heading', { name: 'Your spots are held' }).waitFor(WAIT);
    await buyer.getByRole('timer').waitFor(WAIT);

    // The hold takes 3 seats: the watcher's slot shows it without a reload.
    const watcherUrl = watcher.url();
    await watcher
      .locator('button.slot', { hasText: time! })
      .locator('.left')
      .filter({ hasText: `${before - 3} left` })
      .waitFor(WAIT);
    assert.equal(watcher.url(), watcherUrl);

    // Pay in the local test checkout (top-level navigation) and come back to the example.
    await buyer.getByRole('button', { name: 'Continue to payment' }).click();
    await buyer.waitForURL(/\/checkout\/test\//, WAIT);
    await buyer.getByRole('button', { name: /^Pay \$95\.00$/ }).click();
    await buyer.getByRole('heading', { name: 'Booking confirmed' }).waitFor(WAIT);
    // Read once, then gone from the address bar: a reload does not show the confirmation again.
    await buyer.waitForURL(`${site.url}/plain-html/`, WAIT);
    const number = (await buyer.locator('booking-widget .number').textContent())!.trim();
    assert.match(number, /^[A-Z0-9-]{4,}$/);
    // The host page heard slotkit-booked.
    await buyer
      .locator('#booked')
      .filter({ hasText: `Booking ${number} is confirmed` })
      .waitFor(WAIT);

    // The booking is real: the admin API reads it back by number.
    const res = await fetch(`${slotkit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify({
        query: `query($n: String!) {
          booking(bookingNumber: $n) { bookingNumber status partySize totalCents currency waiverAccepted }
        }`,
        variables: { n: number },
      }),
    });
    const body = (await res.json()) as { data?: { booking: unknown }; errors?: unknown };
    assert.deepEqual(
      body.data?.booking,
      {
        bookingNumber: number,
        status: 'CONFIRMED',
        partySize: 3,
        totalCents: 9500,
        currency: 'USD',
        waiverAccepted: true,
      },
      JSON.stringify(body.errors),
    );
    assert.deepEqual(problems, []);
  }
});

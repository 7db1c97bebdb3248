// Screenshots of every step of the widget at 375, 768 and 1280 px, light and
// dark, through /embed on the built product (PGlite, demo seed, test checkout).
//   node --import tsx scripts/widget-screenshots.ts [outDir]   (after `pnpm run build`)
// Writes <outDir>/<view>-<width>-<theme>.png; default docs/screenshots/widget.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { root, startSlotkit } from '../e2e/support/server.ts';

const out = join(root, process.argv[2] ?? 'docs/screenshots/widget');
mkdirSync(out, { recursive: true });
const WAIT = { timeout: 20_000 };
const slotkit = await startSlotkit({ PORT: process.env.PORT ?? '4211' });
const browser = await launchChromium();
let run = 0; // each run books 3 seats: every run takes another day
try {
  const res = await fetch(`${slotkit.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ widgetConfig(embedKey: "demo-mystery-manor") { activities { id name } } }' }),
  });
  const { data } = (await res.json()) as { data: { widgetConfig: { activities: { id: string; name: string }[] } } };
  const library = data.widgetConfig.activities.find((a) => a.name === 'The Haunted Library')!.id;
  for (const width of [375, 768, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      const shot = (view: string) =>
        page.screenshot({ path: join(out, `${view}-${width}-${theme}.png`), fullPage: true });
      await page.goto(`${slotkit.url}/embed?widget=calendar&key=demo-mystery-manor&theme=${theme}`);
      await page.getByRole('button', { name: /The Haunted Library/ }).waitFor(WAIT);
      await page.waitForTimeout(300);
      await shot('activities');
      await page.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${library}&theme=${theme}`);
      await flow(page, shot, run++);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await slotkit.stop();
}

async function flow(page: Page, shot: (view: string) => Promise<unknown>, n: number) {
  const day = page.locator('booking-calendar button.day.ok:not([aria-disabled])').nth(2 + n);
  await day.click(WAIT);
  await page.locator('button.slot').first().waitFor(WAIT);
  await page.waitForTimeout(300);
  await shot('times');
  await page.locator('button.slot').first().click();
  await page
    .getByRole('button', { name: /^(Add one|One more) Child/ })
    .first()
    .click(WAIT);
  await page.waitForTimeout(200);
  await shot('tickets');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('Full name').fill('Ana García');
  await page.getByLabel('Email').fill('ana@example.com');
  const age = page.getByLabel(/at least 12/);
  if (await age.count()) await age.check();
  await page.getByLabel(/accept the waiver/).check();
  await shot('details');
  await page.getByRole('button', { name: 'Hold my spots' }).click();
  await page.getByRole('timer').waitFor(WAIT);
  await shot('hold');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/\/checkout\/test\//, WAIT);
  await shot('checkout');
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.locator('booking-widget .number').waitFor(WAIT);
  await page.waitForTimeout(300);
  await shot('confirmation');
}

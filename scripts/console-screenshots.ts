#!/usr/bin/env node
// Review artefacts, not assertions: every console view at 1280 and 375 px wide, light and dark, with
// two real bookings made first, written to docs/screenshots/console/<view>-<width>-<theme>.png.
//   pnpm run build && node --import tsx scripts/console-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/browser.ts';
import { bookThroughCheckout } from '../e2e/support/bookings.ts';
import { signIn } from '../e2e/support/console.ts';
import { ADMIN_KEY, root, startSlotkit } from '../e2e/support/server.ts';

const out = join(root, 'docs/screenshots/console');
mkdirSync(out, { recursive: true });
const WAIT = { timeout: 20_000 };

const slotkit = await startSlotkit();
const browser = await launchChromium();
try {
  await bookThroughCheckout(slotkit.url, { email: 'ana@example.com', name: 'Ana Souza' });
  await bookThroughCheckout(slotkit.url, { email: 'ben@example.com', name: 'Ben Okafor', adults: 3, activityIndex: 1 });
  await bookThroughCheckout(slotkit.url, { email: 'chloe@example.com', name: 'Chloé Martin', adults: 4 });
  for (const width of [1280, 375]) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width > 800 ? 860 : 780 }, colorScheme: theme });
      await page.goto(`${slotkit.url}/console`);
      await page.getByLabel('Admin API key').waitFor(WAIT);
      await page.screenshot({ path: join(out, `sign-in-${width}-${theme}.png`) });
      await signIn(page, slotkit.url, ADMIN_KEY);
      await page.getByRole('img', { name: /^Bookings in the last 7 days/ }).waitFor(WAIT);
      const shoot = async (view: string) => {
        // Review artefacts: a moment for fonts and the last frame to settle is enough.
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(out, `${view}-${width}-${theme}.png`), fullPage: true });
      };
      await shoot('dashboard');
      for (const [path, view] of [
        ['bookings', 'bookings'],
        ['sessions', 'sessions'],
        ['activities', 'activities'],
        ['venues', 'venues'],
        ['api-keys', 'api-keys'],
        ['graphql', 'graphql'],
        ['promo-codes', 'promo-codes'],
      ] as const) {
        await page.goto(`${slotkit.url}/console#/${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
        if (view === 'graphql') await page.frameLocator('iframe').locator('.graphiql-execute-button').waitFor(WAIT);
        if (view === 'bookings') await page.getByRole('table').waitFor(WAIT);
        if (view === 'sessions') await page.locator('console-sessions-view .day').first().waitFor(WAIT);
        if (view === 'activities' || view === 'venues') await page.locator(`console-${view}-view table`).waitFor(WAIT);
        await shoot(view);
      }
      // An activity's editor (with its live widget preview) and a venue's settings, snippets and key.
      await page.goto(`${slotkit.url}/console#/activities`);
      await page.getByRole('link', { name: 'Edit The Haunted Library' }).click();
      await page.getByText(/^Saving leaves the sessions/).waitFor(WAIT);
      await shoot('activity-form');
      await page.goto(`${slotkit.url}/console#/venues`);
      await page.getByRole('link', { name: 'Mystery Manor' }).click();
      await page.getByRole('heading', { name: 'Embed the widget' }).waitFor(WAIT);
      await shoot('venue');
      await page.goto(`${slotkit.url}/console#/bookings`);
      await page.getByRole('link', { name: /^SK-/ }).first().click();
      await page.getByRole('region', { name: 'History' }).waitFor(WAIT);
      await shoot('booking-detail');
      await page.getByRole('button', { name: 'Cancel and refund…' }).click();
      await page.getByRole('dialog').waitFor(WAIT);
      await page.screenshot({ path: join(out, `cancel-dialog-${width}-${theme}.png`) });
      await page.close();
    }
  }
  process.stdout.write(`screenshots in ${out}\n`);
} finally {
  await browser.close();
  await slotkit.stop();
}

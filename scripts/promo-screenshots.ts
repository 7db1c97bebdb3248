// Review artefacts of issue 22's new UI, at 375 and 1280 px, light and dark, on the built product
// (PGlite, demo seed): the widget's ticket step with a promo code applied and with a refused one, and
// for a private room with a group price; the console's Promo codes page with a few codes.
//   pnpm run build && node --import tsx scripts/promo-screenshots.ts
// Writes docs/screenshots/widget/tickets-{promo,promo-error,private-group}-<width>-<theme>.png and
// docs/screenshots/console/promo-codes-<width>-<theme>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/browser.ts';
import { signIn } from '../e2e/support/console.ts';
import { ADMIN_KEY, root, startSlotkit } from '../e2e/support/server.ts';

const widgetOut = join(root, 'docs/screenshots/widget');
const consoleOut = join(root, 'docs/screenshots/console');
mkdirSync(widgetOut, { recursive: true });
mkdirSync(consoleOut, { recursive: true });
const WAIT = { timeout: 20_000 };

const slotkit = await startSlotkit({ PORT: process.env.PORT ?? '4212' });
const browser = await launchChromium();
const admin = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const res = await fetch(`${slotkit.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
};
try {
  const { activities } = await admin<{ activities: { id: string; name: string }[] }>(`{ activities { id name } }`);
  const library = activities.find((a) => a.name === 'The Haunted Library')!.id;
  const create = `mutation($input: CreatePromoCodeInput!) { createPromoCode(input: $input) { id } }`;
  const day = 86_400_000;
  await admin(create, { input: { code: 'SPRING25', percentOff: 25, maxRedemptions: 50 } });
  await admin(create, {
    input: {
      code: 'LIBRARY10',
      amountOffCents: 1000,
      activityIds: [library],
      validUntil: new Date(Date.now() + 60 * day).toISOString(),
    },
  });
  const old = await admin<{ createPromoCode: { id: string } }>(create, { input: { code: 'SUMMER', percentOff: 15 } });
  await admin(`mutation($id: ID!) { deactivatePromoCode(id: $id) { id } }`, { id: old.createPromoCode.id });
  // A private room with a group price, to show how the ticket step reads for it.
  const { venues } = await admin<{ venues: { id: string }[] }>(`{ venues { id } }`);
  const room = await admin<{ createActivity: { activity: { id: string } } }>(
    `mutation($input: ActivityInput!) { createActivity(input: $input) { activity { id } } }`,
    {
      input: {
        venueId: venues[0]!.id,
        name: 'The Vault (private room)',
        durationMinutes: 60,
        capacity: 6,
        minParty: 2,
        maxParty: 6,
        schedule: {
          operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
          startTime: '10:00',
          endTime: '20:00',
          slotInterval: 120,
          advanceBooking: 30,
          bookingMode: 'PRIVATE',
        },
        prices: [{ tier: 'ADULT', name: 'Whole room, up to 6 players', amountCents: 15000, per: 'GROUP' }],
      },
    },
  );
  const vault = room.createActivity.activity.id;

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await page.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${library}&theme=${theme}`);
      await page.locator('booking-calendar button.day.ok:not([aria-disabled])').nth(3).click(WAIT);
      await page.locator('button.slot').first().click(WAIT);
      await page.getByLabel('Promo code').fill('WINTER');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.locator('booking-widget #promo-err').waitFor(WAIT);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(widgetOut, `tickets-promo-error-${width}-${theme}.png`), fullPage: true });
      await page.getByLabel('Promo code').fill('spring25');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.locator('booking-widget .discount').waitFor(WAIT);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(widgetOut, `tickets-promo-${width}-${theme}.png`), fullPage: true });
      await page.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${vault}&theme=${theme}`);
      await page.locator('booking-calendar button.day.ok:not([aria-disabled])').nth(3).click(WAIT);
      await page.locator('button.slot').first().click(WAIT);
      await page.getByText('per group').waitFor(WAIT);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(widgetOut, `tickets-private-group-${width}-${theme}.png`), fullPage: true });
      await page.close();

      const consolePage = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await signIn(consolePage, slotkit.url, ADMIN_KEY);
      await consolePage.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
      await consolePage.goto(`${slotkit.url}/console#/promo-codes`);
      await consolePage.locator('console-promo-codes-view table').waitFor(WAIT);
      await consolePage.waitForTimeout(400);
      await consolePage.screenshot({ path: join(consoleOut, `promo-codes-${width}-${theme}.png`), fullPage: true });
      await consolePage.close();
    }
  }
} finally {
  await browser.close();
  await slotkit.stop();
}

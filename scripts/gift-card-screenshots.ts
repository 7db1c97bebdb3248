// Review artefacts of issue 22's gift cards, at 375 and 1280 px, light and dark, on the built product
// (PGlite, demo seed): the widget in mode="gift-card", its ticket step with a gift card code beside the
// promo code, and the console's Gift cards page with a card's history open.
//   pnpm run build && node --import tsx scripts/gift-card-screenshots.ts
// Writes docs/screenshots/widget/gift-card-mode-<width>-<theme>.png,
// docs/screenshots/widget/tickets-gift-code-<width>-<theme>.png and
// docs/screenshots/console/gift-cards-<width>-<theme>.png.
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

const slotkit = await startSlotkit({ PORT: process.env.PORT ?? '4213' });
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
  const issue = `mutation($input: IssueGiftCardInput!) { issueGiftCard(input: $input) { id code } }`;
  const cards = [
    { amountCents: 5000, recipientEmail: 'grace@example.com' },
    { amountCents: 10000, recipientEmail: 'ada@example.com' },
    { amountCents: 2500, recipientEmail: 'alan@example.com' },
  ];
  let firstCode = '';
  for (const card of cards) {
    const { issueGiftCard } = await admin<{ issueGiftCard: { code: string } }>(issue, {
      input: { ...card, currency: 'USD' },
    });
    firstCode ||= issueGiftCard.code;
  }

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      const gift = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await gift.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${library}&theme=${theme}&mode=gift-card`);
      await gift.getByRole('heading', { name: 'Give a gift card' }).waitFor(WAIT);
      await gift.getByLabel("Recipient's email").fill('friend@example.com');
      await gift.getByLabel('Your email (for the receipt)').fill('me@example.com');
      await gift.waitForTimeout(200);
      await gift.screenshot({ path: join(widgetOut, `gift-card-mode-${width}-${theme}.png`), fullPage: true });
      await gift.close();

      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await page.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${library}&theme=${theme}`);
      await page.locator('booking-calendar button.day.ok:not([aria-disabled])').nth(3).click(WAIT);
      await page.locator('button.slot').first().click(WAIT);
      await page.getByLabel('Gift card code (optional)').fill(firstCode);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(widgetOut, `tickets-gift-code-${width}-${theme}.png`), fullPage: true });
      await page.close();

      const consolePage = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await signIn(consolePage, slotkit.url, ADMIN_KEY);
      await consolePage.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
      await consolePage.goto(`${slotkit.url}/console#/gift-cards`);
      await consolePage.locator('console-gift-cards-view table').first().waitFor(WAIT);
      await consolePage.getByLabel('Code', { exact: true }).fill(firstCode);
      await consolePage.getByRole('button', { name: 'Look up' }).click();
      await consolePage.getByRole('heading', { name: /^History of/ }).waitFor(WAIT);
      await consolePage.waitForTimeout(400);
      await consolePage.screenshot({ path: join(consoleOut, `gift-cards-${width}-${theme}.png`), fullPage: true });
      await consolePage.close();
    }
  }
} finally {
  await browser.close();
  await slotkit.stop();
}

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localDateAhead } from '../packages/server/test/support/venue-time.ts';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { signIn } from './support/console.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';

// The console's Promo codes page (issue 22) in Chromium on the demo seed: the form checks as you
// type and shows the server's refusal on its field; a created code is listed and works in the public
// priceQuote; deactivating goes through the dialog that says what happens; axe in light and dark.

const WAIT = { timeout: 20_000 };

describe('console: promo codes', () => {
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
    const body = (await res.json()) as { data: any; errors?: unknown };
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  }

  /** Two adults of the activity with the code, paid on the keyless test checkout; the booking number. */
  async function paidWithCode(activityId: string, promoCode: string): Promise<string> {
    const { venues } = await gql(`{ venues { timezone } }`);
    const from = localDateAhead(venues[0].timezone, 1);
    const { sessions } = await gql(
      `query($a: ID!, $f: Date!, $t: Date!) { sessions(activityId: $a, from: $f, to: $t) { id status } }`,
      { a: activityId, f: from, t: localDateAhead(venues[0].timezone, 10) },
    );
    const sessionId = sessions.find((x: { status: string }) => x.status === 'OPEN').id;
    const reserve = await gql(
      `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) {
        __typename ... on Reservation { id discountCents } } }`,
      {
        input: {
          sessionId,
          tickets: [{ tier: 'ADULT', quantity: 2 }],
          email: 'promo@example.com',
          idempotencyKey: `promo-${Date.now()}`,
          waiverAccepted: true,
          minAgeAccepted: true,
          promoCode,
        },
      },
      false,
    );
    assert.equal(reserve.reserveSlot.__typename, 'Reservation', JSON.stringify(reserve));
    const checkout = await gql(
      `mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { url checkoutSessionId } }`,
      {
        input: {
          reservationId: reserve.reserveSlot.id,
          customer: { name: 'Pia Promo', email: 'promo@example.com' },
          successUrl: `${slotkit.url}/demo?done={CHECKOUT_SESSION_ID}`,
          cancelUrl: `${slotkit.url}/demo`,
        },
      },
      false,
    );
    const paid = await fetch(`${new URL(checkout.createCheckout.url, slotkit.url).href}/pay`, {
      method: 'POST',
      redirect: 'manual',
    });
    assert.ok(paid.status < 400, `test checkout paid (${paid.status})`);
    const confirmed = await gql(
      `mutation($id: String!) { confirmCheckout(checkoutSessionId: $id) { bookingNumber discountCents } }`,
      { id: checkout.createCheckout.checkoutSessionId },
      false,
    );
    assert.equal(confirmed.confirmCheckout.discountCents, reserve.reserveSlot.discountCents);
    return confirmed.confirmCheckout.bookingNumber as string;
  }

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/console/dist/manifest.json')), 'the console is not built');
    slotkit = await sharedSlotkit(); // no other file makes promo codes: the list starts empty
    browser = await sharedChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchProblems(page);
    await signIn(page, slotkit.url, ADMIN_KEY);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
  });
  after(async () => {
    if (page) await saveScreenshots({ 'console-promo-codes': page });
    await closePages(browser);
  });

  it('should create a code through the checked form, list it, and deactivate it only through the dialog', async () => {
    await page.getByRole('link', { name: 'Promo codes', exact: true }).click();
    await page.getByRole('heading', { name: 'Promo codes', level: 1 }).waitFor(WAIT);
    await page.getByText('No promo codes yet.').waitFor(WAIT);

    const form = page.locator('console-promo-codes-view form');
    await form.getByRole('button', { name: 'Create code' }).click();
    await page.locator('#code-error', { hasText: 'Required.' }).waitFor(WAIT);
    await form.getByLabel('Code', { exact: true }).fill('no spaces');
    await page.locator('#code-error', { hasText: 'Use 3–40 letters' }).waitFor(WAIT);
    await form.getByLabel('Code', { exact: true }).fill('SPRING25');
    await form.getByLabel('Percent off (1–100)').fill('250');
    await page.locator('#value-error', { hasText: 'from 1 to 100' }).waitFor(WAIT);
    await form.getByLabel('Percent off (1–100)').fill('25');
    await form.getByLabel('Maximum bookings (optional)').fill('10');
    await form.getByRole('button', { name: 'Create code' }).click();
    const row = page.getByRole('row', { name: /SPRING25/ });
    await row.getByText('25%').waitFor(WAIT);
    await row.getByText('0 of 10').waitFor(WAIT);

    // The same code in another case: the server's refusal, on the field it names.
    await form.getByLabel('Code', { exact: true }).fill('spring25');
    await form.getByLabel('Discount type').selectOption('amount');
    await form.getByLabel(/^Amount off/).fill('5');
    await form.getByRole('button', { name: 'Create code' }).click();
    await page.locator('#code-error', { hasText: 'already has this code' }).waitFor(WAIT);

    const { activities } = await gql(`{ activities { id name } }`);
    const library = activities.find((a: { name: string }) => a.name === 'The Haunted Library');
    const quote = `query($input: PriceQuoteInput!) { priceQuote(input: $input) { discountCents promoCodeError } }`;
    const input = { activityId: library.id, tickets: [{ tier: 'ADULT', quantity: 2 }], promoCode: 'spring25' };
    const applied = await gql(quote, { input }, false);
    assert.equal(applied.priceQuote.promoCodeError, null);
    assert.ok(applied.priceQuote.discountCents > 0, 'the code takes 25% off in the widget');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    // A booking paid with the code (keyless test checkout): its detail page names the code and the discount.
    const number = await paidWithCode(library.id, 'spring25');
    await page.goto(`${slotkit.url}/console#/bookings/${number}`);
    await page.getByRole('rowheader', { name: 'Promo code SPRING25' }).waitFor(WAIT);
    await page.getByRole('row', { name: /Promo code SPRING25\s+−\$17\.50/ }).waitFor(WAIT);
    await page.goto(`${slotkit.url}/console#/promo-codes`);
    await row.getByText('1 of 10').waitFor(WAIT);

    await row.getByRole('button', { name: 'Deactivate promo code SPRING25' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate promo code SPRING25?' });
    await dialog.getByText(/New holds can no longer use SPRING25/).waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    assert.equal(
      (await gql(quote, { input }, false)).priceQuote.promoCodeError,
      null,
      'nothing sent before confirming',
    );
    await row.getByRole('button', { name: 'Deactivate promo code SPRING25' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate code' }).click();
    await row.getByText('Inactive').waitFor(WAIT);
    assert.equal((await gql(quote, { input }, false)).priceQuote.promoCodeError, 'PROMO_CODE_INVALID');
    assert.deepEqual(problems, []);
  });

  it('should pass axe in light and dark, at 1280 and 375 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: width === 1280 ? 900 : 800 });
        await page.goto(`${slotkit.url}/console#/promo-codes`);
        await page.locator('console-promo-codes-view table').waitFor(WAIT);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${width} px, ${scheme}: ${JSON.stringify(violations, null, 2)}`);
      }
    }
  });
});

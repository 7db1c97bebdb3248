import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { bookThroughCheckout, type MadeBooking } from './support/bookings.ts';
import { axeViolations } from './support/axe.ts';
import { signIn } from './support/console.ts';
import { ADMIN_KEY, root, startSlotkit, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium } from './support/shared.ts';

// The venue console in Chromium, as staff use it: sign in, read the dashboard, find a booking by
// number, cancel it with a refund through the dialog, create and revoke a key, run a query in the
// GraphQL tab; axe on every view. Bookings are made through the real checkout path first.

const WAIT = { timeout: 20_000 };

describe('the venue console', () => {
  let slotkit: RunningSlotkit;
  let browser: Browser;
  let ana: MadeBooking;
  const admin = async (query: string, variables: Record<string, unknown> = {}, key = ADMIN_KEY) => {
    const res = await fetch(`${slotkit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };
  const bookingOf = async (email: string) =>
    (
      await admin(
        `query($s: String) { bookings(filter: { search: $s }) { nodes { id bookingNumber status totalCents } } }`,
        { s: email },
      )
    ).data!.bookings.nodes[0];

  async function signedIn(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await signIn(page, slotkit.url, ADMIN_KEY);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
    return { page, problems };
  }

  async function assertAxeClean(page: Page, view: string): Promise<void> {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${view}: ${JSON.stringify(violations, null, 2)}`);
  }

  before(async () => {
    assert.ok(
      existsSync(join(root, 'packages/console/dist/manifest.json')),
      'the console is not built: run `pnpm run build` first',
    );
    // Its own server, not the shared one: the dashboard and the CSV count every booking there is.
    slotkit = await startSlotkit({}, { compiled: true });
    browser = await sharedChromium();
    ana = await bookThroughCheckout(slotkit.url, { email: 'ana@example.com', name: 'Ana Souza' });
    await bookThroughCheckout(slotkit.url, {
      email: 'ben@example.com',
      name: 'Ben Okafor',
      adults: 3,
      activityIndex: 1,
    });
  });
  after(async () => {
    await closePages(browser);
    await slotkit?.stop();
  });

  it('should refuse a wrong key with a message, then sign in and out with the right one', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${slotkit.url}/console`);
    await assertAxeClean(page, 'sign-in');
    await page.getByLabel('Admin API key').fill('slk_not_a_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /unknown or revoked/ })
      .waitFor(WAIT);
    assert.equal(await page.getByLabel('Admin API key').count(), 1, 'still on the sign-in form');

    await page.getByLabel('Admin API key').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
    for (const name of ['Dashboard', 'Bookings', 'Sessions', 'Activities', 'Venues', 'API keys', 'GraphQL'])
      assert.equal(await page.getByRole('navigation').getByRole('link', { name, exact: true }).count(), 1, name);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('slotkit.console.apiKey')), ADMIN_KEY);

    // Spanish and German like the widget; the choice is remembered, English comes back the same way.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation').getByRole('link', { name: 'Reservas', exact: true }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Panel', level: 1 }).waitFor(WAIT);
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Bookings', exact: true }).waitFor(WAIT);

    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin API key').waitFor(WAIT);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('slotkit.console.apiKey')), null);
    // 401s of the wrong key are the only console errors allowed.
    assert.deepEqual(
      problems.filter((p) => !/status of 401/.test(p)),
      [],
    );
    await page.close();
  });

  it('should show the 7-day chart, its numbers as a table, and who is coming', async () => {
    const { page, problems } = await signedIn();
    try {
      const chart = page.getByRole('img', { name: /^Bookings in the last 7 days/ });
      await chart.waitFor(WAIT);
      assert.equal(await chart.evaluate((el) => el.tagName.toLowerCase()), 'svg');
      assert.match((await chart.getAttribute('aria-label'))!, /: 2 bookings, \$\d+\.\d\d revenue/);
      const table = page.getByRole('table', { name: /Bookings and revenue per day/ });
      assert.equal(await table.getByRole('row').count(), 8, 'a header and 7 days');
      const coming = page.getByRole('region', { name: 'Upcoming' });
      await coming.getByText('Ana Souza').waitFor(WAIT);
      await coming.getByText('Ben Okafor').waitFor(WAIT);
      await assertAxeClean(page, 'dashboard');
      assert.deepEqual(problems, []);
    } catch (err) {
      await saveScreenshots({ 'console-dashboard': page });
      throw err;
    } finally {
      await page.close();
    }
  });

  it('should find a booking by its number and cancel it with a refund only after the dialog is confirmed', async () => {
    const booking = await bookingOf(ana.email);
    const { page, problems } = await signedIn();
    const cancels: string[] = [];
    page.on('request', (r) => {
      if (/CancelBooking/.test(r.postData() ?? '')) cancels.push(r.postData()!);
    });
    try {
      await page.getByRole('link', { name: 'Bookings', exact: true }).click();
      await page.getByRole('heading', { name: 'Bookings', level: 1 }).waitFor(WAIT);
      await page.getByRole('table').waitFor(WAIT);
      await assertAxeClean(page, 'bookings');
      // Export CSV of the current (empty) filter: every booking, a header first, formulas defused.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.match(csv[0]!, /^booking_number,status,customer_name,customer_email,activity,date,time,party_size,total/);
      assert.equal(csv.length, 3, 'a header and both bookings');
      assert.ok(csv.some((line) => line.startsWith(`${booking.bookingNumber},confirmed,Ana Souza,ana@example.com,`)));
      await page.getByLabel('Search').fill(booking.bookingNumber);
      const rows = page.getByRole('table').getByRole('row');
      // The search runs after a short pause in typing: Ben's row goes, the table comes back with Ana's alone.
      await rows.filter({ hasText: 'Ben Okafor' }).waitFor({ state: 'detached', ...WAIT });
      await page.getByRole('link', { name: booking.bookingNumber }).waitFor(WAIT);
      assert.equal(await rows.count(), 2, 'the header and the one booking');
      await page.getByRole('link', { name: booking.bookingNumber }).click();
      await page.getByRole('heading', { name: `Booking ${booking.bookingNumber}`, level: 1 }).waitFor(WAIT);
      await page.getByRole('region', { name: 'Emails' }).getByText(booking.bookingNumber).first().waitFor(WAIT);
      await assertAxeClean(page, 'booking detail');
      // Resend the confirmation: a second email in the log, sent through the outbox.
      await page.getByRole('button', { name: 'Resend confirmation' }).click();
      await page.getByRole('region', { name: 'Emails' }).getByRole('listitem').nth(1).waitFor(WAIT);
      await page
        .getByRole('region', { name: 'History' })
        .getByText(/^Email sent/)
        .nth(1)
        .waitFor(WAIT);

      const amount = `$${(booking.totalCents / 100).toFixed(2)}`;
      const opener = page.getByRole('button', { name: 'Cancel and refund…' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: `Cancel booking ${booking.bookingNumber}?` });
      await dialog.waitFor(WAIT);
      assert.match((await dialog.textContent())!, new RegExp(`Refund \\${amount} to ana@example\\.com`));
      await assertAxeClean(page, 'cancel dialog');
      // Backing out sends nothing and gives focus back to the button that opened the dialog.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', ...WAIT });
      assert.equal(await opener.evaluate((el) => el.matches(':focus')), true);
      assert.deepEqual(cancels, []);
      assert.equal((await bookingOf(ana.email)).status, 'CONFIRMED');

      await opener.click();
      await dialog.getByRole('button', { name: `Refund ${amount} and cancel` }).click();
      await page.getByText('Cancelled and refunded').waitFor(WAIT);
      assert.equal(cancels.length, 1);
      assert.match(cancels[0]!, /"refund":true/);
      assert.equal((await bookingOf(ana.email)).status, 'REFUNDED');
      assert.deepEqual(problems, []);
    } catch (err) {
      await saveScreenshots({ 'console-bookings': page });
      throw err;
    } finally {
      await page.close();
    }
  });

  it('should work by keyboard alone: skip link, focus on each new page, a dialog that holds focus', async () => {
    const { page, problems } = await signedIn();
    // The element with focus, through shadow roots: what a keyboard user is on.
    const focused = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim(), inDialog: !!el?.closest('dialog') };
      });
    try {
      await page.keyboard.press('Tab');
      assert.deepEqual(await focused(), { tag: 'a', text: 'Skip to content', inDialog: false });
      await page.getByRole('navigation').getByRole('link', { name: 'Bookings', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: /^SK-/ }).first().waitFor(WAIT);
      assert.deepEqual(await focused(), { tag: 'h1', text: 'Bookings', inDialog: false });

      await page.getByRole('link', { name: /^SK-/ }).first().focus();
      await page.keyboard.press('Enter');
      const opener = page.getByRole('button', { name: 'Cancel without refund…' });
      await opener.waitFor(WAIT);
      assert.equal((await focused()).tag, 'h1');
      await opener.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor(WAIT);
      assert.deepEqual(await focused(), { tag: 'button', text: 'Go back', inDialog: true });
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        assert.equal((await focused()).inDialog, true, `Tab ${i + 1} stays in the dialog`);
      }
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden', ...WAIT });
      assert.deepEqual(await focused(), { tag: 'button', text: 'Cancel without refund…', inDialog: false });
      assert.deepEqual(problems, []);
    } catch (err) {
      await saveScreenshots({ 'console-keyboard': page });
      throw err;
    } finally {
      await page.close();
    }
  });

  it('should create a key whose secret works, then revoke it through the dialog so it no longer signs in', async () => {
    const { page, problems } = await signedIn();
    try {
      await page.getByRole('link', { name: 'API keys', exact: true }).click();
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor(WAIT);
      await page.getByRole('button', { name: 'Create key' }).click();
      await page.getByText('Required.').waitFor(WAIT);
      await page.getByLabel('Label').fill('Front desk');
      await page.getByRole('button', { name: 'Create key' }).click();
      const secret = (await page.locator('#secret').textContent(WAIT))!.trim();
      assert.match(secret, /^slk_/);
      assert.equal((await admin('{ organization { name } }', {}, secret)).errors, undefined);
      await assertAxeClean(page, 'api keys');

      // A second tab works with the new key until it is revoked, then lands on the sign-in form.
      const other = await browser.newPage();
      await signIn(other, slotkit.url, secret);
      await other.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(WAIT);

      await page.getByRole('button', { name: 'Revoke key Front desk' }).click();
      const dialog = page.getByRole('dialog', { name: 'Revoke key "Front desk"?' });
      await dialog.getByRole('button', { name: 'Revoke key' }).click();
      await page
        .getByRole('row', { name: /Front desk/ })
        .getByText(/^Revoked/)
        .waitFor(WAIT);
      const whoami = await admin('{ organization { name } }', {}, secret);
      assert.equal(whoami.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

      await other.getByRole('link', { name: 'Bookings', exact: true }).click();
      await other
        .getByRole('alert')
        .filter({ hasText: /unknown or was revoked/ })
        .waitFor(WAIT);
      await other.getByLabel('Admin API key').fill(secret);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other
        .getByRole('alert')
        .filter({ hasText: /unknown or revoked/ })
        .waitFor(WAIT);
      assert.equal(await other.evaluate(() => sessionStorage.getItem('slotkit.console.apiKey')), null);
      await other.close();
      assert.deepEqual(problems, []);
    } catch (err) {
      await saveScreenshots({ 'console-keys': page });
      throw err;
    } finally {
      await page.close();
    }
  });

  it('should load GraphiQL only when the GraphQL tab opens and run a query with the signed-in key', async () => {
    const { page } = await signedIn();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    try {
      for (const name of ['Bookings', 'Sessions', 'Activities', 'Venues', 'API keys']) {
        await page.getByRole('link', { name, exact: true }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
      }
      assert.ok(!requested.includes('/console/graphiql'), 'GraphiQL is not loaded before its tab');
      await page.getByRole('link', { name: 'GraphQL', exact: true }).click();
      const graphiql = page.frameLocator('iframe[title="GraphQL explorer"]');
      await graphiql.locator('.graphiql-execute-button').click(WAIT);
      // The first ready tab lists the venues: the demo venue comes back through the signed-in key.
      await graphiql.locator('.graphiql-response', { hasText: /Mystery\sManor/ }).waitFor(WAIT);
      assert.ok(requested.includes('/console/graphiql'));
      await assertAxeClean(page, 'graphql');
    } catch (err) {
      await saveScreenshots({ 'console-graphql': page });
      throw err;
    } finally {
      await page.close();
    }
  });
});

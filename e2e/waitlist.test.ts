import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localDateAhead } from '../packages/server/test/support/venue-time.ts';
import { assertNoViolationsIn, WCAG21_AA } from './support/axe.ts';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';

// The waitlist end to end on the built product (DESIGN §9.4): a sold-out time in the widget offers
// "Join the waitlist"; the console lists the session's waitlist; releasing the seats emails the first
// party an offer link whose page pays the held seats through the (test) Checkout. axe on the form and the
// panel. WAITLIST_SHOTS=<dir> also writes the screenshots (375/1280, light/dark) there.

const WAIT = { timeout: 20_000 };
const shots = process.env.WAITLIST_SHOTS ? join(root, process.env.WAITLIST_SHOTS) : undefined;
const SIZES = [375, 1280] as const;
const THEMES = ['light', 'dark'] as const;

describe('waitlist: widget, console, offer link', () => {
  let slotkit: RunningSlotkit;
  let browser: Browser;
  let library: string;
  let timezone: string;
  let date: string;
  let session: { id: string; localStartTime: string };
  let fullHold: string;
  const pages: Record<string, Page> = {};

  async function gql(query: string, variables: Record<string, unknown> = {}, admin = false) {
    const res = await fetch(`${slotkit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${ADMIN_KEY}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: any; errors?: unknown };
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  }

  const axe = (page: Page, within: string) =>
    assertNoViolationsIn(page, new RegExp(within), `the ${within} component`, [...WCAG21_AA, 'wcag22aa']);

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/console/dist/index.html')), 'the console is not built');
    assert.ok(existsSync(join(root, 'packages/widget/dist/manifest.json')), 'the widget is not built');
    if (shots) mkdirSync(shots, { recursive: true });
    // It logs at info: the logged emails carry the offer link (no SMTP here).
    slotkit = await sharedSlotkit();
    browser = await sharedChromium();
    const { venues } = await gql(`{ venues { timezone activities { id name } } }`, {}, true);
    timezone = venues[0].timezone;
    library = venues[0].activities.find((a: { name: string }) => a.name === 'The Haunted Library').id;
    const from = localDateAhead(timezone, 5);
    const { sessions } = await gql(
      `query($a: ID!, $f: Date!, $t: Date!) { sessions(activityId: $a, from: $f, to: $t) {
        id localDate localStartTime status capacityRemaining } }`,
      { a: library, f: from, t: localDateAhead(timezone, 15) },
      true,
    );
    const open = sessions.find((s: { status: string; capacityRemaining: number }) => s.status === 'OPEN');
    assert.ok(open, 'an open session');
    date = open.localDate;
    session = open;
    // Sold out: one party of 8 holds every seat.
    const { reserveSlot } = await gql(
      `mutation($input: ReserveSlotInput!) {
        reserveSlot(input: $input) { __typename ... on Reservation { id } ... on InvalidReservation { reason } }
      }`,
      {
        input: {
          sessionId: open.id,
          tickets: [{ tier: 'ADULT', quantity: open.capacityRemaining }],
          email: 'everyone@example.com',
          idempotencyKey: `wl-full-${open.id}`,
          waiverAccepted: true,
          minAgeAccepted: true,
        },
      },
    );
    assert.equal(reserveSlot.__typename, 'Reservation', JSON.stringify(reserveSlot));
    fullHold = reserveSlot.id;
  });

  after(async () => {
    await saveScreenshots(pages);
    await closePages(browser);
  });

  /** The widget at `width`/`theme` on the sold-out date. */
  async function widgetOnDate(width: number, theme: 'light' | 'dark') {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
    pages[`waitlist-widget-${width}-${theme}`] = page;
    const problems = watchProblems(page);
    await page.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${library}&theme=${theme}`);
    const day = page.locator(`booking-calendar button[data-date="${date}"]`);
    for (let i = 0; i < 3 && !(await day.count()); i++) {
      await page.getByRole('button', { name: 'Next month' }).click(WAIT);
      await page.waitForTimeout(200);
    }
    await day.click(WAIT);
    return { page, problems };
  }

  it('should let a customer join the waitlist of a sold-out time in the widget', async () => {
    let n = 0;
    for (const width of SIZES) {
      for (const theme of THEMES) {
        const { page, problems } = await widgetOnDate(width, theme);
        const opener = page.getByRole('button', { name: 'Join the waitlist', exact: true });
        await opener.first().waitFor(WAIT);
        await opener.first().click();
        await page.getByLabel('Party size').selectOption('2');
        await page.getByLabel('Email', { exact: true }).fill(`wait${n++}@example.com`);
        await page.waitForTimeout(200);
        if (shots) await page.screenshot({ path: join(shots, `widget-form-${width}-${theme}.png`), fullPage: true });
        await axe(page, 'booking-waitlist');
        await page.getByRole('button', { name: 'Add me to the waitlist' }).click();
        await page.getByRole('status').filter({ hasText: 'You are on the waitlist' }).waitFor(WAIT);
        if (shots) await page.screenshot({ path: join(shots, `widget-joined-${width}-${theme}.png`), fullPage: true });
        assert.deepEqual(problems, []);
        await page.close();
      }
    }
    const { waitlist } = await gql(
      `query($s: ID!) { waitlist(sessionId: $s) { email status partySize } }`,
      { s: session.id },
      true,
    );
    assert.deepEqual(
      waitlist.map((e: { email: string; status: string }) => [e.email, e.status]),
      [0, 1, 2, 3].map((i) => [`wait${i}@example.com`, 'WAITING']),
    );
  });

  it("should show the session's waitlist in the console and keep it accessible", async () => {
    for (const width of SIZES) {
      for (const theme of THEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        pages[`waitlist-console-${width}-${theme}`] = page;
        await page.goto(`${slotkit.url}/console`);
        await page.getByLabel('Admin API key').fill(ADMIN_KEY);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('link', { name: 'Sessions' }).first().waitFor(WAIT);
        await page.evaluate((p) => (location.hash = `#/${p}`), `sessions/${library}/${date}`);
        const open = page.getByRole('button', { name: new RegExp(`^Waitlist of ${session.localStartTime} `) });
        await open.click(WAIT);
        const panel = page.locator('console-session-waitlist');
        await panel.getByRole('rowheader', { name: 'wait0@example.com' }).waitFor(WAIT);
        assert.equal(await panel.getByRole('row').count(), 5, 'a header and four entries');
        await panel.scrollIntoViewIfNeeded();
        if (shots) await page.screenshot({ path: join(shots, `console-panel-${width}-${theme}.png`) });
        await axe(page, 'console-session-waitlist');
        await page.close();
      }
    }
  });

  it('should email the first party an offer when the seats free up, and book it through its link', async () => {
    const { releaseReservation } = await gql(`mutation($id: ID!) { releaseReservation(reservationId: $id) }`, {
      id: fullHold,
    });
    assert.equal(releaseReservation, true);
    // Eight seats freed, four parties of two: every one is offered (first that fits, FIFO).
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      link = /https?:\/\/[^"\s]+\/waitlist\/offer\/[A-Za-z0-9_-]{43}/.exec(
        slotkit
          .output()
          .split('\n')
          .filter((l) => l.includes('wait0@example.com') && l.includes('offer'))
          .join('\n'),
      )?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(link, 'the offer email was sent');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    pages['waitlist-offer'] = page;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Seats are held for you' }).waitFor(WAIT);
    if (shots) await page.screenshot({ path: join(shots, 'offer-page-1280-light.png'), fullPage: true });
    await page.getByLabel('Name').fill('Ana Waiting');
    const waiver = page.getByLabel('I accept the waiver');
    if (await waiver.count()) await waiver.check();
    const age = page.getByLabel(/Everyone is at least/);
    if (await age.count()) await age.check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/checkout\/test\//, WAIT);
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByText(/Your booking .+ is confirmed/).waitFor(WAIT);
    const { waitlist } = await gql(
      `query($s: ID!) { waitlist(sessionId: $s) { email status } }`,
      { s: session.id },
      true,
    );
    assert.deepEqual(
      waitlist.map((e: { status: string }) => e.status),
      ['BOOKED', 'OFFERED', 'OFFERED', 'OFFERED'],
      'the paid offer is booked; the other three still hold their seats',
    );
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localDateAhead } from '../packages/server/test/support/venue-time.ts';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';

// Issue 21: the manage link from the confirmation email opens /manage/<token>, a page hosting
// <booking-widget manage-token> against the built product, under the page's CSP: the customer sees the
// booking, moves it to another time on the activity's calendar and cancels it, each after confirming.
// The booking is a staff booking; its link is read from the email's plain text in the server log.

const WAIT = { timeout: 20_000 };

describe('the widget in manage mode on /manage/<token>', () => {
  let slotkit: RunningSlotkit;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(`${slotkit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: any; errors?: unknown };
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  }

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/widget/dist/manifest.json')), 'the widget is not built');
    slotkit = await sharedSlotkit(); // logs at info: emails are logged in full (no SMTP_URL)
    browser = await sharedChromium();
  });
  after(async () => {
    if (page) await saveScreenshots({ manage: page });
    await closePages(browser);
  });

  it('should show the booking, move it to another time, then cancel it, with no CSP violation', async () => {
    const { venues } = await gql(`{ venues { timezone activities { id name } } }`);
    const zone = venues[0].timezone as string;
    const activityId = venues[0].activities[0].id as string;
    const from = localDateAhead(zone, 4);
    const { sessions } = await gql(
      `query($a: ID!, $f: Date!, $t: Date!) { sessions(activityId: $a, from: $f, to: $t) { id status localDate } }`,
      { a: activityId, f: from, t: localDateAhead(zone, 12) },
    );
    const session = sessions.find((s: { status: string }) => s.status === 'OPEN');
    assert.ok(session, 'an open session 4+ days ahead');
    const email = `mia-${Date.now()}@example.com`;
    const { createManualBooking: booking } = await gql(
      `mutation($input: ManualBookingInput!) { createManualBooking(input: $input) { id bookingNumber sessionId } }`,
      {
        input: {
          sessionId: session.id,
          tickets: [{ tier: 'ADULT', quantity: 2 }],
          customer: { name: 'Mia Manage', email },
          payment: 'PAID_OFFLINE',
        },
      },
    );
    let token = '';
    for (let i = 0; i < 100 && !token; i++) {
      const log = slotkit.output();
      token = /\/manage\/([A-Za-z0-9_-]{43})/.exec(log.slice(log.lastIndexOf(email)))?.[1] ?? '';
      if (!token) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(token, 'the confirmation in the log carries the manage link');

    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchProblems(page);
    await page.goto(`${slotkit.url}/manage/${token}`);
    const widget = page.locator('booking-widget');
    await widget.getByRole('heading', { name: `Booking ${booking.bookingNumber}` }).waitFor(WAIT);
    assert.equal(await page.locator('booking-widget > form').first().isVisible(), false, 'the fallback is hidden');

    await widget.getByRole('button', { name: 'Change date or time' }).click();
    await widget.getByRole('heading', { name: 'Choose a new date' }).waitFor(WAIT);
    // The first available day after the booked one (activities differ in their operating days), this month or next.
    const calendar = widget.locator('booking-calendar');
    let target: string | undefined;
    for (let month = 0; month < 3 && !target; month++) {
      if (month > 0) await calendar.getByRole('button', { name: 'Next month' }).click();
      await calendar.locator('.day.ok').first().waitFor(WAIT);
      const open = await calendar.locator('.day.ok').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
      target = open.find((d) => d > session.localDate);
    }
    assert.ok(target, `an available day after ${session.localDate}`);
    await calendar.locator(`[data-date="${target}"]`).click();
    const slot = widget.locator('.slot[aria-disabled="false"]').first();
    await slot.waitFor(WAIT);
    await slot.click();
    await widget.getByText(/Move from .+ to .+\?/).waitFor(WAIT);
    const before = await gql(`query($id: ID) { booking(id: $id) { session { id } } }`, { id: booking.id });
    assert.equal(before.booking.session.id, booking.sessionId, 'nothing sent before confirming');
    await widget.getByRole('button', { name: 'Move my booking' }).click();
    await widget.getByText(/Done: your booking is now on/).waitFor(WAIT);
    const moved = await gql(`query($id: ID) { booking(id: $id) { status session { localDate } } }`, {
      id: booking.id,
    });
    assert.equal(moved.booking.session.localDate, target);

    await widget.getByRole('button', { name: 'Cancel booking' }).click();
    await widget.getByRole('heading', { name: `Cancel booking ${booking.bookingNumber}?` }).waitFor(WAIT);
    await widget.getByRole('button', { name: 'Yes, cancel my booking' }).click();
    await widget.getByText('Your booking is cancelled.', { exact: false }).waitFor(WAIT);
    const cancelled = await gql(`query($id: ID) { booking(id: $id) { status } }`, { id: booking.id });
    assert.notEqual(cancelled.booking.status, 'CONFIRMED');
    assert.deepEqual(problems, []);
  });
});

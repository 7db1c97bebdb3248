import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { localDateAhead } from '../packages/server/test/support/venue-time.ts';
import { assertNoViolationsIn } from './support/axe.ts';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';

// Issue 21 in the console (Chromium, built product): a staff booking through "New booking", then
// reschedule on its detail, check-in and no-show on the dashboard manifest — each only after the
// confirm dialog said exactly what would happen ("Go back" first: nothing is sent).
// The manifest needs a session later *today*: the test makes a venue in the fixed-offset zone where
// it is 10:xx now, with hourly sessions 11:00–23:00, so it passes at any time, date or season.

const WAIT = { timeout: 20_000 };

/** The Etc/GMT zone in which the local hour is 10 now (Etc/GMT-3 is UTC+3). */
function zoneWhereItIsTenNow(): string {
  const offset = ((10 - new Date().getUTCHours() + 36) % 24) - 12;
  return offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

describe('console: bookings that change', () => {
  let slotkit: RunningSlotkit;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let zone: string;
  let activityId: string;
  let booking: { id: string; bookingNumber: string };

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

  const bookingNow = async (id: string) =>
    (
      await gql(
        `query($id: ID) { booking(id: $id) { status attendance payment
          session { id localStartTime localDate startsAt } } }`,
        {
          id,
        },
      )
    ).booking as {
      status: string;
      attendance: string;
      payment: string;
      session: { id: string; localStartTime: string; localDate: string; startsAt: string };
    };

  /** A time as the console shows it to staff: English, in the venue's zone. */
  const staffTime = (iso: string) =>
    new Intl.DateTimeFormat('en', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));

  const axe = (label: string) =>
    assertNoViolationsIn(
      page,
      /console-new-booking|console-reschedule-form|console-booking-detail|console-dashboard-view/,
      label,
    );

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/console/dist/index.html')), 'the console is not built');
    slotkit = await sharedSlotkit();
    browser = await sharedChromium();
    zone = zoneWhereItIsTenNow();
    const { createVenue } = await gql(`mutation($input: VenueInput!) { createVenue(input: $input) { id } }`, {
      input: { name: 'Night Owl Escape', timezone: zone, currency: 'USD' },
    });
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const { createActivity } = await gql(
      `mutation($input: ActivityInput!) { createActivity(input: $input) { activity { id } } }`,
      {
        input: {
          venueId: createVenue.id,
          name: 'Owl Room',
          durationMinutes: 50,
          capacity: 8,
          maxParty: 8,
          schedule: { operatingDays: days, startTime: '11:00', endTime: '23:00', slotInterval: 60, advanceBooking: 7 },
          prices: [{ tier: 'ADULT', name: 'Adult', amountCents: 2500 }],
        },
      },
    );
    activityId = createActivity.activity.id;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchProblems(page);
    await page.goto(`${slotkit.url}/console`);
    await page.getByLabel('Admin API key').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Dashboard' }).waitFor(WAIT);
  });
  after(async () => {
    if (page) await saveScreenshots({ 'console-changes': page });
    await closePages(browser);
  });

  it('should create an UNPAID staff booking only after the dialog says what is booked and due', async () => {
    await page.getByRole('link', { name: 'New booking' }).click();
    await page.getByRole('heading', { name: 'New booking', level: 1 }).waitFor(WAIT);
    await page.getByLabel('Activity').selectOption({ label: 'Owl Room' });
    assert.equal(
      await page.getByLabel('Date', { exact: true }).inputValue(),
      localDateAhead(zone, 0),
      "the venue's today",
    );
    await page
      .getByLabel('Session', { exact: true })
      .locator('option')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByLabel('Adult ($25.00)').fill('2');
    await page.getByLabel('Name', { exact: true }).fill('Wendy Walkin');
    await page.getByLabel('Email', { exact: true }).fill('wendy@example.com');
    await page.getByLabel('Not paid yet: email a payment link').check();
    await axe('new booking form');

    await page.getByRole('button', { name: 'Create booking…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Create a booking for Wendy Walkin?' });
    await dialog.waitFor(WAIT);
    const said = (await dialog.textContent())!;
    assert.match(said, /Book 2 × Adult \(2 places\) in Owl Room on .+ for Wendy Walkin \(wendy@example\.com\)\./);
    assert.match(said, /\$50\.00 is due: a confirmation with a payment link is emailed to wendy@example\.com\./);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    const none = await gql(`{ bookings(filter: { search: "wendy@example.com" }) { totalCount } }`);
    assert.equal(none.bookings.totalCount, 0, 'nothing sent before confirming');

    await page.getByRole('button', { name: 'Create booking…' }).click();
    dialog = page.getByRole('dialog', { name: 'Create a booking for Wendy Walkin?' });
    await dialog.getByRole('button', { name: 'Create booking' }).click();
    const heading = page.getByRole('heading', { name: /^Booking SK-/, level: 1 });
    await heading.waitFor(WAIT);
    await page.getByText('Not paid yet: $50.00 due.').waitFor(WAIT);
    const found = await gql(`{ bookings(filter: { search: "wendy@example.com" }) { nodes { id bookingNumber } } }`);
    booking = found.bookings.nodes[0];
    assert.equal((await heading.textContent())!.trim(), `Booking ${booking.bookingNumber}`);
    const now = await bookingNow(booking.id);
    assert.equal(now.payment, 'UNPAID');
    assert.equal(now.status, 'CONFIRMED');
    assert.deepEqual(problems, []);
  });

  it('should reschedule from the booking detail after the dialog names both times', async () => {
    const before = await bookingNow(booking.id);
    const select = page.getByLabel('New session');
    await select
      .locator('option')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    const options = await select
      .locator('option')
      .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent.trim() })));
    const target = options.at(-1)!;
    await select.selectOption(target.value);
    await axe('booking detail');
    await page.getByRole('button', { name: 'Move…' }).click();
    let dialog = page.getByRole('dialog', { name: `Reschedule booking ${booking.bookingNumber}?` });
    await dialog.waitFor(WAIT);
    const said = (await dialog.textContent())!;
    const targetTime = target.text.slice(0, 5);
    const [targetSession] = (
      await gql(`query($a: ID!, $d: Date!) { sessions(activityId: $a, from: $d, to: $d) { id startsAt } }`, {
        a: activityId,
        d: before.session.localDate,
      })
    ).sessions.filter((s: { id: string }) => s.id === target.value);
    const from = staffTime(before.session.startsAt);
    const to = staffTime(targetSession.startsAt);
    assert.ok(said.includes(`Move booking ${booking.bookingNumber} from ${from} to ${to}.`), said);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    assert.equal((await bookingNow(booking.id)).session.id, before.session.id, 'nothing sent before confirming');

    await page.getByRole('button', { name: 'Move…' }).click();
    dialog = page.getByRole('dialog', { name: `Reschedule booking ${booking.bookingNumber}?` });
    await dialog.getByRole('button', { name: 'Move booking' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Booking ${booking.bookingNumber} moved to` })
      .waitFor(WAIT);
    const moved = await bookingNow(booking.id);
    assert.equal(moved.session.id, target.value);
    assert.equal(moved.session.localStartTime, targetTime);
    assert.deepEqual(problems, []);
  });

  it('should check a group in, then mark a no-show, from the manifest, each through the dialog', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByLabel('Venue', { exact: true }).selectOption({ label: 'Night Owl Escape' });
    const checkIn = page.getByRole('button', { name: `Check in ${booking.bookingNumber}` });
    await checkIn.click();
    let dialog = page.getByRole('dialog', { name: `Check in booking ${booking.bookingNumber}?` });
    await dialog
      .getByText(`Mark Wendy Walkin (2 people) of booking ${booking.bookingNumber} as arrived for`)
      .waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    assert.equal((await bookingNow(booking.id)).attendance, 'EXPECTED', 'nothing sent before confirming');

    await checkIn.click();
    dialog = page.getByRole('dialog', { name: `Check in booking ${booking.bookingNumber}?` });
    await dialog.getByRole('button', { name: 'Check in' }).click();
    await page.locator('console-dashboard-view td.attendance .badge', { hasText: 'Checked in' }).waitFor(WAIT);
    assert.equal((await bookingNow(booking.id)).attendance, 'CHECKED_IN');
    await axe('dashboard manifest');

    await page.getByRole('button', { name: `Mark no-show for ${booking.bookingNumber}` }).click();
    dialog = page.getByRole('dialog', { name: `Mark booking ${booking.bookingNumber} as a no-show?` });
    await dialog.getByText(/No seats move and no money moves\./).waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Mark no-show' }).click();
    await page.locator('console-dashboard-view td.attendance .badge', { hasText: 'No-show' }).waitFor(WAIT);
    assert.equal((await bookingNow(booking.id)).attendance, 'NO_SHOW');
    assert.ok(activityId);
    assert.deepEqual(problems, []);
  });
});

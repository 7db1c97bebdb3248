#!/usr/bin/env node
// Review artefacts, not assertions (issue 21): the console's booking changes — the manifest's check-in and
// no-show, New booking and its dialog, the booking detail's reschedule and its dialog — and the widget's
// manage mode on /manage/<token> (the booking, the new time picked, the cancel question), at 1280 and
// 375 px, light and dark. Writes docs/screenshots/console/changes-*.png and docs/screenshots/widget/manage-*.png.
//   pnpm run build && node --import tsx scripts/changes-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { signIn } from '../e2e/support/console.ts';
import { ADMIN_KEY, root, startSlotkit } from '../e2e/support/server.ts';

const consoleOut = join(root, 'docs/screenshots/console');
const widgetOut = join(root, 'docs/screenshots/widget');
mkdirSync(consoleOut, { recursive: true });
mkdirSync(widgetOut, { recursive: true });
const WAIT = { timeout: 20_000 };

const slotkit = await startSlotkit({ LOG_LEVEL: 'info' }); // info: emails (and their manage links) are logged
const browser = await launchChromium();

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${slotkit.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

try {
  // A venue where it is 10:xx now, so today's manifest has sessions still to come whatever the time.
  const offset = ((10 - new Date().getUTCHours() + 36) % 24) - 12;
  const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  const { createVenue } = await gql<{ createVenue: { id: string } }>(
    `mutation($i: VenueInput!) { createVenue(input: $i) { id } }`,
    {
      i: { name: 'Night Owl Escape', timezone: zone, currency: 'USD' },
    },
  );
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const { createActivity } = await gql<{ createActivity: { activity: { id: string } } }>(
    `mutation($i: ActivityInput!) { createActivity(input: $i) { activity { id } } }`,
    {
      i: {
        venueId: createVenue.id,
        name: 'Owl Room',
        durationMinutes: 50,
        capacity: 8,
        maxParty: 8,
        schedule: { operatingDays: days, startTime: '11:00', endTime: '23:00', slotInterval: 60, advanceBooking: 30 },
        prices: [
          { tier: 'ADULT', name: 'Adult', amountCents: 2500 },
          { tier: 'CHILD', name: 'Child', amountCents: 1500 },
        ],
      },
    },
  );
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  type Sessions = { sessions: { id: string; status: string }[] };
  const { sessions } = await gql<Sessions>(
    `query($a: ID!, $d: Date!) { sessions(activityId: $a, from: $d, to: $d) { id status } }`,
    { a: createActivity.activity.id, d: today },
  );
  const later = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + 3 * 86_400_000));
  const { sessions: laterSessions } = await gql<Sessions>(
    `query($a: ID!, $d: Date!) { sessions(activityId: $a, from: $d, to: $d) { id status } }`,
    { a: createActivity.activity.id, d: later },
  );
  const book = async (i: number, name: string, email: string, payment: string, list = sessions) =>
    (
      await gql<{ createManualBooking: { id: string; bookingNumber: string } }>(
        `mutation($i: ManualBookingInput!) { createManualBooking(input: $i) { id bookingNumber } }`,
        {
          i: {
            sessionId: list[i]!.id,
            tickets: [{ tier: 'ADULT', quantity: 2 }],
            customer: { name, email, phone: '+1 555 0100' },
            payment,
          },
        },
      )
    ).createManualBooking;
  const wendy = await book(0, 'Wendy Walkin', 'wendy@example.com', 'UNPAID');
  const tom = await book(1, 'Tom Phone', 'tom@example.com', 'PAID_OFFLINE');
  await gql(`mutation($id: ID!) { checkInBooking(id: $id) { id } }`, { id: tom.id });
  // The manage page's booking is three days ahead: inside 24 h the default policy allows no reschedule.
  await book(7, 'Mia Manage', 'mia@example.com', 'PAID_OFFLINE', laterSessions);
  await new Promise((r) => setTimeout(r, 500)); // the confirmation reaches the log
  const log = slotkit.output();
  const token = /\/manage\/([A-Za-z0-9_-]{43})/.exec(log.slice(log.indexOf('mia@example.com')))![1]!;

  for (const width of [1280, 375]) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width > 800 ? 860 : 780 }, colorScheme: theme });
      const shot = async (dir: string, name: string) => {
        await page.waitForTimeout(300); // fonts and the last frame settle
        await page.screenshot({ path: join(dir, `${name}-${width}-${theme}.png`), fullPage: true });
      };
      await signIn(page, slotkit.url, ADMIN_KEY);
      await page.getByRole('img', { name: /^Bookings in the last 7 days/ }).waitFor(WAIT);
      await page.getByLabel('Venue', { exact: true }).selectOption({ label: 'Night Owl Escape' });
      await page.getByRole('button', { name: `Check in ${wendy.bookingNumber}` }).waitFor(WAIT);
      await shot(consoleOut, 'changes-manifest');
      await page.getByRole('button', { name: `Check in ${wendy.bookingNumber}` }).click();
      await page.getByRole('dialog').waitFor(WAIT);
      await shot(consoleOut, 'changes-check-in-dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Go back' }).click();

      await page.getByRole('link', { name: 'New booking' }).click();
      await page.getByLabel('Activity').selectOption({ label: 'Owl Room' });
      await page.getByLabel('Session', { exact: true }).locator('option').first().waitFor({ state: 'attached' });
      await page.getByLabel('Adult ($25.00)').fill('2');
      await page.getByLabel('Child ($15.00)').fill('1');
      await page.getByLabel('Name', { exact: true }).fill('Ana Souza');
      await page.getByLabel('Email', { exact: true }).fill('ana@example.com');
      await page.getByLabel('Not paid yet: email a payment link').check();
      await shot(consoleOut, 'changes-new-booking');
      await page.getByRole('button', { name: 'Create booking…' }).click();
      await page.getByRole('dialog').waitFor(WAIT);
      await shot(consoleOut, 'changes-new-booking-dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Go back' }).click();

      await page.goto(`${slotkit.url}/console#/bookings/${wendy.id}`);
      await page
        .getByLabel('New session')
        .locator('option')
        .first()
        .waitFor({ state: 'attached', ...WAIT });
      await shot(consoleOut, 'changes-booking-detail');
      await page.getByRole('button', { name: 'Move…' }).click();
      await page.getByRole('dialog').waitFor(WAIT);
      await shot(consoleOut, 'changes-reschedule-dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Go back' }).click();

      await manage(page, token, theme, (name) => shot(widgetOut, name));
      await page.close();
    }
  }
  console.log(`wrote screenshots to ${consoleOut} (changes-*) and ${widgetOut} (manage-*)`);
} finally {
  await browser.close();
  await slotkit.stop();
}

async function manage(page: Page, token: string, theme: string, shot: (name: string) => Promise<void>) {
  await page.goto(`${slotkit.url}/manage/${token}`);
  const widget = page.locator('booking-widget');
  await widget.evaluate((el, t) => el.setAttribute('theme', t), theme);
  await widget
    .getByRole('button', { name: 'Change date or time' })
    .waitFor(WAIT)
    .catch(async (err: unknown) => {
      await page.screenshot({ path: join(root, '.tmp/changes-manage-failed.png') });
      throw err;
    });
  await shot('manage');
  await widget.getByRole('button', { name: 'Change date or time' }).click();
  const calendar = widget.locator('booking-calendar');
  await calendar.locator('.day.ok').nth(2).click();
  await widget.locator('.slot[aria-disabled="false"]').first().click();
  await widget.getByRole('button', { name: 'Move my booking' }).waitFor(WAIT);
  await shot('manage-reschedule');
  await widget.getByRole('button', { name: 'Back' }).click();
  await widget.getByRole('button', { name: 'Cancel booking' }).click();
  await widget.getByRole('button', { name: 'Keep my booking' }).waitFor(WAIT);
  await shot('manage-cancel');
}

#!/usr/bin/env node
// Review artefacts, not assertions: every customer email's HTML part (what `queueBookingEmail` and the
// completion send) rendered in Chromium at 640 and 375 px, written to docs/screenshots/emails/<email>-<width>.png.
// The emails are built by the server's own functions from a sample booking; nothing is sent.
//   node --import tsx scripts/email-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Booking } from '../packages/server/src/db/schema/index.ts';
import type { ReservationContext } from '../packages/server/src/domain/bookings/reservation-context.ts';
import { cancelledEmail, confirmationEmail, refundedEmail } from '../packages/server/src/domain/bookings/emails.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { root } from '../e2e/support/server.ts';

const out = join(root, 'docs/screenshots/emails');
mkdirSync(out, { recursive: true });

// A fixed sample (no clock): Friday 2026-06-05 18:00 in New York, the demo venue.
const startsAt = new Date('2026-06-05T22:00:00Z');
const booking = {
  id: '5b0e8a51-2f4c-4d1e-9a57-3c2f7d9e1a10',
  bookingNumber: 'SK-7Q4M2X',
  organizationId: '00000000-0000-4000-8000-000000000001',
  partySize: 3,
  lineItems: [
    { tier: 'adult', name: 'Adult', quantity: 2, unitAmountCents: 3000, totalCents: 6000 },
    { tier: 'child', name: 'Child', quantity: 1, unitAmountCents: 1500, totalCents: 1500 },
  ],
  totalCents: 7500,
  currency: 'usd',
  status: 'confirmed',
  locale: 'en',
  payment: 'stripe',
  attendance: 'expected',
  createdAt: new Date('2026-06-01T12:00:00Z'),
} as unknown as Booking;
const ctx = {
  session: { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) },
  activity: { name: 'The Haunted Library' },
  venue: {
    name: 'Mystery Manor',
    address: '12 Hollow Lane, Brooklyn, NY',
    timezone: 'America/New_York',
    theme: { accentColor: '7c3aed' },
  },
} as unknown as ReservationContext;
const to = 'ana@example.com';
const name = 'Ana Souza';
const manageUrl = 'https://book.example.com/manage/x9Qe1v3Hk8wYtZr5nB2cLm7DfGj4pKs6aRu0oWiTqEh';
const payUrl = manageUrl.replace('/manage/', '/pay/');
const unpaid = { ...booking, payment: 'unpaid' } as Booking;

const emails = {
  confirmation: confirmationEmail(to, name, booking, ctx, { manageUrl }),
  'payment-link': confirmationEmail(to, name, unpaid, ctx, { manageUrl, payUrl }),
  'payment-received': confirmationEmail(to, name, booking, ctx, { kind: 'paid', manageUrl }),
  reschedule: confirmationEmail(to, name, booking, ctx, { kind: 'rescheduled', manageUrl }),
  reminder: confirmationEmail(to, name, booking, ctx, { kind: 'reminder', manageUrl }),
  cancellation: cancelledEmail(to, name, { ...booking, status: 'refunded' }, ctx, 7500),
  'cancellation-no-refund': cancelledEmail(to, name, { ...booking, status: 'cancelled' }, ctx, 0),
  refund: refundedEmail(to, name, { ...booking, status: 'refunded' }, ctx),
  'confirmation-de': confirmationEmail(to, name, { ...booking, locale: 'de' }, ctx, { manageUrl }),
};

const browser = await launchChromium();
try {
  for (const width of [640, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 600 } });
    for (const [file, email] of Object.entries(emails)) {
      if (!email.html) throw new Error(`${file} has no HTML part`);
      await page.setContent(email.html, { waitUntil: 'load' });
      await page.screenshot({ path: join(out, `${file}-${width}.png`), fullPage: true });
    }
    await page.close();
  }
  console.log(`wrote ${Object.keys(emails).length * 2} screenshots to ${out}`);
} finally {
  await browser.close();
}

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { bookings, outbox, slotReservations } from '../../src/db/schema/index.ts';
import { dayNumber, isoDateOf, localDateOf } from '@slotkit/core/schedule';
import type { EmailMessage } from '../../src/outbox/mailer.ts';
import { calendarFeedKey } from '../../src/domain/schedule/calendar-feed.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { subscribe, waitFor, wsClient } from '../realtime/ws-client.ts';

// The server side of the customer's journey (issue 19): what the widget
// needs after the slot step and while it stays open.

const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) {
  __typename ... on Reservation { id expiresAt } ... on InvalidReservation { reason } } }`;
const CALENDAR_CHANGED = `subscription($a: ID!, $f: Date!, $t: Date!) {
  calendarChanged(activityId: $a, from: $f, to: $t) { date status reason } }`;

describe('the customer journey on the server', () => {
  let app: TestApp;
  let library: string;
  let adminKey: string;
  let venueId: string;
  let today: string;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    const seed = await seedDemo(app.services.db, { publicOrigin: app.url });
    library = seed.activityIds[0]!;
    adminKey = seed.adminKey!;
    today = localDateOf('America/New_York', app.services.now());
    const config = await gql(app.url, `query($a: ID) { widgetConfig(activityId: $a) { venue { id } } }`, {
      a: library,
    });
    venueId = config.data!.widgetConfig.venue.id;
  });
  after(() => app.stop());

  /** A session of the library a few days out with room for a party. */
  async function sessionId(): Promise<string> {
    const date = isoDateOf(dayNumber(today) + 3);
    const res = await gql(app.url, `query($a: ID!, $d: Date!) { availability(activityId: $a, date: $d) { id } }`, {
      a: library,
      d: date,
    });
    return res.data!.availability[0].id as string;
  }

  const reserve = async (extra: Record<string, unknown>) =>
    gql(app.url, RESERVE, {
      input: {
        sessionId: await sessionId(),
        tickets: [{ tier: 'ADULT', quantity: 2 }],
        email: 'ana@example.com',
        idempotencyKey: randomUUID(),
        waiverAccepted: true,
        ...extra,
      },
    });

  it('should refuse a hold without the min-age acknowledgement and record it, and the locale, when given', async () => {
    const refused = await reserve({});
    assert.deepEqual(refused.data!.reserveSlot, { __typename: 'InvalidReservation', reason: 'MIN_AGE_REQUIRED' });
    const held = await reserve({ minAgeAccepted: true, locale: 'es-MX' });
    assert.equal(held.data!.reserveSlot.__typename, 'Reservation');
    const [row] = await app.services.db
      .select()
      .from(slotReservations)
      .where(eq(slotReservations.id, held.data!.reserveSlot.id));
    assert.equal(row!.minAgeAccepted, true);
    assert.equal(row!.locale, 'es');
  });

  it('should confirm with line items, email, end and address, and email HTML + text + .ics in the locale', async () => {
    const held = await reserve({ minAgeAccepted: true, locale: 'de' });
    const reservationId = held.data!.reserveSlot.id as string;
    const checkout = await gql(
      app.url,
      `mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { url checkoutSessionId } }`,
      {
        input: {
          reservationId,
          customer: { name: 'Ana García', email: 'ana@example.com' },
          successUrl: 'https://venue.example/book?slotkit_session={CHECKOUT_SESSION_ID}&slotkit_widget=w',
          cancelUrl: `https://venue.example/book?slotkit_session=${reservationId}&slotkit_widget=w&slotkit_cancelled=1`,
        },
      },
    );
    const { url, checkoutSessionId } = checkout.data!.createCheckout as { url: string; checkoutSessionId: string };
    const paid = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
    assert.equal(
      paid.headers.get('location'),
      `https://venue.example/book?slotkit_session=${checkoutSessionId}&slotkit_widget=w`,
    );
    const confirmed = await gql(
      app.url,
      `mutation($id: String!) { confirmCheckout(checkoutSessionId: $id) {
        endsAt customerEmail lineItems { name quantity totalCents } venue { name address } } }`,
      { id: checkoutSessionId },
    );
    const b = confirmed.data!.confirmCheckout;
    assert.deepEqual(b.lineItems, [{ name: 'Adult', quantity: 2, totalCents: 7000 }]);
    assert.equal(b.customerEmail, 'ana@example.com');
    assert.match(b.endsAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(b.venue, { name: 'Mystery Manor', address: '1 Hollow Lane, Sleepy Hollow, NY 10591' });
    const [booking] = await app.services.db.select().from(bookings).where(eq(bookings.reservationId, reservationId));
    assert.equal(booking!.locale, 'de');
    assert.equal(booking!.minAgeAccepted, true);
    const mails = await app.services.db.select().from(outbox).where(eq(outbox.kind, 'email'));
    const mail = mails
      .map((m) => m.payload as unknown as EmailMessage)
      .find((m) => m.text.includes(booking!.bookingNumber))!;
    assert.match(mail.subject, /^Buchung .* bestätigt/);
    assert.match(mail.text, /Hallo Ana García/);
    assert.match(mail.html!, /<html lang="de">/);
    const ics = mail.attachments!.find((a) => a.filename.endsWith('.ics'))!;
    assert.match(ics.content, /BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*LOCATION:Mystery Manor\\, 1 Hollow Lane/);
  });

  it('should push the month a widget shows when a day changes, and refuse more than 93 days', async () => {
    const from = `${today.slice(0, 8)}01`;
    const to = isoDateOf(dayNumber(from) + 40);
    const client = wsClient(app.url);
    try {
      const tooLong = subscribe(client, CALENDAR_CHANGED, { a: library, f: from, t: isoDateOf(dayNumber(from) + 93) });
      const refused = await tooLong.nth(0).catch((e: unknown) => ({ errors: [e] as never }));
      assert.ok(refused.errors?.length, 'a range over 93 days is refused');
      const sub = subscribe(client, CALENDAR_CHANGED, { a: library, f: from, t: to });
      await waitFor(
        () => app.services.realtime.coalescer.stats(calendarFeedKey(library, from, to))?.listeners === 1,
        5_000,
        'listener',
      );
      const date = isoDateOf(dayNumber(today) + 5);
      const blocked = await gql(
        app.url,
        `mutation($id: ID!, $d: Date!) { blockDate(activityId: $id, date: $d, reason: "Staff training") { blocked } }`,
        { id: library, d: date },
        { apiKey: adminKey },
      );
      assert.equal(blocked.data!.blockDate.blocked, true, JSON.stringify(blocked.errors));
      const days = await sub.until((d) =>
        d.calendarChanged.some((x: { date: string; status: string }) => x.date === date && x.status === 'BLOCKED'),
      );
      assert.deepEqual(
        days.calendarChanged.find((x: { date: string }) => x.date === date),
        { date, status: 'BLOCKED', reason: 'Staff training' },
      );
      sub.unsubscribe();
    } finally {
      await client.dispose();
    }
  });

  it('should let admins set an activity image, a venue address and price names, shown publicly', async () => {
    const venue = await gql(
      app.url,
      `mutation($id: ID!) { updateVenue(id: $id, input: { address: "2 Elm St" }) { address } }`,
      { id: venueId },
      { apiKey: adminKey },
    );
    assert.equal(venue.data!.updateVenue.address, '2 Elm St');
    const bad = await gql(
      app.url,
      `mutation($id: ID!) { updateActivity(id: $id, input: { imageUrl: "javascript:alert(1)" }) { activity { id } } }`,
      { id: library },
      { apiKey: adminKey },
    );
    assert.equal(errorCode(bad), 'BAD_USER_INPUT');
    const ok = await gql(
      app.url,
      `mutation($id: ID!) { updateActivity(id: $id, input: { imageUrl: "https://img.example/room.jpg" }) { activity { imageUrl } } }`,
      { id: library },
      { apiKey: adminKey },
    );
    assert.equal(ok.data!.updateActivity.activity.imageUrl, 'https://img.example/room.jpg');
    const config = await gql(
      app.url,
      `query($a: ID) { widgetConfig(activityId: $a) {
        venue { address } activities { imageUrl prices { name names { locale name } } } } }`,
      { a: library },
    );
    const a = config.data!.widgetConfig.activities[0];
    assert.equal(config.data!.widgetConfig.venue.address, '2 Elm St');
    assert.equal(a.imageUrl, 'https://img.example/room.jpg');
    assert.deepEqual(a.prices[2].names, [
      { locale: 'de', name: 'Studierende' },
      { locale: 'es', name: 'Estudiante' },
    ]);
  });

  it('should tell a page whether its origin may use the API, readable from anywhere', async () => {
    const ask = async (origin: string) => {
      const res = await fetch(`${app.url}/origin-check`, { headers: { origin } });
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      return (await res.json()) as { origin: string; allowed: boolean };
    };
    assert.deepEqual(await ask('https://elsewhere.example'), { origin: 'https://elsewhere.example', allowed: false });
    assert.deepEqual(await ask('http://localhost:5173'), { origin: 'http://localhost:5173', allowed: true });
    // /graphql itself still refuses the unlisted origin without CORS headers.
    const refused = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });
});

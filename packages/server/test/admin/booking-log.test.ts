import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { bookings } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { makeBooking, makeCatalog, makeOrganization } from './fixtures.ts';

// The console's booking tools: search, the email log and history, resending the confirmation.
const NOW = new Date('2030-01-15T06:00:00Z');

const DETAIL = `query($id: ID) { booking(id: $id) { status cancelledAt
  emails { to subject sentAt attempts lastError } history { kind detail } } }`;
const RESEND = `mutation($id: ID!) { resendConfirmation(id: $id) { id emails { subject sentAt } } }`;

describe('booking search, email log and resend through the admin API', () => {
  let app: TestApp;
  let org: { id: string; key: string };
  let other: { id: string; key: string };
  let booking: Awaited<ReturnType<typeof makeBooking>>;
  let second: Awaited<ReturnType<typeof makeBooking>>;
  const admin = (query: string, variables: Record<string, unknown> = {}, key = org.key) =>
    gql(app.url, query, variables, { apiKey: key });

  before(async () => {
    app = await startTestApp({ now: () => NOW });
    org = await makeOrganization(app.services.db, 'Log Org');
    other = await makeOrganization(app.services.db, 'Other Org');
    const catalog = await makeCatalog(app.url, org.key, 'Log Venue');
    booking = await makeBooking(app.services.db, org.id, catalog.activityId);
    second = await makeBooking(app.services.db, org.id, catalog.activityId);
  });
  after(() => app.stop());

  it('should search bookings by part of the number, email or name, case-insensitively and literally', async () => {
    const found = async (search: string) =>
      (
        await admin(`query($f: BookingFilter) { bookings(filter: $f) { nodes { id } } }`, { f: { search } })
      ).data!.bookings.nodes.map((n: { id: string }) => n.id);
    assert.deepEqual(await found(booking.bookingNumber.slice(2).toLowerCase()), [booking.id]);
    const customers = await admin(`{ bookings { nodes { id customer { email name } } } }`);
    const mine = customers.data!.bookings.nodes.find((n: { id: string }) => n.id === second.id).customer;
    assert.deepEqual(await found(mine.email.toUpperCase()), [second.id]);
    assert.deepEqual(await found(` ${mine.name.toLowerCase()} `), [second.id]);
    assert.deepEqual(await found('%'), [], 'a LIKE wildcard is matched as itself');
    assert.equal((await found('')).length, 2, 'an empty search filters nothing');
  });

  it('should resend the confirmation through the outbox and list it in the email log and history', async () => {
    const before = (await admin(DETAIL, { id: booking.id })).data!.booking;
    assert.deepEqual(before.emails, []);
    assert.deepEqual(
      before.history.map((e: { kind: string }) => e.kind),
      ['BOOKED'],
    );

    const res = await admin(RESEND, { id: booking.id });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.resendConfirmation.emails.length, 1);
    const detail = (await admin(DETAIL, { id: booking.id })).data!.booking;
    assert.equal(detail.emails.length, 1);
    const [email] = detail.emails;
    assert.match(email.subject, new RegExp(booking.bookingNumber));
    assert.ok(email.sentAt, 'delivered after commit');
    assert.equal(email.lastError, null);
    assert.deepEqual(
      detail.history.map((e: { kind: string }) => e.kind),
      ['BOOKED', 'EMAIL_SENT'],
    );
    assert.equal(detail.history[1].detail, email.subject);
    // The other booking's log stays empty: the log matches this booking's number.
    assert.deepEqual((await admin(DETAIL, { id: second.id })).data!.booking.emails, []);
  });

  it('should refuse to resend for a cancelled booking and show the cancellation in its history', async () => {
    // The fixture's bookings hold no seats, so the cancellation is written directly (as cancelBooking would).
    await app.services.db
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: new Date(NOW.getTime() + 60_000) })
      .where(eq(bookings.id, second.id));
    assert.equal(errorCode(await admin(RESEND, { id: second.id })), 'BAD_USER_INPUT');
    const detail = (await admin(DETAIL, { id: second.id })).data!.booking;
    assert.ok(detail.cancelledAt);
    assert.deepEqual(
      detail.history.map((e: { kind: string }) => e.kind),
      ['BOOKED', 'CANCELLED'],
    );
  });

  it("should not let another organization resend or read a booking's emails", async () => {
    assert.equal(errorCode(await admin(RESEND, { id: booking.id }, other.key)), 'NOT_FOUND');
    assert.equal(errorCode(await admin(DETAIL, { id: booking.id }, other.key)), 'NOT_FOUND');
    assert.equal(errorCode(await admin(RESEND, { id: 'not-a-uuid' })), 'NOT_FOUND');
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  capacityRemaining,
  createActivityFixture,
  createSession,
  type ActivityFixture,
} from '../reservations/fixtures.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import {
  ADMIN_BOOKING,
  bookManually,
  CHECK_IN,
  emailsTo,
  manageTokenOf,
  manualInput,
  MANUAL,
  NO_SHOW,
} from './fixtures.ts';

describe('staff bookings and attendance', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  it('should book PAID_OFFLINE against capacity and email a confirmation with a manage link', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 5 });
    const email = 'desk@example.com';
    const booking = await bookManually(app.url, fx.apiKey, manualInput(session, { customer: { name: 'Desk', email } }));
    assert.equal(booking.partySize, 2);
    assert.equal(await capacityRemaining(app.services.db, session), 3);
    const admin = await gql(app.url, ADMIN_BOOKING, { id: booking.id }, { apiKey: fx.apiKey });
    assert.equal(admin.data!.booking.payment, 'PAID_OFFLINE');
    assert.equal(admin.data!.booking.attendance, 'EXPECTED');
    const [mail] = await emailsTo(app.services.db, email);
    assert.ok(mail, 'a confirmation was queued');
    assert.match(mail.subject, new RegExp(booking.bookingNumber));
    assert.ok(manageTokenOf(mail.text).length >= 43, 'the link carries at least 256 bits');
    assert.match(mail.html ?? '', /\/manage\//);
    assert.equal(mail.attachments?.length, 1, 'the .ics is attached');
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });

  it('should record UNPAID and refuse a party larger than the seats left with BAD_USER_INPUT', async () => {
    const session = await createSession(app.services.db, fx, { capacity: 3 });
    const unpaid = await bookManually(app.url, fx.apiKey, manualInput(session, { payment: 'UNPAID' }));
    const admin = await gql(app.url, ADMIN_BOOKING, { id: unpaid.id }, { apiKey: fx.apiKey });
    assert.equal(admin.data!.booking.payment, 'UNPAID');
    const res = await gql(app.url, MANUAL, { input: manualInput(session) }, { apiKey: fx.apiKey });
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, session), 1);
  });

  it('should refuse the public (no key) with UNAUTHENTICATED', async () => {
    const session = await createSession(app.services.db, fx);
    const res = await gql(app.url, MANUAL, { input: manualInput(session) });
    assert.equal(errorCode(res), 'UNAUTHENTICATED');
    assert.equal(await capacityRemaining(app.services.db, session), 10);
  });

  it('should check a booking in, then correct it to a no-show, without moving seats', async () => {
    const session = await createSession(app.services.db, fx);
    const booking = await bookManually(app.url, fx.apiKey, manualInput(session));
    const checkedIn = await gql(app.url, CHECK_IN, { id: booking.id }, { apiKey: fx.apiKey });
    assert.equal(checkedIn.data!.checkInBooking.attendance, 'CHECKED_IN');
    const noShow = await gql(app.url, NO_SHOW, { id: booking.id }, { apiKey: fx.apiKey });
    assert.equal(noShow.data!.markNoShow.attendance, 'NO_SHOW');
    assert.equal(noShow.data!.markNoShow.status, 'CONFIRMED');
    assert.equal(await capacityRemaining(app.services.db, session), 8);
  });

  it("should not find another organization's booking", async () => {
    const session = await createSession(app.services.db, fx);
    const booking = await bookManually(app.url, fx.apiKey, manualInput(session));
    const other = await createActivityFixture(app.services.db);
    const res = await gql(app.url, CHECK_IN, { id: booking.id }, { apiKey: other.apiKey });
    assert.equal(errorCode(res), 'NOT_FOUND');
  });

  it('should email the customer when an admin cancels a booking', async () => {
    const session = await createSession(app.services.db, fx);
    const email = 'cancelled@example.com';
    const booking = await bookManually(app.url, fx.apiKey, manualInput(session, { customer: { name: 'C', email } }));
    const res = await gql(
      app.url,
      `mutation($id: ID!) { cancelBooking(id: $id, refund: false) { status } }`,
      { id: booking.id },
      { apiKey: fx.apiKey },
    );
    assert.equal(res.data!.cancelBooking.status, 'CANCELLED');
    const mails = await emailsTo(app.services.db, email);
    assert.equal(mails.length, 2, 'confirmation + cancellation');
    assert.match(mails[0]!.subject, /cancelled/);
    assert.match(mails[0]!.html ?? '', /cancelled/);
    assert.equal(await capacityRemaining(app.services.db, session), 10);
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { activities, bookings, outbox } from '../../src/db/schema/index.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  capacityRemaining,
  createActivityFixture,
  createSession,
  type ActivityFixture,
} from '../reservations/fixtures.ts';
import { bookManually, emailsTo, manageTokenOf, manualInput } from './fixtures.ts';

const FIELDS = `bookingNumber status sessionId partySize totalCents canCancel canReschedule refundCentsIfCancelled
  cancellation { allowed freeUntilHours refundPercentAfter } reschedule { allowed untilHours }`;
const MANAGED = `query M($t: String!) { managedBooking(token: $t) { ${FIELDS} } }`;
const CANCEL = `mutation C($t: String!) { cancelManagedBooking(token: $t) { ${FIELDS} } }`;
const MOVE = `mutation R($t: String!, $s: ID!) { rescheduleManagedBooking(token: $t, sessionId: $s) { ${FIELDS} } }`;

describe('manage link self-service', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  let n = 0;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  const setPolicy = (policy: Record<string, unknown>) =>
    app.services.db
      .update(activities)
      .set({ settings: sql`settings || ${JSON.stringify(policy)}::jsonb` })
      .where(eq(activities.id, fx.activityId));

  /** A booking (sessions start about a week ahead) and the token of its confirmation email. */
  async function bookWithLink(sessionId: string) {
    n += 1;
    const email = `self${n}@example.com`;
    const booking = await bookManually(app.url, fx.apiKey, manualInput(sessionId, { customer: { name: 'S', email } }));
    const [mail] = await emailsTo(app.services.db, email);
    return { booking, email, token: manageTokenOf(mail!.text) };
  }

  it('should show the booking of a token and NOT_FOUND for any other token', async () => {
    const session = await createSession(app.services.db, fx);
    const { booking, token } = await bookWithLink(session);
    const res = await gql(app.url, MANAGED, { t: token });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.managedBooking.bookingNumber, booking.bookingNumber);
    assert.equal(res.data!.managedBooking.canCancel, true);
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    assert.equal(errorCode(await gql(app.url, MANAGED, { t: wrong })), 'NOT_FOUND');
    assert.equal(errorCode(await gql(app.url, MANAGED, { t: 'short' })), 'NOT_FOUND');
  });

  it('should reschedule within the policy, email a new link and keep the old link working', async () => {
    await setPolicy({ reschedule: { allowed: true, untilHours: 24 } });
    const from = await createSession(app.services.db, fx);
    const to = await createSession(app.services.db, fx);
    const { token, email } = await bookWithLink(from);
    const res = await gql(app.url, MOVE, { t: token, s: to });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.rescheduleManagedBooking.sessionId, to);
    assert.equal(await capacityRemaining(app.services.db, from), 10);
    assert.equal(await capacityRemaining(app.services.db, to), 8);
    const mails = await emailsTo(app.services.db, email);
    assert.equal(mails.length, 2, 'confirmation + reschedule');
    assert.notEqual(manageTokenOf(mails[0]!.text), token);
    assert.equal((await gql(app.url, MANAGED, { t: token })).data!.managedBooking.sessionId, to);
  });

  it('should refuse a reschedule the policy does not allow with BAD_USER_INPUT', async () => {
    await setPolicy({ reschedule: { allowed: true, untilHours: 24 * 365 } });
    const from = await createSession(app.services.db, fx);
    const to = await createSession(app.services.db, fx);
    const { token } = await bookWithLink(from);
    assert.equal((await gql(app.url, MANAGED, { t: token })).data!.managedBooking.canReschedule, false);
    assert.equal(errorCode(await gql(app.url, MOVE, { t: token, s: to })), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, to), 10);
  });

  it('should cancel after the free window with the policy percentage refunded through the outbox', async () => {
    await setPolicy({ cancellation: { allowed: true, freeUntilHours: 24 * 365, refundPercentAfter: 50 } });
    const session = await createSession(app.services.db, fx);
    const { booking, token, email } = await bookWithLink(session);
    await app.services.db
      .update(bookings)
      .set({ stripePaymentIntentId: `pi_test_${n}` })
      .where(eq(bookings.id, booking.id));
    const res = await gql(app.url, CANCEL, { t: token });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.cancelManagedBooking.status, 'REFUNDED');
    assert.equal(res.data!.cancelManagedBooking.canCancel, false);
    assert.equal(await capacityRemaining(app.services.db, session), 10);
    const refunds = (await app.services.db.select().from(outbox).where(eq(outbox.kind, 'stripe_refund'))).filter(
      (r) => (r.payload as { bookingId: string }).bookingId === booking.id,
    );
    assert.equal(refunds.length, 1);
    assert.equal((refunds[0]!.payload as { amountCents: number }).amountCents, 6000 / 2);
    const [cancelMail] = await emailsTo(app.services.db, email);
    assert.match(cancelMail!.subject, /cancelled/);
    assert.match(cancelMail!.text, /30\.00/);
    assert.equal(errorCode(await gql(app.url, CANCEL, { t: token })), 'BAD_USER_INPUT', 'only once');
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });

  it('should refuse a cancellation the policy does not allow', async () => {
    await setPolicy({ cancellation: { allowed: false, freeUntilHours: 24, refundPercentAfter: 0 } });
    const session = await createSession(app.services.db, fx);
    const { token } = await bookWithLink(session);
    assert.equal(errorCode(await gql(app.url, CANCEL, { t: token })), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, session), 8);
  });

  it('should host the widget in manage mode with the no-JS forms inside it, and cancel from its form', async () => {
    await setPolicy({ cancellation: { allowed: true, freeUntilHours: 1, refundPercentAfter: 0 } });
    const session = await createSession(app.services.db, fx);
    const { booking, token } = await bookWithLink(session);
    const res = await fetch(`${app.url}/manage/${token}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.includes(booking.bookingNumber));
    assert.ok(html.includes(`<booking-widget manage-token="${token}" locale="en"`), 'the widget in manage mode');
    const scripts = html.match(/<script[^>]*>/gi) ?? [];
    assert.deepEqual(scripts, ['<script type="module" src="/widget.js">'], 'one same-origin module, nothing inline');
    const inside = html.slice(html.indexOf('<booking-widget'), html.indexOf('</booking-widget>'));
    assert.match(inside, /<form method="post" action="\/manage\/[^"]+\/cancel">/, 'the no-JS fallback form');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /connect-src 'self';/);
    assert.equal(res.headers.get('referrer-policy'), 'same-origin');
    const posted = await fetch(`${app.url}/manage/${token}/cancel`, { method: 'POST', redirect: 'manual' });
    assert.equal(posted.status, 303);
    assert.match(await (await fetch(`${app.url}/manage/${token}`)).text(), /id="status">cancelled</);
    assert.equal(await capacityRemaining(app.services.db, session), 10);
    assert.equal((await fetch(`${app.url}/manage/${'x'.repeat(43)}`)).status, 404);
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { outbox } from '../../src/db/schema/index.ts';
import { createPaymentReconciler } from '../../src/jobs/payment-reconciler.ts';
import { startTestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { createActivityFixture, createSession as createFixtureSession } from '../reservations/fixtures.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  createCatalog,
  createSession,
  startPaymentsApp,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from '../payments/fixtures.ts';
import { ADMIN_BOOKING, bookManually, emailsTo, manualInput } from './fixtures.ts';

/**
 * Issue 21: a staff booking made UNPAID emails the customer a pay link
 * (`/pay/<token>`) that starts a fresh Stripe Checkout on every visit, so it
 * outlives any one Checkout; the first paid Checkout marks the booking paid
 * exactly once (webhook or reconciler), any other payment is refunded.
 */
describe('pay later: the payment link of an UNPAID staff booking', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
  });
  after(() => h.stop());

  const db = () => h.app.services.db;
  const send = (object: Record<string, unknown>, eventId?: string) =>
    deliver(h.app.url, signedEvent('checkout.session.completed', object, WEBHOOK_SECRET, eventId));

  async function unpaidBooking(email: string) {
    const session = await createSession(db(), cat);
    const booking = await bookManually(
      h.app.url,
      cat.apiKey,
      manualInput(session, { payment: 'UNPAID', customer: { name: 'Later', email } }),
    );
    const [mail] = await emailsTo(db(), email);
    const payUrl = /(https?:\/\/\S+\/pay\/[A-Za-z0-9_-]{43})/.exec(mail!.text)?.[1];
    assert.ok(payUrl, `the confirmation carries a pay link: ${mail!.text}`);
    return { booking, mail: mail!, payUrl };
  }

  /** One visit of the pay link: where it redirects. */
  async function visit(payUrl: string): Promise<string> {
    const res = await fetch(payUrl, { redirect: 'manual' });
    assert.equal(res.status, 303, await res.clone().text());
    return res.headers.get('location')!;
  }

  const checkoutIdOf = (location: string) => {
    const s = [...h.stripe.sessions.values()].find((x) => x.url === location);
    assert.ok(s, `a Checkout answers ${location}`);
    return s.id as string;
  };

  const paymentOf = async (id: string) =>
    (await gql(h.app.url, ADMIN_BOOKING, { id }, { apiKey: cat.apiKey })).data!.booking.payment as string;

  const refundRows = async () =>
    (await db().select().from(outbox).where(eq(outbox.kind, 'stripe_refund'))).map(
      (r) => r.payload as { idempotencyKey: string; paymentIntentId: string },
    );

  it('should say "Amount due" (never "Total paid") and carry the pay link in both parts', async () => {
    const { mail, payUrl } = await unpaidBooking('due@example.com');
    assert.match(mail.text, /Amount due: \$60\.00/);
    assert.doesNotMatch(mail.text, /Total paid/);
    assert.match(mail.html ?? '', /Amount due/);
    assert.doesNotMatch(mail.html ?? '', /Total paid/);
    assert.ok((mail.html ?? '').includes(`href="${payUrl}"`), 'the HTML links the same pay URL');
    assert.match(mail.text, /\/manage\//, 'the manage link is still there');
    // The manage page (and its no-JS fallback inside the widget) says what is due and links the same pay URL.
    const page = await (await fetch(payUrl.replace('/pay/', '/manage/'))).text();
    assert.match(page, /Amount due: \$60\.00/);
    assert.ok(page.includes(`href="${new URL(payUrl).pathname}"`), 'the manage page links /pay/<token>');
  });

  it('should start a fresh Checkout on every visit and mark the booking paid exactly once', async () => {
    const email = 'payer@example.com';
    const { booking, payUrl } = await unpaidBooking(email);
    const first = checkoutIdOf(await visit(payUrl));
    const second = checkoutIdOf(await visit(payUrl));
    assert.notEqual(first, second, 'each visit gets its own Checkout');
    const created = h.stripe.sessions.get(second)!;
    assert.equal(created.amount_total, 6000);
    assert.equal(created.customer_email, email);
    assert.equal(created.metadata.pay_later_booking_id, booking.id);

    // The first Checkout expired (Stripe's limit): the link still works, the second is paid.
    Object.assign(h.stripe.sessions.get(first)!, { status: 'expired', url: null });
    const paid = h.stripe.pay(second);
    const res = await send(paid, 'evt_pay_later_once');
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { effect: string }).effect, 'booked');
    assert.equal(await paymentOf(booking.id), 'STRIPE');
    const replay = await send(paid, 'evt_pay_later_once');
    assert.equal(((await replay.json()) as { effect: string }).effect, 'replay');
    const again = await send(paid); // the same payment under another event id (the reconciler's view)
    assert.equal(((await again.json()) as { effect: string }).effect, 'already-booked');
    const receipts = (await emailsTo(db(), email)).filter((m) => /Payment received/.test(m.subject));
    assert.equal(receipts.length, 1, 'one receipt');
    assert.match(receipts[0]!.text, /Total paid: \$60\.00/);
    assert.doesNotMatch(receipts[0]!.text, /\/pay\//, 'a paid booking gets no pay link');

    // Paid: the link now leads to the booking, not to another Checkout.
    assert.match(await visit(payUrl), /\/manage\/[A-Za-z0-9_-]{43}$/);
  });

  it('should refund a second payment of the same booking (another tab) and keep the first', async () => {
    const { booking, payUrl } = await unpaidBooking('twotabs@example.com');
    const a = checkoutIdOf(await visit(payUrl));
    const b = checkoutIdOf(await visit(payUrl));
    await send(h.stripe.pay(a));
    const late = h.stripe.pay(b);
    const res = await send(late);
    assert.equal(((await res.json()) as { effect: string }).effect, 'refunded');
    assert.equal(await paymentOf(booking.id), 'STRIPE');
    const refunds = (await refundRows()).filter((r) => r.idempotencyKey === `refund-${b}`);
    assert.equal(refunds.length, 1, 'the second payment is refunded once');
    assert.equal(refunds[0]!.paymentIntentId, late.payment_intent);
  });

  it('should settle a paid pay-later Checkout whose event never came through the reconciler', async () => {
    const { booking, payUrl } = await unpaidBooking('noevent@example.com');
    const id = checkoutIdOf(await visit(payUrl));
    h.stripe.pay(id); // paid; no webhook
    const reconciler = createPaymentReconciler({ services: h.app.services });
    const report = await reconciler.reconcileOnce();
    assert.ok(report.booked >= 1, JSON.stringify(report));
    assert.equal(await paymentOf(booking.id), 'STRIPE');
    const next = await reconciler.reconcileOnce();
    assert.equal(next.booked, 0, 'settled once');
  });

  it('should refund a payment made after staff cancelled the booking, and refuse the link then', async () => {
    const { booking, payUrl } = await unpaidBooking('cancelled-later@example.com');
    const id = checkoutIdOf(await visit(payUrl));
    const cancel = await gql(
      h.app.url,
      `mutation($id: ID!) { cancelBooking(id: $id, refund: false) { status } }`,
      { id: booking.id },
      { apiKey: cat.apiKey },
    );
    assert.equal(cancel.data!.cancelBooking.status, 'CANCELLED');
    const res = await fetch(payUrl, { redirect: 'manual' });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /cancelled/);
    const paid = h.stripe.pay(id);
    assert.equal(((await (await send(paid)).json()) as { effect: string }).effect, 'refunded');
    const refunds = (await refundRows()).filter((r) => r.idempotencyKey === `refund-${id}`);
    assert.equal(refunds.length, 1, 'the payment is refunded');
    assert.equal(await paymentOf(booking.id), 'UNPAID');
  });

  it('should answer an unknown pay token with 404', async () => {
    const res = await fetch(`${h.app.url}/pay/${'x'.repeat(43)}`, { redirect: 'manual' });
    assert.equal(res.status, 404);
  });
});

describe('pay later in keyless development (the local test checkout)', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
  });
  after(() => app.stop());

  it('should pay an UNPAID booking through /pay and the test checkout, through the webhook path', async () => {
    const fx = await createActivityFixture(app.services.db);
    const session = await createFixtureSession(app.services.db, fx);
    const email = 'keyless@example.com';
    const booking = await bookManually(
      app.url,
      fx.apiKey,
      manualInput(session, { payment: 'UNPAID', customer: { name: 'Key Less', email } }),
    );
    const [mail] = await emailsTo(app.services.db, email);
    const payUrl = /(https?:\/\/\S+\/pay\/[A-Za-z0-9_-]{43})/.exec(mail!.text)![1]!;
    const visit = await fetch(payUrl, { redirect: 'manual' });
    assert.equal(visit.status, 303);
    const checkout = new URL(visit.headers.get('location')!, app.url);
    assert.match(checkout.pathname, /^\/checkout\/test\//);
    assert.match(await (await fetch(checkout)).text(), /Pay \$60\.00/);
    const paid = await fetch(`${checkout.href}/pay`, { method: 'POST', redirect: 'manual' });
    assert.equal(paid.status, 303);
    assert.match(paid.headers.get('location')!, /\/manage\/[A-Za-z0-9_-]{43}\?paid=1$/);
    const admin = await gql(app.url, ADMIN_BOOKING, { id: booking.id }, { apiKey: fx.apiKey });
    assert.equal(admin.data!.booking.payment, 'STRIPE');
  });
});

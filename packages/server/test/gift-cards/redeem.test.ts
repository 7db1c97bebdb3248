import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { activities, alerts, bookings, outbox } from '../../src/db/schema/index.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { restoreGiftCard } from '../../src/domain/gift-cards/ledger.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import { createActivityFixture } from '../reservations/fixtures.ts';
import {
  bookingsOf,
  capacity,
  CANCEL_BOOKING,
  checkoutInput,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  reservation,
  startPaymentsApp,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from '../payments/fixtures.ts';
import { balanceOf, BOOK_WITH_GIFT_CARD, emailsTo, issueCard, ledgerOf, RESERVE } from './fixtures.ts';

const CUSTOMER = { name: 'Grace Hopper', email: 'grace@example.com', phone: null };

describe('gift cards pay for bookings', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let key = 0;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  const send = (type: string, object: Record<string, unknown>) =>
    deliver(h.app.url, signedEvent(type, object, WEBHOOK_SECRET));

  async function reserve(sessionId: string, tickets: Array<Record<string, unknown>>, giftCardCode: string | null) {
    key += 1;
    const res = await gql(h.app.url, RESERVE, {
      input: { sessionId, tickets, email: 'grace@example.com', idempotencyKey: `gift-hold-${key}-key`, giftCardCode },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data!.reserveSlot;
  }

  it('should book a hold its card pays in full without Checkout, taking the balance off exactly once', async () => {
    const card = await issueCard(h.app.services, cat.organizationId, 10_000);
    const session = await createSession(h.app.services.db, cat);
    const held = await reserve(session, [{ tier: 'ADULT', quantity: 2 }], card.code);
    assert.deepEqual(
      { type: held.__typename, total: held.totalCents, card: held.giftCardCents, due: held.amountDueCents },
      { type: 'Reservation', total: 6000, card: 6000, due: 0 },
    );
    assert.equal(await balanceOf(h.app.services.db, card.id), 10_000, 'a hold takes nothing off');

    const checkout = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(held.id) });
    assert.equal(errorCode(checkout), 'BAD_USER_INPUT');
    assert.equal(checkout.errors![0]!.extensions!.reason, 'NOTHING_TO_PAY');

    const booked = await gql(h.app.url, BOOK_WITH_GIFT_CARD, { input: { reservationId: held.id, customer: CUSTOMER } });
    assert.equal(booked.errors, undefined, JSON.stringify(booked.errors));
    assert.equal(booked.data!.bookWithGiftCard.status, 'CONFIRMED');
    assert.equal(booked.data!.bookWithGiftCard.totalCents, 6000);
    const again = await gql(h.app.url, BOOK_WITH_GIFT_CARD, { input: { reservationId: held.id, customer: CUSTOMER } });
    assert.equal(again.data!.bookWithGiftCard.id, booked.data!.bookWithGiftCard.id, 'a retry answers the booking');

    assert.equal(await balanceOf(h.app.services.db, card.id), 4000);
    const [booking] = await bookingsOf(h.app.services.db, held.id);
    assert.deepEqual(
      { payment: booking!.payment, giftCardCents: booking!.giftCardCents, pi: booking!.stripePaymentIntentId },
      { payment: 'gift_card', giftCardCents: 6000, pi: null },
    );
    assert.deepEqual(
      (await ledgerOf(h.app.services.db, card.id)).map((e) => [e.kind, e.amountCents, e.bookingId]),
      [
        ['issued', 10_000, null],
        ['redeemed', -6000, booking!.id],
      ],
    );
    assert.equal(await capacity(h.app.services.db, session), 8);
    assert.ok(
      (await emailsTo(h.app.services.db, 'grace@example.com')).some((m) => m.text.includes(booking!.bookingNumber)),
    );

    // Cancelled with refund: the whole card part goes back, once, and Stripe is not asked for anything.
    const refundsBefore = h.stripe.calls('POST', '/v1/refunds').length;
    const cancel = await gql(h.app.url, CANCEL_BOOKING, { id: booking!.id, refund: true }, { apiKey: cat.apiKey });
    assert.equal(cancel.errors, undefined, JSON.stringify(cancel.errors));
    assert.equal(cancel.data!.cancelBooking.status, 'REFUNDED');
    await gql(h.app.url, CANCEL_BOOKING, { id: booking!.id, refund: true }, { apiKey: cat.apiKey });
    assert.equal(await balanceOf(h.app.services.db, card.id), 10_000);
    assert.deepEqual(
      (await ledgerOf(h.app.services.db, card.id)).map((e) => e.kind),
      ['issued', 'redeemed', 'restored'],
    );
    assert.equal(h.stripe.calls('POST', '/v1/refunds').length, refundsBefore);
    assert.equal(await capacity(h.app.services.db, session), 10);
  });

  it('should charge only the rest through Checkout and take the card part off when the payment books', async () => {
    const card = await issueCard(h.app.services, cat.organizationId, 2500);
    const session = await createSession(h.app.services.db, cat);
    const held = await reserve(session, [{ tier: 'ADULT', quantity: 2 }], card.code);
    assert.deepEqual([held.giftCardCents, held.amountDueCents], [2500, 3500]);
    const created = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(held.id) });
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const checkoutSessionId = created.data!.createCheckout.checkoutSessionId as string;
    assert.equal(h.stripe.sessions.get(checkoutSessionId)!.amount_total, 3500);

    const paid = h.stripe.pay(checkoutSessionId);
    const event = signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET);
    assert.equal(((await (await deliver(h.app.url, event)).json()) as { effect: string }).effect, 'booked');
    await deliver(h.app.url, event); // a replay changes nothing
    assert.equal(await balanceOf(h.app.services.db, card.id), 0);
    const [booking] = await bookingsOf(h.app.services.db, held.id);
    assert.equal(booking!.status, 'confirmed');
    assert.equal(booking!.giftCardCents, 2500);
    assert.equal((await ledgerOf(h.app.services.db, card.id)).filter((e) => e.kind === 'redeemed').length, 1);

    // Restoring is by share and idempotent: half now, then the full refund gives only the other half.
    await h.app.services.db.transaction((tx) => restoreGiftCard(tx, booking!.id, { numerator: 50, denominator: 100 }));
    assert.equal(await balanceOf(h.app.services.db, card.id), 1250);
    await send('charge.refunded', {
      id: 'ch_gift',
      object: 'charge',
      refunded: true,
      payment_intent: paid.payment_intent,
    });
    assert.equal((await bookingsOf(h.app.services.db, held.id))[0]!.status, 'refunded');
    assert.equal(await balanceOf(h.app.services.db, card.id), 2500);
    await h.app.services.db.transaction((tx) => restoreGiftCard(tx, booking!.id, { numerator: 1, denominator: 1 }));
    assert.equal(await balanceOf(h.app.services.db, card.id), 2500, 'never more than was redeemed');
  });

  it('should refund a payment whose card was spent on another booking meanwhile (never overdraw)', async () => {
    const card = await issueCard(h.app.services, cat.organizationId, 3000);
    const sessionA = await createSession(h.app.services.db, cat);
    const sessionB = await createSession(h.app.services.db, cat);
    const a = await reserve(sessionA, [{ tier: 'ADULT', quantity: 2 }], card.code);
    const b = await reserve(sessionB, [{ tier: 'ADULT', quantity: 1 }], card.code);
    assert.deepEqual([a.amountDueCents, b.amountDueCents], [3000, 0]);
    const created = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(a.id) });
    const checkoutSessionId = created.data!.createCheckout.checkoutSessionId as string;
    await gql(h.app.url, BOOK_WITH_GIFT_CARD, { input: { reservationId: b.id, customer: CUSTOMER } });
    assert.equal(await balanceOf(h.app.services.db, card.id), 0);

    const paid = h.stripe.pay(checkoutSessionId);
    const res = await send('checkout.session.completed', paid);
    assert.equal(((await res.json()) as { effect: string }).effect, 'refunded');
    assert.deepEqual(await bookingsOf(h.app.services.db, a.id), []);
    assert.equal(await balanceOf(h.app.services.db, card.id), 0);
    const refunds = await h.app.services.db.select().from(outbox).where(eq(outbox.kind, 'stripe_refund'));
    assert.ok(
      refunds.some((r) => (r.payload as { idempotencyKey: string }).idempotencyKey === `refund-${checkoutSessionId}`),
    );
    const alert = await h.app.services.db
      .select()
      .from(alerts)
      .where(sql`${alerts.message} like '%gift card%'`);
    assert.equal(alert.length, 1);
  });

  it('should refuse a code of another organization, another currency, an empty card or garbage (no hold)', async () => {
    const other = await createActivityFixture(h.app.services.db, { name: 'Elsewhere' });
    const foreign = await issueCard(h.app.services, other.organizationId, 5000);
    const euros = await issueCard(h.app.services, cat.organizationId, 5000, 'EUR');
    const empty = await issueCard(h.app.services, cat.organizationId, 3000);
    const session = await createSession(h.app.services.db, cat);
    const spend = await reserve(session, [{ tier: 'ADULT', quantity: 1 }], empty.code);
    await gql(h.app.url, BOOK_WITH_GIFT_CARD, { input: { reservationId: spend.id, customer: CUSTOMER } });
    for (const code of [foreign.code, euros.code, empty.code, 'AAAA-BBBB-CCCC-DDDD', 'not a code']) {
      const r = await reserve(session, [{ tier: 'ADULT', quantity: 1 }], code);
      assert.deepEqual([r.__typename, r.reason], ['InvalidReservation', 'GIFT_CARD_INVALID'], code);
    }
    assert.equal(await capacity(h.app.services.db, session), 9, 'only the spending booking holds a seat');
    const blank = await reserve(session, [{ tier: 'ADULT', quantity: 1 }], '  ');
    assert.deepEqual([blank.__typename, blank.giftCardCents, blank.amountDueCents], ['Reservation', 0, 3000]);
  });

  it('should make every Checkout amount the total minus the gift card (tiers × card balances)', async () => {
    const ticketSets: Array<Array<Record<string, unknown>>> = [
      [{ tier: 'ADULT', quantity: 1 }],
      [
        { tier: 'ADULT', quantity: 2 },
        { tier: 'CHILD', quantity: 1 },
      ],
      [
        { priceId: cat.priceIds.custom, quantity: 3 },
        { tier: 'CHILD', quantity: 2 },
      ],
    ];
    for (const tickets of ticketSets) {
      for (const balance of [null, 100, 1000, 2980, 4460, 100_000]) {
        const card =
          balance === null ? null : await issueCard(h.app.services, cat.organizationId, Math.max(balance, 100));
        const session = await createSession(h.app.services.db, cat);
        const held = await reserve(session, tickets, card?.code ?? null);
        const label = `${JSON.stringify(tickets)} card ${balance}`;
        assert.equal(held.__typename, 'Reservation', label);
        assert.equal(held.amountDueCents, held.totalCents - held.giftCardCents, label);
        assert.ok(held.giftCardCents <= (balance ?? 0), label);
        if (held.amountDueCents === 0) continue;
        assert.ok(held.amountDueCents >= 50, `${label}: a chargeable rest`);
        const created = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(held.id) });
        assert.equal(created.errors, undefined, JSON.stringify(created.errors));
        const stripeSession = h.stripe.sessions.get(created.data!.createCheckout.checkoutSessionId)!;
        assert.equal(stripeSession.amount_total, held.totalCents - held.giftCardCents, label);
        const row = await reservation(h.app.services.db, held.id);
        assert.equal(row.giftCardCents, held.giftCardCents, label);
      }
    }
  });

  it('should restore the refunded share of the card part on a self-service cancellation', async () => {
    const policy = { cancellation: { allowed: true, freeUntilHours: 24 * 365, refundPercentAfter: 50 } };
    await h.app.services.db
      .update(activities)
      .set({ settings: sql`settings || ${JSON.stringify(policy)}::jsonb` })
      .where(eq(activities.id, cat.activityId));
    const card = await issueCard(h.app.services, cat.organizationId, 2000);
    const session = await createSession(h.app.services.db, cat);
    const held = await reserve(session, [{ tier: 'ADULT', quantity: 2 }], card.code);
    const created = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(held.id) });
    const paid = h.stripe.pay(created.data!.createCheckout.checkoutSessionId);
    await send('checkout.session.completed', paid);
    const [booking] = await bookingsOf(h.app.services.db, held.id);
    const mail = (await emailsTo(h.app.services.db, 'ada@example.com')).find((m) =>
      m.text.includes(booking!.bookingNumber),
    );
    const token = /\/manage\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    const res = await gql(h.app.url, `mutation($t: String!) { cancelManagedBooking(token: $t) { status } }`, {
      t: token,
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    // Paid 4000 through Stripe and 2000 by card; 50 % of each comes back.
    const refund = (await h.app.services.db.select().from(outbox).where(eq(outbox.kind, 'stripe_refund'))).find(
      (r) => (r.payload as { bookingId: string }).bookingId === booking!.id,
    );
    assert.equal((refund!.payload as { amountCents: number }).amountCents, 2000);
    assert.equal(await balanceOf(h.app.services.db, card.id), 1000);
    const [after] = await h.app.services.db.select().from(bookings).where(eq(bookings.id, booking!.id));
    assert.equal(after!.status, 'refunded');
  });
});

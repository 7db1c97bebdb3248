import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { startTwoInstances, type TwoInstances } from '../payments/two-instances.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { deliver, signedEvent, type StripeStandIn } from '../support/stripe-stand-in.ts';
import {
  bookingsOf,
  checkoutInput,
  CREATE_CHECKOUT,
  createSession,
  WEBHOOK_SECRET,
  type Catalog,
} from '../payments/fixtures.ts';
import { balanceOf, BOOK_WITH_GIFT_CARD, holdWithCard, issueCard, ledgerOf } from './fixtures.ts';

const CUSTOMER = { name: 'Parallel Guest', email: 'parallel@example.com', phone: null };

/** The balance drops exactly once per booking and never below zero: two instances, one PostgreSQL, one card. */
describe('gift card redemption under concurrency (PostgreSQL)', () => {
  let stripe: StripeStandIn;
  let a: TestApp;
  let b: TestApp;
  let cat: Catalog;
  let pair: TwoInstances | undefined;
  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    pair = await startTwoInstances();
    ({ stripe, a, b, cat } = pair);
  });
  after(() => pair?.stop());

  /** The ledger and the balance agree: initial − redeemed + restored = balance, never negative. */
  async function assertLedger(cardId: string, initial: number) {
    const entries = await ledgerOf(a.services.db, cardId);
    const balance = await balanceOf(a.services.db, cardId);
    assert.ok(balance >= 0);
    assert.equal(
      entries.reduce((sum, e) => sum + e.amountCents, 0),
      balance,
    );
    assert.equal(entries[0]!.amountCents, initial);
    return entries;
  }

  it('should let parallel full-cover bookings on one card spend it at most once', async (t) => {
    if (!pair) return t.skip('PostgreSQL only');
    const card = await issueCard(a.services, cat.organizationId, 10_000);
    const holds = [];
    // One session each: the session row lock would otherwise queue them, hiding what the card's lock does.
    for (let i = 0; i < 8; i++) {
      const session = await createSession(a.services.db, cat);
      const held = await holdWithCard(a.services, session, 1, card.code, `p${i}@example.com`);
      assert.equal(held.type, 'Reservation');
      holds.push(held.type === 'Reservation' ? held.reservation : undefined);
    }
    // Each hold was promised 3000 of a 10 000 card: only three can be paid by it.
    const answers = await Promise.all(
      holds.map((r, i) =>
        gql(i % 2 ? b.url : a.url, BOOK_WITH_GIFT_CARD, { input: { reservationId: r!.id, customer: CUSTOMER } }),
      ),
    );
    const booked = answers.filter((res) => res.data?.bookWithGiftCard?.status === 'CONFIRMED');
    const refused = answers.filter((res) => errorCode(res) === 'GIFT_CARD_INVALID');
    assert.equal(booked.length, 3, JSON.stringify(answers.map((x) => x.errors?.[0]?.message ?? 'ok')));
    assert.equal(refused.length, 5);
    assert.equal(await balanceOf(a.services.db, card.id), 1000);
    const entries = await assertLedger(card.id, 10_000);
    assert.equal(entries.filter((e) => e.kind === 'redeemed').length, 3);
  });

  it('should book exactly one of parallel paid Checkouts sharing a card and refund the others', async (t) => {
    if (!pair) return t.skip('PostgreSQL only');
    const card = await issueCard(a.services, cat.organizationId, 5000);
    const paid = [];
    for (let i = 0; i < 4; i++) {
      const session = await createSession(a.services.db, cat);
      const held = await holdWithCard(a.services, session, 2, card.code, `q${i}@example.com`);
      assert.ok(held.type === 'Reservation' && held.reservation.giftCardCents === 5000);
      const res = await gql(a.url, CREATE_CHECKOUT, { input: checkoutInput(held.reservation.id) });
      const id = res.data!.createCheckout.checkoutSessionId as string;
      paid.push({ reservationId: held.reservation.id, session: stripe.pay(id) });
    }
    const effects = await Promise.all(
      paid.map(async (p, i) => {
        const res = await deliver(
          i % 2 ? b.url : a.url,
          signedEvent('checkout.session.completed', p.session, WEBHOOK_SECRET),
        );
        return ((await res.json()) as { effect: string }).effect;
      }),
    );
    assert.deepEqual(effects.toSorted(), ['booked', 'refunded', 'refunded', 'refunded']);
    assert.equal(await balanceOf(a.services.db, card.id), 0);
    const bookingsMade = (await Promise.all(paid.map((p) => bookingsOf(a.services.db, p.reservationId)))).flat();
    assert.equal(bookingsMade.length, 1);
    const entries = await assertLedger(card.id, 5000);
    assert.deepEqual(
      entries.filter((e) => e.kind === 'redeemed').map((e) => e.bookingId),
      [bookingsMade[0]!.id],
    );
  });
});

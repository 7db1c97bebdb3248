import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { activityPrices, promoCodes } from '../../src/db/schema/index.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import { gql } from '../support/graphql.ts';
import { balanceOf, BOOK_WITH_GIFT_CARD, issueCard } from '../gift-cards/fixtures.ts';
import {
  bookingsOf,
  checkoutInput,
  CONFIRM_CHECKOUT,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  reservation,
  startPaymentsApp,
  type Catalog,
  type PaymentsHarness,
} from './fixtures.ts';

/**
 * Every amount is the server's (issue 22): for each combination of ticket tiers × group price × promo
 * code × gift card, the Stripe Checkout charges exactly the booking's total (lines − discount − gift
 * card), the Checkout page shows the discount as a coupon, and the booking records the same figures.
 * Expected amounts are written out here by hand, not computed with the code under test.
 */

type Ticket = { tier: 'adult' | 'child' | 'custom'; quantity: number; priceId?: string };

interface Tiers {
  readonly name: string;
  readonly tickets: (groupPriceId: string, studentPriceId: string) => Ticket[];
  /** Σ lines: adult 3000, child 1500, student 2000 per person; the group price 15000 once. */
  readonly subtotal: number;
  /** Stripe line quantities in line order. */
  readonly quantities: number[];
}

const TIERS: Tiers[] = [
  { name: '2 adults', tickets: () => [{ tier: 'adult', quantity: 2 }], subtotal: 6000, quantities: [2] },
  {
    name: '2 adults + 1 child + 1 student',
    tickets: (_g, student) => [
      { tier: 'adult', quantity: 2 },
      { tier: 'child', quantity: 1 },
      { tier: 'custom', priceId: student, quantity: 1 },
    ],
    subtotal: 2 * 3000 + 1500 + 2000,
    quantities: [2, 1, 1],
  },
  {
    name: 'group price for 6',
    tickets: (group) => [{ tier: 'custom', priceId: group, quantity: 6 }],
    subtotal: 15000,
    quantities: [1],
  },
  {
    name: 'group price for 4 + 1 child',
    tickets: (group) => [
      { tier: 'custom', priceId: group, quantity: 4 },
      { tier: 'child', quantity: 1 },
    ],
    subtotal: 15000 + 1500,
    quantities: [1, 1],
  },
];

interface Promo {
  readonly name: string;
  readonly percentOff?: number;
  readonly amountOffCents?: number;
  /** The discount on each TIERS subtotal, by hand (percent rounds half up). */
  readonly discount: (subtotal: number) => number;
}

const PROMOS: Promo[] = [
  { name: 'no promo', discount: () => 0 },
  {
    name: '13% off',
    percentOff: 13,
    discount: (s) => ({ 6000: 780, 9500: 1235, 15000: 1950, 16500: 2145 })[s]!,
  },
  { name: '$25 off', amountOffCents: 2500, discount: () => 2500 },
  { name: '$200 off (more than the lines)', amountOffCents: 20000, discount: (s) => s },
];

/** The gift-card dimension: a card's balance (0 = no gift card); 100 000 pays any of these totals in full. */
const GIFT_CARDS: number[] = [0, 1000, 5000, 100_000];

/**
 * What a card of `balance` pays of `total`, by the rule written out: all of it when it holds enough, else
 * its balance while that leaves Stripe at least 50 cents to charge, else 50 cents less than the total.
 */
const giftCardPart = (total: number, balance: number): number =>
  balance >= total ? total : total - balance >= 50 ? balance : total - 50;

describe('Checkout amounts: tiers × group price × promo code × gift card', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let groupPriceId: string;
  const codes = new Map<string, string>();

  before(async () => {
    h = await startPaymentsApp();
    const { db } = h.app.services;
    cat = await createCatalog(db);
    const [group] = await db
      .insert(activityPrices)
      .values({
        activityId: cat.activityId,
        tier: 'custom',
        name: 'Private room (up to 6)',
        amountCents: 15000,
        per: 'group',
        currency: 'USD',
        lookupKey: `activity_${cat.activityId}_custom_room_group`,
      })
      .returning();
    groupPriceId = group!.id;
    await syncActivityCatalog(h.app.services, cat.activityId);
    for (const promo of PROMOS.filter((p) => p.percentOff || p.amountOffCents)) {
      const code = `AMT${randomUUID().slice(0, 8)}`;
      await db.insert(promoCodes).values({
        organizationId: cat.organizationId,
        code,
        percentOff: promo.percentOff ?? null,
        amountOffCents: promo.amountOffCents ?? null,
      });
      codes.set(promo.name, code);
    }
  });
  after(() => h.stop());

  for (const tiers of TIERS) {
    for (const promo of PROMOS) {
      for (const giftCard of GIFT_CARDS) {
        it(`${tiers.name} × ${promo.name} × gift card ${giftCard}`, async () => {
          const { services } = h.app;
          const sessionId = await createSession(services.db, cat);
          const code = codes.get(promo.name);
          const card = giftCard > 0 ? await issueCard(services, cat.organizationId, giftCard) : null;
          const outcome = await reserveSlot(
            services,
            {
              sessionId,
              tickets: tiers.tickets(groupPriceId, cat.prices.custom),
              email: 'amounts@example.com',
              idempotencyKey: randomUUID(),
              promoCode: code ? code.toLowerCase() : null,
              giftCardCode: card?.code ?? null,
            },
            { ip: null },
          );
          assert.equal(outcome.type, 'Reservation', JSON.stringify(outcome));
          if (outcome.type !== 'Reservation') return;
          const discount = promo.discount(tiers.subtotal);
          const total = tiers.subtotal - discount;
          assert.equal(outcome.reservation.discountCents, discount, 'the hold carries the discount');
          assert.equal(outcome.reservation.totalCents, total, 'the hold costs the lines minus the discount');
          const paidByCard = card ? giftCardPart(total, giftCard) : 0;
          assert.equal(outcome.reservation.giftCardCents ?? 0, paidByCard, 'the card pays its part of the total');
          const due = total - paidByCard;

          if (paidByCard > 0 && due === 0) {
            // Paid in full by the card: no Checkout at all; the booking takes the balance down once.
            const refused = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(outcome.reservation.id) });
            assert.equal(refused.errors?.[0]?.extensions?.reason, 'NOTHING_TO_PAY');
            const customer = { name: 'Amounts', email: 'amounts@example.com' };
            const booked = await gql(h.app.url, BOOK_WITH_GIFT_CARD, {
              input: { reservationId: outcome.reservation.id, customer },
            });
            assert.equal(booked.errors, undefined, JSON.stringify(booked.errors));
            const [booking] = await bookingsOf(services.db, outcome.reservation.id);
            assert.deepEqual(
              [booking!.totalCents, booking!.discountCents, booking!.giftCardCents, booking!.payment],
              [total, discount, paidByCard, 'gift_card'],
            );
            assert.equal(await balanceOf(services.db, card!.id), giftCard - paidByCard);
            return;
          }

          const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(outcome.reservation.id) });
          assert.equal(res.errors, undefined, JSON.stringify(res.errors));
          const checkoutId = res.data!.createCheckout.checkoutSessionId as string;
          const stripeSession = h.stripe.sessions.get(checkoutId)!;
          assert.equal(stripeSession.amount_total, due, 'Stripe charges the total minus the gift card');
          assert.equal(stripeSession.amount_subtotal, tiers.subtotal, 'Stripe lists every line at its price');
          assert.equal(
            stripeSession.total_details.amount_discount,
            discount + paidByCard,
            'the Checkout page shows the discount and the gift card',
          );
          assert.deepEqual(
            stripeSession.line_items_requested.map((l: { quantity: string }) => Number(l.quantity)),
            tiers.quantities,
            'a group price is one line of quantity 1',
          );
          if (discount + paidByCard > 0) {
            const coupon = h.stripe.coupons.get(stripeSession.discounts[0].coupon)!;
            assert.equal(coupon.amount_off, discount + paidByCard);
            const names = [...(discount > 0 ? [`Promo code ${code}`] : []), ...(paidByCard > 0 ? ['Gift card'] : [])];
            assert.equal(coupon.name, names.join(' + ').slice(0, 40), 'named after what it takes off');
          } else assert.deepEqual(stripeSession.discounts, []);

          h.stripe.pay(checkoutId);
          const confirmed = await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutId });
          assert.equal(confirmed.errors, undefined, JSON.stringify(confirmed.errors));
          assert.equal(confirmed.data!.confirmCheckout.status, 'CONFIRMED');
          const [booking] = await bookingsOf(services.db, outcome.reservation.id);
          assert.equal(booking!.totalCents, total);
          assert.equal(booking!.discountCents, discount);
          assert.equal(booking!.giftCardCents, paidByCard);
          if (card) assert.equal(await balanceOf(services.db, card.id), giftCard - paidByCard, 'taken off once');
          assert.equal(
            booking!.lineItems.reduce((sum, l) => sum + l.totalCents, 0),
            tiers.subtotal,
            'the booking lines add up to the subtotal',
          );
          assert.equal((await reservation(services.db, outcome.reservation.id)).status, 'confirmed');
        });
      }
    }
  }
});

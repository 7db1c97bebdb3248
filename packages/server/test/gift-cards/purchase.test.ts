import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { giftCards, outbox } from '../../src/db/schema/index.ts';
import { settlePaidCheckout } from '../../src/domain/bookings/reconcile.ts';
import { toCheckoutSessionView } from '../../src/payments/gateway.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { deliver, signedEvent } from '../support/stripe-stand-in.ts';
import {
  createCatalog,
  startPaymentsApp,
  WEBHOOK_SECRET,
  type Catalog,
  type PaymentsHarness,
} from '../payments/fixtures.ts';
import { BALANCE, codeInText, emailsTo } from './fixtures.ts';

const BUY = `mutation($input: BuyGiftCardInput!) { buyGiftCard(input: $input) { url checkoutSessionId } }`;
const CONFIRM = `mutation($id: String!) { confirmGiftCardPurchase(checkoutSessionId: $id) {
  amountCents currency recipientEmail last4 } }`;

describe('buying a gift card (widget mode="gift-card")', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let n = 0;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
  });
  after(() => h.stop());

  async function buy(amountCents: number) {
    n += 1;
    const recipientEmail = `friend${n}@example.com`;
    const res = await gql(h.app.url, BUY, {
      input: {
        venueId: cat.venueId,
        amountCents,
        recipientEmail,
        buyerEmail: `buyer${n}@example.com`,
        successUrl: 'https://venue.example/gifts?done={CHECKOUT_SESSION_ID}',
        cancelUrl: 'https://venue.example/gifts',
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return { ...(res.data!.buyGiftCard as { url: string; checkoutSessionId: string }), recipientEmail, n };
  }
  const cardsOf = (checkoutSessionId: string) =>
    h.app.services.db.select().from(giftCards).where(eq(giftCards.stripeCheckoutSessionId, checkoutSessionId));

  it('should issue one card per paid Checkout; the code goes to the recipient, a receipt to the buyer', async () => {
    const { checkoutSessionId, recipientEmail, n: i } = await buy(7500);
    const stripeSession = h.stripe.sessions.get(checkoutSessionId)!;
    assert.equal(stripeSession.amount_total, 7500);
    assert.equal(stripeSession.metadata.kind, 'gift_card');
    assert.deepEqual(await cardsOf(checkoutSessionId), [], 'nothing exists before the payment');

    const event = signedEvent('checkout.session.completed', h.stripe.pay(checkoutSessionId), WEBHOOK_SECRET);
    assert.equal(((await (await deliver(h.app.url, event)).json()) as { effect: string }).effect, 'gift-card-issued');
    const again = h.stripe.sessions.get(checkoutSessionId)!;
    const replay = signedEvent('checkout.session.completed', again, WEBHOOK_SECRET);
    await deliver(h.app.url, replay); // another event id for the same payment: still one card
    const cards = await cardsOf(checkoutSessionId);
    assert.equal(cards.length, 1);
    assert.deepEqual(
      [cards[0]!.source, cards[0]!.initialCents, cards[0]!.balanceCents, cards[0]!.currency, cards[0]!.buyerEmail],
      ['purchase', 7500, 7500, 'USD', `buyer${i}@example.com`],
    );

    const gifts = await emailsTo(h.app.services.db, recipientEmail);
    assert.equal(gifts.length, 1);
    const code = codeInText(gifts[0]!.text)!;
    assert.ok(gifts[0]!.html?.includes(code), 'printable HTML part');
    assert.ok(gifts[0]!.text.includes('https://venue.example/gifts'), 'the recipient is sent to the booking page');
    const balance = await gql(h.app.url, BALANCE, { code });
    assert.deepEqual(balance.data!.giftCardBalance, { balanceCents: 7500, currency: 'USD', last4: code.slice(-4) });
    const receipts = await emailsTo(h.app.services.db, `buyer${i}@example.com`);
    assert.equal(receipts.length, 1);
    assert.equal(codeInText(receipts[0]!.text), undefined, 'the buyer never sees the code');

    const confirmed = await gql(h.app.url, CONFIRM, { id: checkoutSessionId });
    assert.deepEqual(confirmed.data!.confirmGiftCardPurchase, {
      amountCents: 7500,
      currency: 'USD',
      recipientEmail,
      last4: code.slice(-4),
    });
  });

  it('should converge the success page, the webhook and the reconciler on one card, never refunding it', async () => {
    const { checkoutSessionId, recipientEmail } = await buy(2000);
    assert.equal(errorCode(await gql(h.app.url, CONFIRM, { id: checkoutSessionId })), 'BAD_USER_INPUT', 'unpaid');
    const paid = h.stripe.pay(checkoutSessionId);
    const confirmed = await gql(h.app.url, CONFIRM, { id: checkoutSessionId });
    assert.equal(confirmed.errors, undefined, JSON.stringify(confirmed.errors));
    const late = await deliver(h.app.url, signedEvent('checkout.session.completed', paid, WEBHOOK_SECRET));
    assert.equal(((await late.json()) as { effect: string }).effect, 'gift-card-already-issued');
    const view = toCheckoutSessionView(paid as never);
    assert.equal(await settlePaidCheckout(h.app.services, view, 'reconciler'), 'already-settled');
    assert.equal((await cardsOf(checkoutSessionId)).length, 1);
    assert.equal((await emailsTo(h.app.services.db, recipientEmail)).length, 1);
    const refunds = await h.app.services.db.select().from(outbox).where(eq(outbox.kind, 'stripe_refund'));
    assert.ok(!refunds.some((r) => JSON.stringify(r.payload).includes(checkoutSessionId)));
  });

  it('should refuse amounts out of range, bad emails and unknown venues', async () => {
    const input = {
      venueId: cat.venueId,
      amountCents: 5000,
      recipientEmail: 'a@example.com',
      buyerEmail: 'b@example.com',
      successUrl: 'https://venue.example/ok',
      cancelUrl: 'https://venue.example/no',
    };
    for (const bad of [
      { amountCents: 50 },
      { amountCents: 2_000_000 },
      { recipientEmail: 'x' },
      { buyerEmail: 'y' },
      { successUrl: 'javascript:alert(1)' },
    ])
      assert.equal(errorCode(await gql(h.app.url, BUY, { input: { ...input, ...bad } })), 'BAD_USER_INPUT');
    const unknown = { ...input, venueId: '00000000-0000-4000-8000-000000000000' };
    assert.equal(errorCode(await gql(h.app.url, BUY, { input: unknown })), 'NOT_FOUND');
  });
});

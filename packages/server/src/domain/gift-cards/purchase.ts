import { randomUUID } from 'node:crypto';
import { isEmailAddress } from '@slotkit/core/contact';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { giftCards, venues, type GiftCard } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { parseReturnUrl, withSessionPlaceholder } from '../../payments/checkout-urls.ts';
import type { CheckoutCreateParams, CheckoutSessionView } from '../../payments/gateway.ts';
import type { DomainServices } from '../services.ts';
import { issueGiftCardInTx, parseGiftCardAmount } from './cards.ts';
import { giftCardEmail, giftCardReceiptEmail } from './gift-email.ts';

/** `metadata.kind` of a Checkout that buys a gift card (a booking's Checkout has none). */
export const GIFT_CARD_CHECKOUT_KIND = 'gift_card';

export const isGiftCardCheckout = (session: Pick<CheckoutSessionView, 'metadata'>): boolean =>
  session.metadata.kind === GIFT_CARD_CHECKOUT_KIND;

export interface BuyGiftCardInput {
  readonly venueId: string;
  readonly amountCents: number;
  readonly recipientEmail: string;
  readonly buyerEmail: string;
  readonly successUrl: string;
  readonly cancelUrl: string;
}

/**
 * Starts Stripe Checkout for a gift card of a venue (`<booking-widget mode="gift-card">`). Nothing is
 * stored yet: the amount, recipient and buyer travel in the Checkout's metadata, and the card is issued
 * when the payment completes (completeGiftCardPurchase), exactly once per Checkout.
 */
export async function buyGiftCard(
  services: Pick<DomainServices, 'db' | 'logger' | 'payments'>,
  input: BuyGiftCardInput,
): Promise<{ readonly url: string; readonly checkoutSessionId: string }> {
  if (!isUuid(input.venueId)) throw notFound('Venue');
  const [venue] = await services.db.select().from(venues).where(eq(venues.id, input.venueId));
  if (!venue) throw notFound('Venue');
  const { amountCents, currency, recipientEmail } = parseGiftCardAmount({
    amountCents: input.amountCents,
    currency: venue.currency,
    recipientEmail: input.recipientEmail,
  });
  const buyerEmail = input.buyerEmail.trim();
  if (!isEmailAddress(buyerEmail)) throw badInput('buyerEmail must be a valid email address', { field: 'buyerEmail' });
  const successUrl = withSessionPlaceholder(parseReturnUrl(input.successUrl, 'successUrl'));
  const cancelUrl = parseReturnUrl(input.cancelUrl, 'cancelUrl');
  const metadata = {
    kind: GIFT_CARD_CHECKOUT_KIND,
    organization_id: venue.organizationId,
    venue_id: venue.id,
    amount_cents: String(amountCents),
    currency,
    recipient_email: recipientEmail,
    buyer_email: buyerEmail,
    // Where the widget lives: the gift email sends the recipient there to book.
    book_url: cancelUrl.slice(0, 400),
  };
  const params: CheckoutCreateParams = {
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: currency.toLowerCase(),
          unit_amount: amountCents,
          product_data: { name: `Gift card – ${venue.name}` },
        },
      },
    ],
    customer_email: buyerEmail,
    success_url: successUrl,
    cancel_url: cancelUrl,
    metadata,
    payment_intent_data: { metadata: { kind: GIFT_CARD_CHECKOUT_KIND, organization_id: venue.organizationId } },
  };
  // A purchase is not retried by key: each press of Buy is its own Checkout (an unpaid one just expires).
  const session = await services.payments.gateway
    .createCheckoutSession(params, `gift-card-${randomUUID()}`)
    .catch((err: unknown) => {
      services.logger.error({ err, venueId: venue.id }, 'Stripe refused to create a gift card checkout');
      throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', { cause: err });
    });
  if (!session.url) throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again');
  return { url: session.url, checkoutSessionId: session.id };
}

export type GiftCardPurchaseResult =
  | { readonly kind: 'issued'; readonly card: GiftCard; readonly created: boolean; readonly outboxIds: string[] }
  | { readonly kind: 'ignored'; readonly reason: string };

/**
 * A paid gift card Checkout becomes one card, inside the caller's transaction: the webhook, the success
 * page and the reconciler all come here, and UNIQUE (stripe_checkout_session_id) makes them converge on
 * one card (a concurrent second insert waits for the first and then finds it). The code exists only in
 * the recipient's email, queued in the same transaction; the buyer gets a receipt without it.
 */
export async function completeGiftCardPurchase(
  tx: Tx,
  session: CheckoutSessionView,
  publicUrl: string,
): Promise<GiftCardPurchaseResult> {
  if (!isGiftCardCheckout(session)) return { kind: 'ignored', reason: 'not a gift card checkout' };
  const [existing] = await tx.select().from(giftCards).where(eq(giftCards.stripeCheckoutSessionId, session.id));
  if (existing) return { kind: 'issued', card: existing, created: false, outboxIds: [] };
  const m = session.metadata;
  const amountCents = Number(m.amount_cents);
  if (session.amountTotal !== amountCents || session.currency?.toUpperCase() !== m.currency?.toUpperCase())
    return { kind: 'ignored', reason: 'the paid amount differs from the gift card amount' };
  const [venue] =
    m.venue_id && isUuid(m.venue_id) ? await tx.select().from(venues).where(eq(venues.id, m.venue_id)) : [];
  if (!venue || venue.organizationId !== m.organization_id) return { kind: 'ignored', reason: 'venue not found' };
  // Savepoint: a concurrent completion of the same Checkout that wins the unique key leaves ours harmless.
  const issued = await tx
    .transaction((sp) =>
      issueGiftCardInTx(sp, venue.organizationId, {
        amountCents,
        currency: m.currency ?? venue.currency,
        recipientEmail: m.recipient_email ?? '',
        buyerEmail: m.buyer_email ?? session.customerEmail,
        source: 'purchase',
        stripeCheckoutSessionId: session.id,
      }),
    )
    .catch(async (err: unknown) => {
      const [winner] = await tx.select().from(giftCards).where(eq(giftCards.stripeCheckoutSessionId, session.id));
      if (winner) return { card: winner, code: null };
      throw err;
    });
  if (!issued.code) return { kind: 'issued', card: issued.card, created: false, outboxIds: [] };
  const { card } = issued;
  const bookUrl = m.book_url || publicUrl;
  const outboxIds = [
    await enqueue(tx, card.organizationId, {
      kind: 'email',
      payload: giftCardEmail({
        to: card.recipientEmail,
        code: issued.code,
        amountCents: card.initialCents,
        currency: card.currency,
        venueName: venue.name,
        from: card.buyerEmail,
        bookUrl,
      }),
    }),
  ];
  if (card.buyerEmail) {
    outboxIds.push(
      await enqueue(tx, card.organizationId, {
        kind: 'email',
        payload: giftCardReceiptEmail({
          to: card.buyerEmail,
          recipientEmail: card.recipientEmail,
          amountCents: card.initialCents,
          currency: card.currency,
          venueName: venue.name,
          last4: card.codeLast4,
        }),
      }),
    );
  }
  return { kind: 'issued', card, created: true, outboxIds };
}

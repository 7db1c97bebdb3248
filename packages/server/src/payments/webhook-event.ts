import Stripe from 'stripe';
import { toCheckoutSessionView, type CheckoutSessionView } from './gateway.ts';

/** A webhook delivery after its signature check: the event, or why it was refused (nothing is written then). */
export type VerifiedWebhook =
  { readonly ok: true; readonly event: Stripe.Event } | { readonly ok: false; readonly reason: string };

/** Checks `Stripe-Signature` over the exact raw bytes (no JSON parser may run first). */
export function verifyWebhook(
  secret: string,
  rawBody: Buffer | string,
  signature: string | undefined,
): VerifiedWebhook {
  if (!signature) return { ok: false, reason: 'missing Stripe-Signature header' };
  try {
    return { ok: true, event: Stripe.webhooks.constructEvent(rawBody, signature, secret) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** What a Stripe event means for a hold or a booking; every other event type is `ignored`. */
export type PaymentEvent =
  /** checkout.session.completed / async_payment_succeeded: paid, or (delayed methods) not yet. */
  | { readonly type: 'checkout-completed'; readonly session: CheckoutSessionView }
  | { readonly type: 'checkout-payment-failed'; readonly session: CheckoutSessionView }
  | { readonly type: 'checkout-expired'; readonly session: CheckoutSessionView }
  /** A refund made in Stripe (the dashboard, or ours echoing back); only a full one ends a booking. */
  | { readonly type: 'charge-refunded'; readonly paymentIntentId: string | null; readonly full: boolean }
  | { readonly type: 'ignored' };

export function readPaymentEvent(event: Stripe.Event): PaymentEvent {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return { type: 'checkout-completed', session: toCheckoutSessionView(event.data.object) };
    case 'checkout.session.async_payment_failed':
      return { type: 'checkout-payment-failed', session: toCheckoutSessionView(event.data.object) };
    case 'checkout.session.expired':
      return { type: 'checkout-expired', session: toCheckoutSessionView(event.data.object) };
    case 'charge.refunded': {
      const charge = event.data.object;
      const pi = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
      return { type: 'charge-refunded', paymentIntentId: pi ?? null, full: charge.refunded };
    }
    default:
      return { type: 'ignored' };
  }
}

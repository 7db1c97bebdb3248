import type Stripe from 'stripe';
import { toCheckoutSessionView, type PaymentGateway } from './gateway.ts';

/** The real Stripe API through the official SDK. */
export function createStripeGateway(stripe: Stripe): PaymentGateway {
  return {
    kind: 'stripe',
    async createCheckoutSession(params, idempotencyKey) {
      return toCheckoutSessionView(await stripe.checkout.sessions.create(params, { idempotencyKey }));
    },
    async retrieveCheckoutSession(id) {
      try {
        return toCheckoutSessionView(await stripe.checkout.sessions.retrieve(id));
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode === 404) return null;
        throw err;
      }
    },
    async expireCheckoutSession(id) {
      await stripe.checkout.sessions.expire(id);
    },
    async refundPaymentIntent(paymentIntentId, idempotencyKey) {
      const refund = await stripe.refunds.create(
        { payment_intent: paymentIntentId, reason: 'requested_by_customer' },
        { idempotencyKey },
      );
      return { id: refund.id };
    },
  };
}

import type Stripe from 'stripe';
import { isPaid, toCheckoutSessionView, type CheckoutSessionView, type PaymentGateway } from './gateway.ts';

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
    async *listPaidCheckoutSessions(createdSince: Date): AsyncIterable<CheckoutSessionView> {
      const gte = Math.floor(createdSince.getTime() / 1000);
      // The SDK's list is an async iterator over every page (starting_after), 100 sessions per request.
      for await (const session of stripe.checkout.sessions.list({ status: 'complete', created: { gte }, limit: 100 })) {
        const view = toCheckoutSessionView(session);
        if (isPaid(view)) yield view;
      }
    },
    async createCoupon(params, idempotencyKey) {
      const coupon = await stripe.coupons.create(
        {
          amount_off: params.amountOffCents,
          currency: params.currency.toLowerCase(),
          duration: 'once',
          max_redemptions: 1,
          name: params.name.slice(0, 40),
        },
        { idempotencyKey },
      );
      return { id: coupon.id };
    },
    async refundPaymentIntent(paymentIntentId, idempotencyKey, amountCents) {
      const refund = await stripe.refunds.create(
        {
          payment_intent: paymentIntentId,
          reason: 'requested_by_customer',
          ...(amountCents === undefined ? {} : { amount: amountCents }),
        },
        { idempotencyKey },
      );
      return { id: refund.id };
    },
  };
}

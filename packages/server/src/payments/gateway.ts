import type Stripe from 'stripe';

/** The parts of a Checkout Session the booking code reads, from Stripe or from the keyless store. */
export interface CheckoutSessionView {
  readonly id: string;
  readonly url: string | null;
  readonly status: 'open' | 'complete' | 'expired' | null;
  readonly paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  readonly paymentIntentId: string | null;
  readonly metadata: Readonly<Record<string, string>>;
  readonly customerEmail: string | null;
  readonly amountTotal: number | null;
  readonly currency: string | null;
}

export type CheckoutCreateParams = Stripe.Checkout.SessionCreateParams;

export interface CouponParams {
  readonly amountOffCents: number;
  readonly currency: string;
  /** Shown on the Checkout page, e.g. the promo code. */
  readonly name: string;
}

/**
 * The Stripe calls checkout, completion and cancellation make. Two
 * implementations: the real SDK (stripe-gateway.ts) and the keyless
 * development store (dev-gateway.ts). Every mutating call carries an
 * idempotency key, so a retry never charges, refunds or creates twice.
 */
export interface PaymentGateway {
  readonly kind: 'stripe' | 'keyless';
  createCheckoutSession(params: CheckoutCreateParams, idempotencyKey: string): Promise<CheckoutSessionView>;
  /** null when the id names no session. */
  retrieveCheckoutSession(id: string): Promise<CheckoutSessionView | null>;
  /** Throws when the session cannot be expired (already complete, unknown). */
  expireCheckoutSession(id: string): Promise<void>;
  /**
   * Paid Checkout sessions created at or after `createdSince`, newest first,
   * every page (Stripe: `checkout.sessions.list` with `status: complete` and a
   * `created` window; keyless: the local store). The reconciler reads them.
   */
  listPaidCheckoutSessions(createdSince: Date): AsyncIterable<CheckoutSessionView>;
  /**
   * A one-off coupon of exactly `amountOffCents` for one Checkout (its `discounts`), so the hosted page
   * shows the promo code and charges the server's amount to the cent (never Stripe's own percent rounding).
   */
  createCoupon(params: CouponParams, idempotencyKey: string): Promise<{ id: string }>;
  /** `amountCents` absent: the whole payment. */
  refundPaymentIntent(paymentIntentId: string, idempotencyKey: string, amountCents?: number): Promise<{ id: string }>;
}

/** Stripe's shape → ours. Also used for the `data.object` of webhook events. */
export function toCheckoutSessionView(s: Stripe.Checkout.Session): CheckoutSessionView {
  const pi = s.payment_intent;
  return {
    id: s.id,
    url: s.url ?? null,
    status: (s.status as CheckoutSessionView['status']) ?? null,
    paymentStatus: s.payment_status as CheckoutSessionView['paymentStatus'],
    paymentIntentId: typeof pi === 'string' ? pi : (pi?.id ?? null),
    metadata: Object.fromEntries(
      Object.entries(s.metadata ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    customerEmail: s.customer_details?.email ?? s.customer_email ?? null,
    amountTotal: s.amount_total ?? null,
    currency: s.currency ?? null,
  };
}

export const isPaid = (s: CheckoutSessionView): boolean =>
  s.paymentStatus === 'paid' || s.paymentStatus === 'no_payment_required';

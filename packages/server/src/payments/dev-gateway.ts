import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { devCheckoutSessions, type DevCheckoutSession } from '../db/schema/index.ts';
import type { CheckoutCreateParams, CheckoutSessionView, PaymentGateway } from './gateway.ts';

/** Keyless coupons: `coupon_test_off_<cents>_<currency>`. */
const DEV_COUPON_PREFIX = 'coupon_test_off_';

const devId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

export interface DevGatewayOptions {
  db: Database;
  /** Origin of this server, for the test-checkout page URL (known only once it listens). */
  baseUrl(): string;
  /** The secret the webhook handler checks; the test page's events are signed with it. */
  webhookSecret: string;
}

/** The keyless store, plus what the local test-checkout page does in Stripe's place. */
export interface DevGateway extends PaymentGateway {
  /** The stored session (status, parameters, totals) the test page shows; null for an unknown id. */
  find(id: string): Promise<DevCheckoutSession | null>;
  /** The test page's Pay button: open → complete/paid with a payment intent id; null when not open. */
  markPaid(id: string): Promise<CheckoutSessionView | null>;
  /** The `checkout.session.completed` event Stripe would send for it, signed like Stripe signs. */
  signedCompletion(session: CheckoutSessionView, params: CheckoutCreateParams): { payload: string; signature: string };
}

/**
 * Keyless development: Checkout Sessions live in `dev_checkout_sessions` and
 * are "paid" on the local test-checkout page (test-checkout-page.ts). Keyed
 * like Stripe: the same idempotency key returns the same session.
 */
export function createDevGateway(options: DevGatewayOptions): DevGateway {
  const { db } = options;
  const view = (row: DevCheckoutSession) => toView(row, `${options.baseUrl()}/checkout/test/${row.id}`);
  return {
    kind: 'keyless',
    async createCheckoutSession(params, idempotencyKey) {
      const inserted = await db
        .insert(devCheckoutSessions)
        .values({ id: devId('cs'), idempotencyKey, params: params as Record<string, unknown>, ...totals(params) })
        .onConflictDoNothing({ target: devCheckoutSessions.idempotencyKey })
        .returning();
      const row =
        inserted[0] ??
        (await db.select().from(devCheckoutSessions).where(eq(devCheckoutSessions.idempotencyKey, idempotencyKey)))[0];
      return view(row!);
    },
    async retrieveCheckoutSession(id) {
      const [row] = await db.select().from(devCheckoutSessions).where(eq(devCheckoutSessions.id, id));
      return row ? view(row) : null;
    },
    async expireCheckoutSession(id) {
      const [row] = await db
        .update(devCheckoutSessions)
        .set({ status: 'expired' })
        .where(and(eq(devCheckoutSessions.id, id), eq(devCheckoutSessions.status, 'open')))
        .returning();
      if (!row) throw new Error(`Checkout session ${id} is not open`);
    },
    async *listPaidCheckoutSessions(createdSince) {
      const rows = await db
        .select()
        .from(devCheckoutSessions)
        .where(
          and(
            eq(devCheckoutSessions.status, 'complete'),
            eq(devCheckoutSessions.paymentStatus, 'paid'),
            gte(devCheckoutSessions.createdAt, createdSince),
          ),
        )
        .orderBy(desc(devCheckoutSessions.createdAt));
      for (const row of rows) yield view(row);
    },
    async createCoupon(params) {
      // Nothing to store: the id carries the amount, and totals() reads it back.
      return { id: `${DEV_COUPON_PREFIX}${params.amountOffCents}_${params.currency.toLowerCase()}` };
    },
    async refundPaymentIntent(paymentIntentId) {
      await db
        .update(devCheckoutSessions)
        .set({ refundedAt: new Date() })
        .where(eq(devCheckoutSessions.paymentIntentId, paymentIntentId));
      return { id: `re_test_${paymentIntentId}` };
    },
    async find(id) {
      const [row] = await db.select().from(devCheckoutSessions).where(eq(devCheckoutSessions.id, id));
      return row ?? null;
    },
    async markPaid(id) {
      const [row] = await db
        .update(devCheckoutSessions)
        .set({ status: 'complete', paymentStatus: 'paid', paymentIntentId: devId('pi') })
        .where(and(eq(devCheckoutSessions.id, id), eq(devCheckoutSessions.status, 'open')))
        .returning();
      return row ? view(row) : null;
    },
    signedCompletion(session, params) {
      const payload = JSON.stringify(completedEvent(session, params));
      return {
        payload,
        signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret }),
      };
    },
  };
}

function totals(params: CheckoutCreateParams): { amountTotal: number; currency: string } {
  let amountTotal = 0;
  for (const item of params.line_items ?? []) amountTotal += (item.price_data?.unit_amount ?? 0) * (item.quantity ?? 1);
  const currency = params.line_items?.find((i) => i.price_data)?.price_data?.currency ?? 'usd';
  for (const discount of params.discounts ?? []) {
    const off = discount.coupon?.startsWith(DEV_COUPON_PREFIX)
      ? Number(discount.coupon.slice(DEV_COUPON_PREFIX.length).split('_')[0])
      : 0;
    amountTotal -= Math.min(amountTotal, off);
  }
  return { amountTotal, currency };
}

function toView(row: DevCheckoutSession, url: string): CheckoutSessionView {
  const params = row.params as CheckoutCreateParams;
  return {
    id: row.id,
    url: row.status === 'open' ? url : null,
    status: row.status,
    paymentStatus: row.paymentStatus,
    paymentIntentId: row.paymentIntentId,
    metadata: (params.metadata ?? {}) as Record<string, string>,
    customerEmail: params.customer_email ?? null,
    amountTotal: row.amountTotal,
    currency: row.currency,
  };
}

function completedEvent(session: CheckoutSessionView, params: CheckoutCreateParams) {
  return {
    id: devId('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    type: 'checkout.session.completed',
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: devSessionObject(session, params) },
  };
}

/** The Stripe-shaped session object a signed test event carries (what Stripe would send). */
function devSessionObject(session: CheckoutSessionView, params: CheckoutCreateParams): Record<string, unknown> {
  return {
    id: session.id,
    object: 'checkout.session',
    mode: 'payment',
    status: session.status,
    payment_status: session.paymentStatus,
    payment_intent: session.paymentIntentId,
    metadata: session.metadata,
    customer_email: session.customerEmail,
    customer_details: { email: session.customerEmail },
    amount_total: session.amountTotal,
    currency: session.currency,
    success_url: params.success_url,
    cancel_url: params.cancel_url,
    client_reference_id: params.client_reference_id ?? null,
    url: null,
  };
}

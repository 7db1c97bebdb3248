import Stripe from 'stripe';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, slotReservations, stripeEvents } from '../../db/schema/index.ts';
import { releaseReservation } from '../reservations/release.ts';
import type { AppServices } from '../../services.ts';
import { cancelBookingInTx } from './cancel.ts';
import { completeCheckout } from './complete.ts';
import { isPaid, toCheckoutSessionView, type CheckoutSessionView } from '../../payments/gateway.ts';
import { paymentsOf } from '../../payments/payments.ts';
import { observeWebhookEvent, webhookFailed } from '../../observability/payment-signals.ts';

export interface WebhookResponse {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * POST /webhooks/stripe. The signature is checked over the exact raw bytes;
 * a bad one is a 400 with nothing written. A processing error is a 500 and
 * rolls everything back, event id included, so Stripe's redelivery retries it.
 */
export async function handleStripeWebhook(
  services: AppServices,
  rawBody: Buffer | string,
  signature: string | undefined,
): Promise<WebhookResponse> {
  const payments = paymentsOf(services);
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('missing Stripe-Signature header');
    event = Stripe.webhooks.constructEvent(rawBody, signature, payments.webhookSecret);
  } catch (err) {
    services.logger.warn({ err: (err as Error).message }, 'refused a Stripe webhook with a bad signature');
    return { status: 400, body: { error: 'invalid signature' } };
  }
  const outcome = await processStripeEvent(services, event);
  return { status: 200, body: { received: true, ...outcome } };
}

/**
 * Exactly once (DESIGN.md §4.4): the event id is inserted into stripe_events
 * in the same transaction as the event's effects. A replay, or a concurrent
 * duplicate delivery (which waits on the first insert's row lock), finds the
 * id taken and does nothing.
 */
export async function processStripeEvent(
  services: AppServices,
  event: Stripe.Event,
): Promise<{ duplicate: boolean; effect: string }> {
  const payments = paymentsOf(services);
  const result = await services.db
    .transaction(async (tx) => {
      const [fresh] = await tx
        .insert(stripeEvents)
        .values({ id: event.id, type: event.type, processedAt: sql`now()` as unknown as Date })
        .onConflictDoNothing()
        .returning({ id: stripeEvents.id });
      if (!fresh) return { duplicate: true, effect: 'replay', outboxIds: [] as readonly string[] };
      return { duplicate: false, ...(await applyEvent(tx, services, event)) };
    })
    .catch((err: unknown) => webhookFailed(services, event, err)); // counted + an alert row, then rethrown: Stripe redelivers
  await observeWebhookEvent(services, event, result.effect);
  await payments.deliver(result.outboxIds);
  return { duplicate: result.duplicate, effect: result.effect };
}

async function applyEvent(
  tx: Tx,
  services: AppServices,
  event: Stripe.Event,
): Promise<{ effect: string; outboxIds: readonly string[] }> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = toCheckoutSessionView(event.data.object);
      // Delayed methods (bank debits) complete unpaid; async_payment_succeeded follows.
      if (!isPaid(session)) return { effect: 'awaiting-payment', outboxIds: [] };
      const result = await completeCheckout(tx, services.logger, session);
      return {
        effect: result.kind === 'booked' ? (result.created ? 'booked' : 'already-booked') : result.kind,
        outboxIds: 'outboxIds' in result ? result.outboxIds : [],
      };
    }
    case 'checkout.session.async_payment_failed':
      return { effect: await endHold(tx, toCheckoutSessionView(event.data.object), 'released'), outboxIds: [] };
    case 'checkout.session.expired':
      return { effect: await endHold(tx, toCheckoutSessionView(event.data.object), 'expired'), outboxIds: [] };
    case 'charge.refunded':
      return { effect: await refundedInStripe(tx, event.data.object), outboxIds: [] };
    default:
      return { effect: 'ignored', outboxIds: [] };
  }
}

/**
 * A Checkout session that can no longer be paid ends its hold, if the hold is
 * still live and still belongs to that session (a newer session of the same
 * hold keeps it). An expiry arriving after the payment finds it confirmed: no-op.
 */
async function endHold(tx: Tx, session: CheckoutSessionView, reason: 'released' | 'expired'): Promise<string> {
  const [row] = await tx
    .select({ id: slotReservations.id })
    .from(slotReservations)
    .where(and(eq(slotReservations.checkoutSessionId, session.id), eq(slotReservations.status, 'held')));
  if (!row) return 'no-live-hold';
  const { released } = await releaseReservation(tx, row.id, reason);
  return released ? `hold-${reason}` : 'no-live-hold';
}

/** A full refund made in Stripe (dashboard, or ours echoing back) ends the booking and frees its seats. */
async function refundedInStripe(tx: Tx, charge: Stripe.Charge): Promise<string> {
  if (!charge.refunded) return 'partial-refund-ignored';
  const pi = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
  if (!pi) return 'no-payment-intent';
  const [booking] = await tx.select().from(bookings).where(eq(bookings.stripePaymentIntentId, pi));
  if (!booking || booking.status === 'refunded') return 'no-booking-to-refund';
  await cancelBookingInTx(tx, booking, 'refunded');
  return 'booking-refunded';
}

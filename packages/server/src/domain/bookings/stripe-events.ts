import type Stripe from 'stripe';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bookings, slotReservations, stripeEvents } from '../../db/schema/index.ts';
import { observeWebhookEvent, webhookFailed } from '../../observability/payment-signals.ts';
import { isPaid, type CheckoutSessionView } from '../../payments/gateway.ts';
import { readPaymentEvent, type PaymentEvent } from '../../payments/webhook-event.ts';
import { releaseReservation } from '../reservations/release.ts';
import type { DomainServices } from '../services.ts';
import { cancelBookingInTx } from './cancel.ts';
import { completeCheckout } from './complete.ts';
import { lockBooking } from './lock-booking.ts';
import { FULL_RESTORE, restoreGiftCard } from '../gift-cards/ledger.ts';
import { completeGiftCardPurchase, isGiftCardCheckout } from '../gift-cards/purchase.ts';
import { clearUnreconciledPayment } from './reconciliation-state.ts';

type Services = Pick<DomainServices, 'db' | 'logger' | 'metrics' | 'outbox' | 'payments'>;

/**
 * Exactly once (DESIGN.md §4.4): the event id is inserted into stripe_events
 * in the same transaction as the event's effects. A replay, or a concurrent
 * duplicate delivery (which waits on the first insert's row lock), finds the
 * id taken and does nothing. An error rolls the id back with everything else,
 * so Stripe's redelivery runs it again.
 */
export async function processStripeEvent(
  services: Services,
  event: Stripe.Event,
): Promise<{ duplicate: boolean; effect: string }> {
  const result = await services.db
    .transaction(async (tx) => {
      const [fresh] = await tx
        .insert(stripeEvents)
        .values({ id: event.id, type: event.type, processedAt: sql`now()` })
        .onConflictDoNothing()
        .returning({ id: stripeEvents.id });
      if (!fresh) return { duplicate: true, effect: 'replay', outboxIds: [] as readonly string[] };
      return { duplicate: false, ...(await applyEvent(tx, services, readPaymentEvent(event))) };
    })
    .catch((err: unknown) => webhookFailed(services, event, err)); // counted + an alert row, then rethrown
  await observeWebhookEvent(services, event, result.effect);
  await services.outbox.deliver(result.outboxIds);
  return { duplicate: result.duplicate, effect: result.effect };
}

async function applyEvent(
  tx: Tx,
  services: Services,
  event: PaymentEvent,
): Promise<{ effect: string; outboxIds: readonly string[] }> {
  switch (event.type) {
    case 'checkout-completed': {
      // Delayed methods (bank debits) complete unpaid; async_payment_succeeded follows.
      if (!isPaid(event.session)) return { effect: 'awaiting-payment', outboxIds: [] };
      if (isGiftCardCheckout(event.session)) {
        const bought = await completeGiftCardPurchase(tx, event.session, services.payments.publicUrl());
        if (bought.kind === 'ignored')
          services.logger.error({ reason: bought.reason }, 'a gift card payment was ignored');
        return bought.kind === 'issued'
          ? { effect: bought.created ? 'gift-card-issued' : 'gift-card-already-issued', outboxIds: bought.outboxIds }
          : { effect: 'ignored', outboxIds: [] };
      }
      const result = await completeCheckout(tx, services.logger, event.session, services.payments.publicUrl());
      return {
        effect: result.kind === 'booked' ? (result.created ? 'booked' : 'already-booked') : result.kind,
        outboxIds: 'outboxIds' in result ? result.outboxIds : [],
      };
    }
    case 'checkout-payment-failed':
      return { effect: await endHold(tx, event.session, 'released'), outboxIds: [] };
    case 'checkout-expired':
      return { effect: await endHold(tx, event.session, 'expired'), outboxIds: [] };
    case 'charge-refunded':
      return { effect: await refundedInStripe(tx, event.paymentIntentId, event.full), outboxIds: [] };
    case 'ignored':
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
    .where(and(eq(slotReservations.checkoutSessionId, session.id), eq(slotReservations.status, 'held')))
    .prepare('live_hold_by_checkout_session')
    .execute();
  if (!row) return 'no-live-hold';
  const { released } = await releaseReservation(tx, row.id, reason);
  return released ? `hold-${reason}` : 'no-live-hold';
}

/** A full refund made in Stripe (dashboard, or ours echoing back) ends the booking and frees its seats. */
async function refundedInStripe(tx: Tx, paymentIntentId: string | null, full: boolean): Promise<string> {
  if (!full) return 'partial-refund-ignored';
  if (!paymentIntentId) return 'no-payment-intent';
  // Session row, reservation row, booking row: the order admin cancellation locks in too.
  const booking = await lockBooking(tx, eq(bookings.stripePaymentIntentId, paymentIntentId));
  // A payment that never became a booking, refunded by hand in the dashboard: reconciliation is done with it.
  if (!booking)
    return (await clearUnreconciledPayment(tx, paymentIntentId)) ? 'unreconciled-refunded' : 'no-booking-to-refund';
  if (booking.status === 'refunded') return 'no-booking-to-refund';
  await cancelBookingInTx(tx, booking, 'refunded');
  // The whole payment came back: so does the gift card part (card last in the lock order).
  await restoreGiftCard(tx, booking.id, FULL_RESTORE);
  return 'booking-refunded';
}

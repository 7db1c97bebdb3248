import type Stripe from 'stripe';
import { isUuid } from '../db/ids.ts';
import type { Database } from '../db/client.ts';
import { recordAlert } from './alerts.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

interface Services {
  readonly db: Database;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/** What a checkout completion came to, as far as the counters care (bookings' CompletionResult). */
export interface CompletionSignal {
  readonly kind: 'booked' | 'refunded' | 'ignored';
  readonly created?: boolean;
}

const COMPLETIONS = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);

function metadataOf(event: Stripe.Event): Record<string, string> {
  // A malformed event (the very thing that made processing fail) may have no object at all.
  const object = event.data?.object as { metadata?: Record<string, string> | null } | null | undefined;
  return object?.metadata ?? {};
}

/**
 * Metrics (and, for a paid Checkout that found no reservation, an alert row)
 * of a processed webhook event, after its transaction committed. Only that
 * failure path writes anything; the alert's delivery is the deliverer's job.
 */
export async function observeWebhookEvent(services: Services, event: Stripe.Event, effect: string): Promise<void> {
  const { metrics } = services;
  metrics.webhookEvents.inc({ type: event.type, outcome: effect });
  if (effect === 'booked') {
    metrics.bookings.inc();
    metrics.holds.inc({ event: 'confirmed' });
  }
  if (effect === 'refunded') metrics.failedBookings.inc({ reason: 'refunded' });
  if (effect === 'ignored' && COMPLETIONS.has(event.type)) {
    metrics.failedBookings.inc({ reason: 'no_reservation' });
    const organizationId = metadataOf(event).organization_id;
    await recordAlert(services.db, {
      organizationId: organizationId && isUuid(organizationId) ? organizationId : null,
      kind: 'PAYMENT_WITHOUT_BOOKING',
      message: 'A paid Checkout session matches no reservation; refund it by hand in Stripe',
      details: {
        eventId: event.id,
        checkoutSessionId: (event.data.object as { id?: string } | null)?.id,
        metadata: metadataOf(event),
      },
    })
      .then(() => metrics.alerts.inc({ kind: 'PAYMENT_WITHOUT_BOOKING' }))
      .catch((err) => services.logger.error({ err }, 'could not write an alert'));
  }
}

/** A webhook whose processing threw: counted, an alert row written (best effort), and the error passed on. */
export async function webhookFailed(services: Services, event: Stripe.Event, err: unknown): Promise<never> {
  services.metrics.webhookEvents.inc({ type: event.type, outcome: 'error' });
  if (COMPLETIONS.has(event.type)) services.metrics.failedBookings.inc({ reason: 'webhook_error' });
  const organizationId = metadataOf(event).organization_id;
  await recordAlert(services.db, {
    organizationId: organizationId && isUuid(organizationId) ? organizationId : null,
    kind: 'WEBHOOK_ERROR',
    message: `Processing Stripe event ${event.type} failed; Stripe will redeliver it`,
    details: {
      eventId: event.id,
      type: event.type,
      error: err instanceof Error ? err.message : String(err),
      metadata: metadataOf(event),
    },
  })
    .then(() => services.metrics.alerts.inc({ kind: 'WEBHOOK_ERROR' }))
    .catch((alertErr) => services.logger.error({ err: alertErr }, 'could not write an alert'));
  throw err;
}

/** The success page's path to a booking (confirmCheckout): the same counters as the webhook's. */
export function observeCompletion(services: Pick<Services, 'metrics'>, result: CompletionSignal): void {
  if (result.kind === 'booked' && result.created === true) {
    services.metrics.bookings.inc();
    services.metrics.holds.inc({ event: 'confirmed' });
  }
  if (result.kind === 'refunded') services.metrics.failedBookings.inc({ reason: 'refunded' });
}

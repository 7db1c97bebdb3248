import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { CheckoutSessionView } from '../payments/gateway.ts';
import type { Payments } from '../payments/payments.ts';

/** Which path found a paid Checkout without its webhook: ending a hold, or the periodic reconciler. */
export type ReconcileSource = 'expiry' | 'reconciler';

/**
 * Settles a Checkout found paid while the product tried to end it: the same
 * completion as the webhook (domain/bookings/reconcile.ts). services.ts wires
 * it, so domain/reservations can call it without importing domain/bookings.
 */
export type SettlePaidCheckout = (session: CheckoutSessionView, source: ReconcileSource) => Promise<void>;

/**
 * What domain operations use of the running process. services.ts builds the
 * real one (AppServices has all of this and more); the domain never imports
 * services.ts, so the composition root may build on any domain module.
 */
export interface DomainServices {
  readonly config: Config;
  /** The primary: every write, and every read inside a capacity or payment transaction. */
  readonly db: Database;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly payments: Payments;
  /** Emails and refunds queued in a transaction, delivered after its commit. */
  readonly outbox: Outbox;
  /** A paid Checkout whose hold was ending becomes a booking or a refund (never throws). */
  readonly settlePaidCheckout: SettlePaidCheckout;
  /** The clock; tests control time through it. */
  now(): Date;
}

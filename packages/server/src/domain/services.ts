import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { Payments } from '../payments/payments.ts';

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
  /** The clock; tests control time through it. */
  now(): Date;
}

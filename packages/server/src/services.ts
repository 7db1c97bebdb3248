import type { Config } from './config.ts';
import type { Database, DbHandle } from './db/client.ts';
import type { Logger } from './logger.ts';
import { noPayments, type PaymentsPort } from './payments/port.ts';

/**
 * Everything a request or job needs, built once per process. Time comes from
 * `now()` so tests control it; nothing here knows about HTTP or GraphQL.
 */
export interface AppServices {
  readonly config: Config;
  readonly dbHandle: DbHandle;
  /** Primary database: every write and every read inside a capacity or payment transaction. */
  readonly db: Database;
  readonly logger: Logger;
  /** Stripe side effects capacity code triggers (expire a released hold's checkout). */
  readonly payments: PaymentsPort;
  now(): Date;
}

export interface CreateServicesOptions {
  config: Config;
  dbHandle: DbHandle;
  logger: Logger;
  /** @default () => new Date() */
  now?: () => Date;
  /** @default noPayments */
  payments?: PaymentsPort;
}

export function createServices(options: CreateServicesOptions): AppServices {
  return {
    config: options.config,
    dbHandle: options.dbHandle,
    db: options.dbHandle.db,
    logger: options.logger,
    payments: options.payments ?? noPayments,
    now: options.now ?? (() => new Date()),
  };
}

import type { Config } from './config.ts';
import type { Database, DbHandle } from './db/client.ts';
import type { Logger } from './logger.ts';
import { noPayments, type PaymentsPort } from './payments/port.ts';
import { createRealtime, type Realtime } from './realtime/realtime.ts';

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
  /** Change bus + coalescer behind the subscriptions; started by startApp, closed in stop(). */
  readonly realtime: Realtime;
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
  /** @default createRealtime over dbHandle (LISTEN starts lazily, at start() or the first subscription) */
  realtime?: Realtime;
}

export function createServices(options: CreateServicesOptions): AppServices {
  return {
    config: options.config,
    dbHandle: options.dbHandle,
    db: options.dbHandle.db,
    logger: options.logger,
    payments: options.payments ?? noPayments,
    realtime:
      options.realtime ??
      createRealtime({
        dbHandle: options.dbHandle,
        logger: options.logger,
        coalescer: { debounceMs: options.config.REALTIME_DEBOUNCE_MS, maxWaitMs: options.config.REALTIME_MAX_WAIT_MS },
      }),
    now: options.now ?? (() => new Date()),
  };
}

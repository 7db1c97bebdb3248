import type { Config } from './config.ts';
import type { Database, DbHandle } from './db/client.ts';
import type { Logger } from './observability/logger.ts';
import { noPayments, type PaymentsPort } from './payments/port.ts';
import { createRealtime, type Realtime } from './realtime/realtime.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { HoldPriceCache } from './cache/hold-prices.ts';
import { ReadCache } from './cache/read-cache.ts';
import { currentAnswerReads } from './cache/response-cache.ts';

/**
 * Whether this instance should get traffic. `/healthz` answers 503 until the process says it is
 * ready (after migrations and the demo seed) and again from the moment shutdown begins.
 */
export class Readiness {
  ready = false;
}

/**
 * Everything a request or job needs, built once per process. Time comes from
 * `now()` so tests control it; nothing here knows about HTTP or GraphQL.
 */
export interface AppServices {
  readonly config: Config;
  readonly dbHandle: DbHandle;
  /** Primary database: every write and every read inside a capacity or payment transaction. */
  readonly db: Database;
  /** Public reads outside any transaction (widgetConfig, calendar, availability): the replica when DATABASE_REPLICA_URL is set, else `db`. */
  readonly readDb: Database;
  /** Per-instance widgetConfig/calendar cache invalidated by the change bus; undefined when READ_CACHE=0. */
  readonly readCache: ReadCache | undefined;
  /** What each hold is priced with (session facts, the activity's prices), kept between holds. */
  readonly holdPrices: HoldPriceCache;
  /** This process's Prometheus registry (ops/metrics.ts). */
  readonly metrics: Metrics;
  readonly logger: Logger;
  /** Stripe side effects capacity code triggers (expire a released hold's checkout). */
  readonly payments: PaymentsPort;
  /** Change bus + coalescer behind the subscriptions; started by startApp, closed in stop(). */
  readonly realtime: Realtime;
  readonly readiness: Readiness;
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
  /** A second pool on DATABASE_REPLICA_URL for public reads. @default none: reads use dbHandle */
  replicaHandle?: DbHandle;
  /** @default a fresh registry */
  metrics?: Metrics;
}

export function createServices(options: CreateServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const metrics = options.metrics ?? createMetrics();
  const realtime =
    options.realtime ??
    createRealtime({
      dbHandle: options.dbHandle,
      logger: options.logger,
      coalescer: { debounceMs: options.config.REALTIME_DEBOUNCE_MS, maxWaitMs: options.config.REALTIME_MAX_WAIT_MS },
    });
  const readCache = options.config.READ_CACHE
    ? new ReadCache({
        bus: realtime.bus,
        now: () => now().getTime(),
        onLookup: (cache, result) => metrics.readCache.inc({ cache, result }),
        currentReads: currentAnswerReads,
      })
    : undefined;
  return {
    config: options.config,
    dbHandle: options.dbHandle,
    db: options.dbHandle.db,
    readDb: options.replicaHandle?.db ?? options.dbHandle.db,
    readCache,
    holdPrices: new HoldPriceCache({ readCache }),
    metrics,
    logger: options.logger,
    payments: options.payments ?? noPayments,
    realtime,
    readiness: new Readiness(),
    now,
  };
}

import { HoldPriceCache } from './cache/hold-prices.ts';
import { ReadCache } from './cache/read-cache.ts';
import { currentAnswerReads } from './cache/response-cache.ts';
import type { Config } from './config.ts';
import type { Database, DbHandle } from './db/client.ts';
import { settlePaidCheckout } from './domain/bookings/reconcile.ts';
import type { DomainServices } from './domain/services.ts';
import type { Logger } from './observability/logger.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { createMailer, type Mailer } from './outbox/mailer.ts';
import { Outbox } from './outbox/outbox.ts';
import type { Payments } from './payments/payments.ts';
import { createRealtime, type Realtime } from './realtime/realtime.ts';

/**
 * Whether this instance should get traffic. `/healthz` answers 503 until the process says it is
 * ready (after migrations and the demo seed) and again from the moment shutdown begins.
 */
export class Readiness {
  ready = false;
}

/**
 * Everything a request or job needs, built once per process: what the domain
 * uses (DomainServices: config, db, logger, metrics, payments, outbox, now)
 * plus the pools, caches and realtime layer around it. Time comes from `now()`
 * so tests control it; nothing here knows about HTTP or GraphQL.
 */
export interface AppServices extends DomainServices {
  readonly dbHandle: DbHandle;
  /** Public reads outside any transaction (widgetConfig, calendar, availability): the replica when DATABASE_REPLICA_URL
   * is set, else `db`. */
  readonly readDb: Database;
  /** Per-instance widgetConfig/calendar cache invalidated by the change bus; undefined when READ_CACHE=0. */
  readonly readCache: ReadCache | undefined;
  /** What each hold is priced with (session facts, the activity's prices), kept between holds. */
  readonly holdPrices: HoldPriceCache;
  /** Change bus + coalescer behind the subscriptions; started by startApp, closed in stop(). */
  readonly realtime: Realtime;
  readonly readiness: Readiness;
}

export interface CreateServicesOptions {
  config: Config;
  dbHandle: DbHandle;
  logger: Logger;
  payments: Payments;
  /** @default () => new Date() */
  now?: () => Date;
  /** @default SMTP via SMTP_URL, else the log */
  mailer?: Mailer;
  /** @default createRealtime over dbHandle (LISTEN starts lazily, at start() or the first subscription) */
  realtime?: Realtime;
  /** A second pool on DATABASE_REPLICA_URL for public reads. @default none: reads use dbHandle */
  replicaHandle?: DbHandle;
  /** @default a fresh registry */
  metrics?: Metrics;
}

export function createServices(options: CreateServicesOptions): AppServices {
  const { config, dbHandle, logger, payments } = options;
  const now = options.now ?? (() => new Date());
  const metrics = options.metrics ?? createMetrics();
  const realtime =
    options.realtime ??
    createRealtime({
      dbHandle,
      logger,
      coalescer: { windowMs: config.REALTIME_DEBOUNCE_MS, retryMs: config.REALTIME_MAX_WAIT_MS },
    });
  const readCache = config.READ_CACHE
    ? new ReadCache({
        bus: realtime.bus,
        now: () => now().getTime(),
        onLookup: (cache, result) => metrics.readCache.inc({ cache, result }),
        currentReads: currentAnswerReads,
      })
    : undefined;
  const outbox = new Outbox({
    db: dbHandle.db,
    logger,
    mailer: options.mailer ?? createMailer(config, logger),
    refundPayment: (paymentIntentId, idempotencyKey, amountCents) =>
      payments.gateway.refundPaymentIntent(paymentIntentId, idempotencyKey, amountCents),
  });
  const services: AppServices = {
    config,
    dbHandle,
    db: dbHandle.db,
    readDb: options.replicaHandle?.db ?? dbHandle.db,
    readCache,
    holdPrices: new HoldPriceCache({ readCache }),
    metrics,
    logger,
    payments,
    outbox,
    realtime,
    readiness: new Readiness(),
    settlePaidCheckout: async (session, source) => void (await settlePaidCheckout(services, session, source)),
    now,
  };
  return services;
}

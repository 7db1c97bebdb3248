import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Every Prometheus metric of one process, on its own Registry: built once by
 * createServices and passed around (never a module-level singleton), so each
 * test app gets a fresh registry and counters never leak between tests.
 * Gauges that describe state (sweeper lag, subscriptions, bus lag, pool) are
 * read at scrape time through `bindCollectors`.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly graphqlDuration: Histogram<'operation' | 'type' | 'outcome'>;
  readonly holds: Counter<'event'>;
  readonly bookings: Counter<never>;
  readonly webhookEvents: Counter<'type' | 'outcome'>;
  readonly failedBookings: Counter<'reason'>;
  readonly readCache: Counter<'cache' | 'result'>;
  readonly alerts: Counter<'kind'>;
  readonly alertDeliveries: Counter<'outcome'>;
  readonly paymentsReconciled: Counter<'source' | 'outcome'>;
  /** The waitlist job: passes over a session, offers made, entries finished (expired, booked, closed session). */
  readonly waitlist: Counter<'event'>;
  readonly dbQueriesInFlight: Gauge<'pool'>;
  /** Scrape-time state; each source is optional so a partial app (tests) still scrapes. */
  bindCollectors(sources: CollectorSources): void;
}

export interface CollectorSources {
  /** Seconds since the oldest hold that expired but was not yet released (0 when none): one query per scrape. */
  sweeperLagSeconds?: () => Promise<number>;
  subscriptions?: () => number;
  /** Latest change-bus lag (commit/NOTIFY sent → received here) in ms, null before the first ping. */
  busLagMs?: () => number | null;
  busReconnects?: () => number;
  /** Paid Checkouts known to have neither a booking nor a queued refund: one query per scrape. */
  paymentsUnreconciled?: () => Promise<number>;
  /** Configured pool sizes (postgres.js exposes no live pool statistics). */
  poolMax?: Readonly<Record<string, number>>;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'slotkit_' });
  let sources: CollectorSources = {};

  const gauge = (name: string, help: string, read: (g: Gauge) => Promise<void> | void, labelNames: string[] = []) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        await read(this);
      },
    });

  gauge('slotkit_sweeper_lag_seconds', 'Age of the oldest expired hold not yet released by the sweeper', async (g) => {
    if (sources.sweeperLagSeconds) g.set(await sources.sweeperLagSeconds());
  });
  gauge(
    'slotkit_payments_unreconciled',
    'Paid Checkout sessions reconciliation found with neither a booking nor a queued refund',
    async (g) => {
      if (sources.paymentsUnreconciled) g.set(await sources.paymentsUnreconciled());
    },
  );
  gauge('slotkit_subscriptions', 'Open GraphQL subscriptions on this instance', (g) => {
    if (sources.subscriptions) g.set(sources.subscriptions());
  });
  gauge(
    'slotkit_change_bus_lag_seconds',
    'Latest change-bus ping lag (NOTIFY sent to received on this instance)',
    (g) => {
      const ms = sources.busLagMs?.();
      if (ms !== undefined && ms !== null) g.set(ms / 1000);
    },
  );
  gauge(
    'slotkit_change_bus_reconnects',
    'Times this instance re-subscribed to the change bus (every topic marked dirty)',
    (g) => {
      if (sources.busReconnects) g.set(sources.busReconnects());
    },
  );
  gauge(
    'slotkit_db_pool_max_connections',
    'Configured connection pool size per pool (postgres.js has no live pool stats; see slotkit_db_queries_in_flight)',
    (g) => {
      for (const [pool, max] of Object.entries(sources.poolMax ?? {})) g.set({ pool }, max);
    },
    ['pool'],
  );

  return {
    registry,
    httpDuration: new Histogram({
      name: 'slotkit_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    graphqlDuration: new Histogram({
      name: 'slotkit_graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by operation name (HTTP)',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    holds: new Counter({
      name: 'slotkit_holds_total',
      help: 'Holds by event (created, confirmed, expired)',
      labelNames: ['event'],
      registers,
    }),
    bookings: new Counter({ name: 'slotkit_bookings_total', help: 'Bookings created (paid and confirmed)', registers }),
    waitlist: new Counter({
      name: 'slotkit_waitlist_total',
      help: 'Waitlist job events (pass, offer, finished)',
      labelNames: ['event'],
      registers,
    }),
    webhookEvents: new Counter({
      name: 'slotkit_webhook_events_total',
      help: 'Stripe webhook events by type and outcome',
      labelNames: ['type', 'outcome'],
      registers,
    }),
    failedBookings: new Counter({
      name: 'slotkit_failed_bookings_total',
      help: 'Payments that did not become a booking, by reason',
      labelNames: ['reason'],
      registers,
    }),
    readCache: new Counter({
      name: 'slotkit_read_cache_total',
      help: 'Read cache lookups by cache and result',
      labelNames: ['cache', 'result'],
      registers,
    }),
    alerts: new Counter({
      name: 'slotkit_alerts_total',
      help: 'Alerts written, by kind',
      labelNames: ['kind'],
      registers,
    }),
    alertDeliveries: new Counter({
      name: 'slotkit_alert_deliveries_total',
      help: 'Alert webhook POSTs by outcome',
      labelNames: ['outcome'],
      registers,
    }),
    paymentsReconciled: new Counter({
      name: 'slotkit_payments_reconciled_total',
      help: 'Paid Checkouts settled without their webhook, by path (expiry, reconciler) and outcome (booked, refunded)',
      labelNames: ['source', 'outcome'],
      registers,
    }),
    dbQueriesInFlight: new Gauge({
      name: 'slotkit_db_queries_in_flight',
      help: 'Public read queries running now, counted by the read-routing wrapper',
      labelNames: ['pool'],
      registers,
    }),
    bindCollectors(next) {
      sources = { ...sources, ...next };
    },
  };
}

// Client-chosen operation names are a label: bound their shape and number so a
// client cannot blow up the metric's cardinality.
const OPERATION_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

export function operationLabel(seen: Set<string>, name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME_RE.test(name)) return 'invalid';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_NAMES) return 'other';
  seen.add(name);
  return name;
}

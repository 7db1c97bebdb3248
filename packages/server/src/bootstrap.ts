import type { Config } from './config.ts';
import { createDb, type DbHandle } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { openReplica } from './db/replica.ts';
import { createHoldSweeper, sweeperLagSeconds, type HoldSweeperOptions } from './jobs/hold-sweeper.ts';
import { createOutboxWorker } from './jobs/outbox-worker.ts';
import { createReminderJob } from './jobs/reminders.ts';
import { createWaitlistJob, type WaitlistJobOptions } from './jobs/waitlist-offers.ts';
import { createPaymentReconciler, type PaymentReconcilerOptions } from './jobs/payment-reconciler.ts';
import { countUnreconciled } from './domain/bookings/reconciliation-state.ts';
import { createSessionGenerator, type SessionGeneratorOptions } from './jobs/session-generator.ts';
import { startServer, type RunningServer } from './http/server.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { Payments } from './payments/payments.ts';
import { createServices, type AppServices } from './services.ts';
import { createAlertDeliverer, type AlertDelivererOptions } from './observability/alert-deliverer.ts';
import { configuredRealtime } from './realtime/realtime.ts';
import { serveCliControl } from './cli/control-socket.ts';
import { runCli } from './cli/run.ts';

export interface App {
  readonly services: AppServices;
  readonly server: RunningServer;
  /** Marks the instance ready (`/healthz` 200); needed only after `holdReadiness: true`. */
  ready(): void;
  stop(): Promise<void>;
}

export interface StartAppOptions {
  config: Config;
  logger?: Logger;
  /** An already-open database (tests share one per file). */
  dbHandle?: DbHandle;
  now?: () => Date;
  /** Expired-hold sweeper settings; false leaves it off (tests that drive it themselves). */
  holdSweeper?: Omit<HoldSweeperOptions, 'services'> | false;
  /** Payment reconciler settings (lists paid Checkouts every RECONCILE_INTERVAL_SECONDS); false leaves it off. */
  paymentReconciler?: Omit<PaymentReconcilerOptions, 'services'> | false;
  /** Waitlist offer job settings (woken by freed seats, sweeps every 15 s); false leaves it off (tests drive it). */
  waitlist?: Omit<WaitlistJobOptions, 'services'> | false;
  /** Session generator settings (daily at 02:00 venue-local, once at start); false leaves it off. */
  sessionGenerator?: Omit<SessionGeneratorOptions, 'services'> | false;
  /** Alert webhook deliverer tuning (runs only with ALERT_WEBHOOK_URL); false leaves it off (tests drive it). */
  alertDelivery?: Partial<Omit<AlertDelivererOptions, 'db' | 'logger' | 'url'>> | false;
  /** true: `/healthz` answers 503 until `app.ready()` (main.ts seeds the demo first). @default false */
  holdReadiness?: boolean;
}

/** Opens the database, migrates, builds the services, starts background jobs and the HTTP server. */
export async function startApp(options: StartAppOptions): Promise<App> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const ownsDb = !options.dbHandle;
  const dbHandle =
    options.dbHandle ??
    (await createDb({
      url: config.DATABASE_URL,
      dataDir: config.SLOTKIT_DATA_DIR,
      max: config.DB_POOL_MAX,
      prepare: config.DB_PREPARE,
    }));
  await runMigrations(dbHandle);
  const payments = new Payments({ config, db: dbHandle.db, logger });
  const replicaHandle = await openReplica(config, dbHandle);
  const realtime = configuredRealtime(config, dbHandle, logger);
  const services = createServices({ config, dbHandle, logger, now: options.now, payments, replicaHandle, realtime });
  await services.realtime.start();
  const ops = startOperations(services, replicaHandle, options.alertDelivery);
  const server = await startServer({ services });
  if (!config.PUBLIC_URL) payments.setBaseUrl(server.url);
  const outbox = createOutboxWorker({ outbox: services.outbox, logger });
  outbox.start();
  const reminders = createReminderJob(services);
  reminders.start();
  const waitlist = options.waitlist === false ? undefined : createWaitlistJob({ ...options.waitlist, services });
  waitlist?.start();
  const sweeper = options.holdSweeper === false ? undefined : createHoldSweeper({ ...options.holdSweeper, services });
  sweeper?.start();
  const generator =
    options.sessionGenerator === false ? undefined : createSessionGenerator({ ...options.sessionGenerator, services });
  generator?.start();
  const reconciler =
    options.paymentReconciler === false
      ? undefined
      : createPaymentReconciler({ ...options.paymentReconciler, services });
  reconciler?.start();
  // The `slotkit` CLI cannot open a PGlite folder this process holds: it runs its commands in here.
  const cliControl =
    ownsDb && dbHandle.driver === 'pglite' && !config.SLOTKIT_DATA_DIR.startsWith('memory://')
      ? await serveCliControl(config.SLOTKIT_DATA_DIR, dbHandle, (argv, io) =>
          runCli(argv, { ...io, env: process.env, config, now: () => services.now() }),
        ).catch((err: unknown) => void logger.warn({ err }, 'no CLI control socket'))
      : undefined;
  services.readiness.ready = !options.holdReadiness;
  return {
    services,
    server,
    ready() {
      services.readiness.ready = true;
    },
    /**
     * Shutdown: not ready (`/healthz` 503), stop accepting connections, then at
     * once drain HTTP (in-flight requests answered, WebSockets closed with 1001)
     * while the jobs stop after their current batch; only then the change bus,
     * the pools and the database.
     */
    async stop() {
      services.readiness.ready = false;
      const http = server.stop(); // stops listening synchronously
      const jobs = Promise.all([
        cliControl?.close(),
        sweeper?.stop(),
        reconciler?.stop(),
        generator?.stop(),
        outbox.stop(),
        reminders.stop(),
        waitlist?.stop(),
      ]);
      await Promise.all([http, jobs]);
      await services.realtime.close();
      await ops.stop();
      if (ownsDb) await dbHandle.close();
    },
  };
}

/**
 * Wires the scrape-time gauges to this instance's state and starts the alert
 * deliverer when ALERT_WEBHOOK_URL is set; `stop()` ends both and the pools and
 * caches that outlive the HTTP server.
 */
function startOperations(
  services: AppServices,
  replica: DbHandle | undefined,
  alertDelivery: StartAppOptions['alertDelivery'],
): { stop(): Promise<void> } {
  const { config, metrics } = services;
  metrics.bindCollectors({
    sweeperLagSeconds: () => sweeperLagSeconds(services.db, services.now()),
    paymentsUnreconciled: () => countUnreconciled(services.db),
    subscriptions: () => services.realtime.openIterators(),
    busLagMs: () => services.realtime.bus.stats().lastLagMs,
    busReconnects: () => services.realtime.bus.stats().reconnects,
    poolMax:
      services.dbHandle.driver === 'postgres'
        ? { primary: config.DB_POOL_MAX, ...(replica ? { replica: config.DB_POOL_MAX } : {}) }
        : { primary: 1 },
  });
  const deliverer =
    config.ALERT_WEBHOOK_URL && alertDelivery !== false
      ? createAlertDeliverer({
          db: services.db,
          logger: services.logger,
          metrics,
          url: config.ALERT_WEBHOOK_URL,
          now: () => services.now(),
          ...alertDelivery,
        })
      : undefined;
  deliverer?.start();
  return {
    async stop() {
      await deliverer?.stop();
      services.readCache?.close();
      await replica?.close();
    },
  };
}

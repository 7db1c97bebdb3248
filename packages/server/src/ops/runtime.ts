import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { createDb, queryRows, type DbHandle } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import { createNatsBus } from '../realtime/nats-bus.ts';
import { createRealtime, type Realtime } from '../realtime/realtime.ts';
import type { AppServices } from '../services.ts';
import { createAlertDeliverer, type AlertDelivererOptions } from '../observability/alert-deliverer.ts';

/** The second pool on DATABASE_REPLICA_URL (public reads only); none without a primary URL (PGlite has no replicas). */
export async function openReplica(config: Config, primary: DbHandle): Promise<DbHandle | undefined> {
  if (!config.DATABASE_REPLICA_URL || primary.driver !== 'postgres') return undefined;
  return createDb({ url: config.DATABASE_REPLICA_URL, max: config.DB_POOL_MAX, prepare: config.DB_PREPARE });
}

/** CHANGE_BUS=nats: the realtime layer over NATS (fed by one elected LISTEN relay); undefined keeps PostgreSQL NOTIFY. */
export function configuredRealtime(config: Config, dbHandle: DbHandle, logger: Logger): Realtime | undefined {
  if (config.CHANGE_BUS !== 'nats') return undefined;
  return createRealtime({
    dbHandle,
    logger,
    bus: createNatsBus({ url: config.NATS_URL, dbHandle, databaseUrl: config.DATABASE_URL, logger }),
    coalescer: { debounceMs: config.REALTIME_DEBOUNCE_MS, maxWaitMs: config.REALTIME_MAX_WAIT_MS },
  });
}

export interface OpsRuntime {
  stop(): Promise<void>;
}

/**
 * Wires the scrape-time gauges to this instance's state and starts the alert
 * deliverer when ALERT_WEBHOOK_URL is set. Stopped by startApp's stop().
 */
export function startOps(
  services: AppServices,
  options: {
    replica?: DbHandle;
    alertDelivery?: Partial<Omit<AlertDelivererOptions, 'db' | 'logger' | 'url'>> | false;
  } = {},
): OpsRuntime {
  const { config, metrics } = services;
  metrics.bindCollectors({
    sweeperLagSeconds: async () => {
      const now = services.now().toISOString();
      const [row] = await queryRows<{ lag: number | string | null }>(
        services.db,
        sql`select extract(epoch from (${now}::timestamptz - min(expires_at)))::float8 as lag
            from slot_reservations where status = 'held' and expires_at < ${now}::timestamptz`,
      );
      return Math.max(0, Number(row?.lag ?? 0));
    },
    subscriptions: () => services.realtime.openIterators(),
    busLagMs: () => services.realtime.bus.stats().lastLagMs,
    busReconnects: () => services.realtime.bus.stats().reconnects,
    poolMax:
      services.dbHandle.driver === 'postgres'
        ? { primary: config.DB_POOL_MAX, ...(options.replica ? { replica: config.DB_POOL_MAX } : {}) }
        : { primary: 1 },
  });
  const deliverer =
    config.ALERT_WEBHOOK_URL && options.alertDelivery !== false
      ? createAlertDeliverer({
          db: services.db,
          logger: services.logger,
          metrics,
          url: config.ALERT_WEBHOOK_URL,
          now: () => services.now(),
          ...options.alertDelivery,
        })
      : undefined;
  deliverer?.start();
  return {
    async stop() {
      await deliverer?.stop();
      services.readCache?.close();
      await options.replica?.close();
    },
  };
}

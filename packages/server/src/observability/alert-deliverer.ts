import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

export interface AlertDelivererOptions {
  db: Database;
  logger: Logger;
  metrics?: Metrics;
  /** ALERT_WEBHOOK_URL; without it the deliverer does not run (alerts are still written and queryable). */
  url: string;
  /** @default () => new Date() */
  now?: () => Date;
  /** How often due alerts are looked for. @default 2000 */
  intervalMs?: number;
  /** First retry delay; doubles per attempt. @default 1000 */
  baseBackoffMs?: number;
  /** @default 3_600_000 */
  maxBackoffMs?: number;
  /** Give up after this many attempts (the row stays, undelivered, for the admin query). @default 20 */
  maxAttempts?: number;
  /** @default 5000 */
  timeoutMs?: number;
  /** @default 20 */
  batchSize?: number;
}

export interface AlertDeliverer {
  start(): void;
  /** One pass over due alerts; returns how many were delivered. Tests drive it directly. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

interface ClaimedAlert {
  id: string;
  organization_id: string | null;
  kind: string;
  message: string;
  details: unknown;
  created_at: string | Date;
  attempts: number;
}

/**
 * POSTs undelivered alerts to ALERT_WEBHOOK_URL as JSON, off the booking
 * path. Claiming a row pushes its next_attempt_at out by the backoff in the
 * same statement (SKIP LOCKED), so instances never send one alert twice at
 * once and a failed or crashed attempt is retried after 1 s, 2 s, 4 s, ….
 */
export function createAlertDeliverer(options: AlertDelivererOptions): AlertDeliverer {
  const now = options.now ?? (() => new Date());
  const base = options.baseBackoffMs ?? 1_000;
  const maxBackoff = options.maxBackoffMs ?? 3_600_000;
  const maxAttempts = options.maxAttempts ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function claim(): Promise<ClaimedAlert[]> {
    const at = now().toISOString();
    return queryRows<ClaimedAlert>(
      options.db,
      sql`update alerts a
          set attempts = a.attempts + 1,
              next_attempt_at = ${at}::timestamptz
                + least(${base}::float8 * power(2, a.attempts), ${maxBackoff}::float8) * interval '1 millisecond'
          where a.id in (select id from alerts
                         where delivered_at is null and next_attempt_at <= ${at}::timestamptz
                           and attempts < ${maxAttempts}
                         order by next_attempt_at limit ${options.batchSize ?? 20} for update skip locked)
          returning a.id, a.organization_id, a.kind, a.message, a.details, a.created_at, a.attempts`,
    );
  }

  async function send(alert: ClaimedAlert): Promise<boolean> {
    const body = {
      id: alert.id,
      organizationId: alert.organization_id,
      kind: alert.kind,
      message: alert.message,
      details: alert.details,
      createdAt: new Date(alert.created_at).toISOString(),
      attempt: alert.attempts,
    };
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'slotkit-alerts' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await options.db.execute(
        sql`update alerts set delivered_at = ${now().toISOString()}::timestamptz where id = ${alert.id}::uuid`,
      );
      options.metrics?.alertDeliveries.inc({ outcome: 'delivered' });
      return true;
    } catch (err) {
      options.metrics?.alertDeliveries.inc({ outcome: 'failed' });
      options.logger.warn(
        { err: (err as Error).message, alertId: alert.id, attempt: alert.attempts },
        'alert webhook delivery failed; will retry',
      );
      return false;
    }
  }

  async function pass(): Promise<number> {
    let delivered = 0;
    for (const alert of await claim()) if (await send(alert)) delivered += 1;
    return delivered;
  }

  const tick = () => {
    running ??= pass().finally(() => (running = undefined));
    return running;
  };

  return {
    start() {
      if (timer || stopped) return;
      timer = setInterval(() => {
        tick().catch((err) => options.logger.warn({ err }, 'alert delivery pass failed'));
      }, options.intervalMs ?? 2_000);
      timer.unref();
    },
    tick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}

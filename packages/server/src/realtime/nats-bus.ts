import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { connect, Events, type NatsConnection } from 'nats';
import type { DbHandle } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import type { ChangeBus } from './change-bus.ts';
import { createRelay, RESYNC, type Relay } from './nats-relay.ts';
import { CHANGES_CHANNEL } from './topics.ts';
import { createTopicRegistry } from './topic-registry.ts';

export interface NatsBusOptions {
  /** nats://host:port */
  url: string;
  dbHandle: DbHandle;
  /** DATABASE_URL, for the relay's leadership lock (absent on PGlite). */
  databaseUrl?: string;
  logger: Logger;
  /** @default 'slotkit.changes.<database name>': deployments (and test databases) sharing one NATS never hear each
   * other */
  subject?: string;
  /** Ping through NOTIFY → relay → NATS to measure lag and find a dead relay. 0 turns it off. @default 5000 */
  pingIntervalMs?: number;
  /** How long start() waits for its first ping to come back through a relay. @default 10000 */
  startTimeoutMs?: number;
  /** @default 2000 */
  relayCheckIntervalMs?: number;
}

const PING_PREFIX = '~ping:';

/**
 * The ChangeBus over NATS core pub/sub, same contract as the PostgreSQL bus:
 * committed changes only (NOTIFY inside the transaction, relayed after commit
 * by one elected instance, nats-relay.ts), and every topic marked dirty after
 * anything that may have lost messages (NATS reconnect, relay failover).
 */
export function createNatsBus(options: NatsBusOptions): ChangeBus {
  const { logger } = options;
  const database = options.databaseUrl ? new URL(options.databaseUrl).pathname.slice(1) : 'embedded';
  const subject = options.subject ?? `slotkit.changes.${database.replace(/[^\w-]/g, '_') || 'default'}`;
  const pingIntervalMs = options.pingIntervalMs ?? 5_000;
  const instance = randomUUID().slice(0, 8);
  const registry = createTopicRegistry();
  const counters = { changes: 0, reconnects: 0, lastLagMs: null as number | null, maxLagMs: null as number | null };
  const pingWaiters = new Set<() => void>();
  let nc: NatsConnection | undefined;
  let relay: Relay | undefined;
  let starting: Promise<void> | undefined;
  let closed = false;
  let pingTimer: NodeJS.Timeout | undefined;
  // Oldest ping not back yet. Overdue = no relay is delivering: report not listening (the read cache
  // then reads through) and, when pings return, mark everything dirty (changes of the gap were lost).
  let pingOutstandingSince: number | undefined;
  const pingTimeoutMs = 2 * (pingIntervalMs || 5_000);
  const relayOverdue = () => pingOutstandingSince !== undefined && Date.now() - pingOutstandingSince > pingTimeoutMs;

  const emitAny = registry.emitAny;

  function markAllDirty(why: string): void {
    counters.reconnects += 1;
    logger.info({ topics: registry.size, why }, 'change bus (NATS) marking every topic dirty');
    emitAny({ type: 'reconnected' });
    registry.dispatchAll();
  }

  function deliver(payload: string): void {
    if (closed) return;
    if (payload === RESYNC) {
      markAllDirty('relay resync');
      return;
    }
    if (payload.startsWith(PING_PREFIX)) {
      const [from, sentAt] = payload.slice(PING_PREFIX.length).split(':');
      if (from !== instance) return;
      const wasOverdue = relayOverdue();
      pingOutstandingSince = undefined;
      if (wasOverdue) markAllDirty('relay answering again');
      const lagMs = Math.max(0, Date.now() - Number(sentAt));
      counters.lastLagMs = lagMs;
      counters.maxLagMs = Math.max(counters.maxLagMs ?? 0, lagMs);
      emitAny({ type: 'ping', lagMs });
      for (const w of [...pingWaiters]) w();
      return;
    }
    counters.changes += 1;
    emitAny({ type: 'change', topic: payload });
    registry.dispatch(payload);
  }

  const sendPing = () => {
    pingOutstandingSince ??= Date.now();
    return options.dbHandle.db
      .execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${`${PING_PREFIX}${instance}:${Date.now()}`})`)
      .catch((err) => {
        logger.debug({ err }, 'change bus ping could not be sent');
      });
  };

  /** Resolves when one of our pings has made the whole trip (NOTIFY → relay → NATS → here). */
  async function roundTrip(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    let retry: NodeJS.Timeout | undefined;
    let done!: () => void;
    const back = new Promise<boolean>((resolve) => {
      done = () => resolve(true);
      pingWaiters.add(done);
      timer = setTimeout(() => resolve(false), timeoutMs);
      // A relay elected a moment later misses the first ping: repeat until one returns.
      retry = setInterval(() => void sendPing(), 250);
    });
    await sendPing();
    try {
      return await back;
    } finally {
      pingWaiters.delete(done);
      clearTimeout(timer);
      clearInterval(retry);
    }
  }

  async function open(): Promise<void> {
    nc = await connect({
      servers: options.url,
      name: `slotkit-${instance}`,
      reconnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
    });
    nc.subscribe(subject, {
      callback: (err, msg) => (err ? logger.warn({ err }, 'NATS subscription error') : deliver(msg.string())),
    });
    await nc.flush(); // the subscription is registered at the server before anything is relayed to it
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === Events.Disconnect)
          logger.warn({ server: status.data }, 'change bus lost NATS; reconnecting');
        if (status.type === Events.Reconnect && !closed) markAllDirty('NATS reconnect');
      }
    })();
    const conn = nc;
    relay = createRelay({
      dbHandle: options.dbHandle,
      databaseUrl: options.databaseUrl,
      logger,
      checkIntervalMs: options.relayCheckIntervalMs,
      publish: (payload) => conn.publish(subject, payload),
    });
    await relay.start();
    if (!(await roundTrip(options.startTimeoutMs ?? 10_000))) {
      logger.warn(
        'change bus (NATS): no relay answered yet; ' +
          'changes arrive once one is elected (then everything is marked dirty)',
      );
    }
    if (pingIntervalMs > 0 && !closed) {
      pingTimer = setInterval(() => void sendPing(), pingIntervalMs);
      pingTimer.unref();
    }
  }

  return {
    start() {
      starting ??= open();
      return starting;
    },
    subscribe: registry.subscribe,
    onAny: registry.onAny,
    stats: () => ({
      listening: Boolean(nc) && !nc!.isClosed() && !closed && !relayOverdue(),
      topics: registry.size,
      ...counters,
    }),
    async close() {
      if (closed) return;
      closed = true;
      if (pingTimer) clearInterval(pingTimer);
      registry.clear();
      await starting?.catch(() => {});
      await relay?.close();
      await nc?.drain().catch(() => {});
    },
  };
}

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import { CHANGES_CHANNEL } from './topics.ts';
import type { ChangeBus } from './change-bus.ts';
import { createTopicRegistry } from './topic-registry.ts';

export interface PostgresBusOptions {
  dbHandle: DbHandle;
  logger: Logger;
  /**
   * How often the bus NOTIFYs itself to measure lag and to find a LISTEN that
   * died silently (postgres.js gives up re-listening when the database is down
   * at that moment). 0 turns the ping off. @default 5000
   */
  pingIntervalMs?: number;
  /** A ping not back after this long means the listener is dead: LISTEN again. @default 2 * pingIntervalMs */
  pingTimeoutMs?: number;
  /** @default Date.now */
  now?: () => number;
}

const PING_PREFIX = '~ping:';

/** The change bus over PostgreSQL LISTEN/NOTIFY (postgres.js) or PGlite's in-process LISTEN. */
export function createPostgresBus(options: PostgresBusOptions): ChangeBus {
  const { dbHandle, logger } = options;
  const now = options.now ?? Date.now;
  const pingIntervalMs = options.pingIntervalMs ?? 5_000;
  const pingTimeoutMs = options.pingTimeoutMs ?? pingIntervalMs * 2;
  const instance = randomUUID().slice(0, 8);
  const registry = createTopicRegistry();
  let generation = 0;
  let listenCalls = 0;
  let unlisten: (() => Promise<void>) | undefined;
  let starting: Promise<void> | undefined;
  let closed = false;
  let pingTimer: NodeJS.Timeout | undefined;
  let pingOutstandingSince: number | undefined;
  const counters = { changes: 0, reconnects: 0, lastLagMs: null as number | null, maxLagMs: null as number | null };

  const emitAny = registry.emitAny;

  function deliver(payload: string): void {
    if (payload.startsWith(PING_PREFIX)) return receivePing(payload);
    counters.changes += 1;
    emitAny({ type: 'change', topic: payload });
    registry.dispatch(payload);
  }

  function receivePing(payload: string): void {
    const [from, sentAt] = payload.slice(PING_PREFIX.length).split(':');
    if (from !== instance) return; // another instance's ping
    pingOutstandingSince = undefined;
    const lagMs = Math.max(0, now() - Number(sentAt));
    counters.lastLagMs = lagMs;
    counters.maxLagMs = Math.max(counters.maxLagMs ?? 0, lagMs);
    emitAny({ type: 'ping', lagMs });
  }

  // Anything may have changed while the listener was away: every watched topic is dirty.
  function reconnected(): void {
    counters.reconnects += 1;
    logger.info({ topics: registry.size }, 'change bus re-listening; marking every topic dirty');
    emitAny({ type: 'reconnected' });
    registry.dispatchAll();
  }

  async function listen(): Promise<void> {
    const gen = ++generation;
    // Stale generations (a listener we replaced) stay registered in postgres.js; they go quiet here.
    unlisten = await dbHandle.listen(
      CHANGES_CHANNEL,
      (payload) => {
        if (gen === generation && !closed) deliver(payload);
      },
      () => {
        if (gen !== generation || closed) return;
        listenCalls += 1;
        if (listenCalls > 1) reconnected();
      },
    );
  }

  let pinging = false;
  async function ping(): Promise<void> {
    if (closed || pinging) return;
    pinging = true;
    try {
      await checkAndPing();
    } finally {
      pinging = false;
    }
  }

  async function checkAndPing(): Promise<void> {
    if (pingOutstandingSince !== undefined && now() - pingOutstandingSince > pingTimeoutMs) {
      logger.warn({ waitedMs: now() - pingOutstandingSince }, 'change bus ping lost; LISTEN again');
      pingOutstandingSince = undefined;
      const old = unlisten;
      unlisten = undefined;
      await old?.().catch(() => {});
      try {
        await listen();
      } catch (err) {
        logger.warn({ err }, 'change bus could not LISTEN; retrying at the next ping');
        return;
      }
    }
    const sentAt = now();
    try {
      await dbHandle.db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${`${PING_PREFIX}${instance}:${sentAt}`})`);
      pingOutstandingSince ??= sentAt; // a send that fails says nothing about the listener
    } catch (err) {
      logger.debug({ err }, 'change bus ping could not be sent');
    }
  }

  return {
    start() {
      starting ??= listen().then(() => {
        if (pingIntervalMs > 0 && !closed) {
          pingTimer = setInterval(() => void ping(), pingIntervalMs);
          pingTimer.unref();
        }
      });
      return starting;
    },
    subscribe: registry.subscribe,
    onAny: registry.onAny,
    stats: () => ({ listening: Boolean(unlisten) && !closed, topics: registry.size, ...counters }),
    async close() {
      if (closed) return;
      closed = true;
      if (pingTimer) clearInterval(pingTimer);
      registry.clear();
      await starting?.catch(() => {});
      await unlisten?.().catch(() => {});
      unlisten = undefined;
    },
  };
}

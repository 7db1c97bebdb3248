import type { Sql } from 'postgres';
import type { DbHandle } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import { CHANGES_CHANNEL } from './topics.ts';

/** Sent on NATS when a relay starts or re-LISTENs: it may have missed commits, so every instance marks every topic
 * dirty. */
export const RESYNC = '~resync';
/** Advisory lock key of the relay leadership (one relay per database, whichever instance holds it). */
const RELAY_LOCK = 727200;

export interface RelayOptions {
  dbHandle: DbHandle;
  /** DATABASE_URL: the leadership lock lives on its own session (undefined on PGlite: one process, always the relay).
   * */
  databaseUrl?: string;
  publish(payload: string): void;
  logger: Logger;
  /** How often a follower tries to take over and the leader checks its lock session. @default 2000 */
  checkIntervalMs?: number;
}

export interface Relay {
  start(): Promise<void>;
  isLeader(): boolean;
  close(): Promise<void>;
}

/**
 * Commits still notify inside their transaction (topics.ts), so NOTIFY keeps
 * "delivered only on commit"; exactly ONE instance (the holder of a session
 * advisory lock) LISTENs and republishes each payload on NATS, and every
 * instance subscribes to NATS instead of holding its own LISTEN connection.
 * When the leader dies its lock session ends and a follower takes over within
 * one check interval; the new leader publishes RESYNC first, so changes that
 * fell into the gap are recovered by marking everything dirty.
 */
export function createRelay(options: RelayOptions): Relay {
  const { dbHandle, logger } = options;
  const checkIntervalMs = options.checkIntervalMs ?? 2_000;
  let lockSql: Sql | undefined;
  let leader = false;
  let unlisten: (() => Promise<void>) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let busy = false;

  async function holdsLock(): Promise<boolean> {
    if (!options.databaseUrl) return true;
    if (!lockSql) {
      const { default: postgres } = await import('postgres');
      // One session that must never be recycled: the lock lives exactly as long as it.
      lockSql = postgres(options.databaseUrl, {
        max: 1,
        idle_timeout: 0,
        max_lifetime: null,
        connect_timeout: 5,
        onnotice: () => {},
      });
    }
    if (leader) {
      // Still the same session? A reconnect would have silently dropped the lock.
      const [row] = await lockSql<{ held: boolean }[]>`select exists (select 1 from pg_locks
                       where locktype = 'advisory' and objid = ${RELAY_LOCK}
                         and pid = pg_backend_pid() and granted) as held`;
      return Boolean(row?.held);
    }
    const [row] = await lockSql<{ ok: boolean }[]>`select pg_try_advisory_lock(${RELAY_LOCK}) as ok`;
    return Boolean(row?.ok);
  }

  async function becomeLeader(): Promise<void> {
    let listens = 0;
    unlisten = await dbHandle.listen(
      CHANGES_CHANNEL,
      (payload) => {
        if (leader && !closed) options.publish(payload);
      },
      () => {
        listens += 1;
        if (listens > 1 && leader) options.publish(RESYNC); // re-LISTEN after a drop: changes may be lost
      },
    );
    leader = true;
    options.publish(RESYNC);
    logger.info('change relay: this instance now relays PostgreSQL NOTIFY to NATS');
  }

  async function stepDown(): Promise<void> {
    leader = false;
    const off = unlisten;
    unlisten = undefined;
    await off?.().catch(() => {});
  }

  async function check(): Promise<void> {
    if (closed || busy) return;
    busy = true;
    try {
      const holds = await holdsLock();
      if (holds && !leader && !closed) await becomeLeader();
      if (!holds && leader) {
        logger.warn('change relay: lost the relay lock; stepping down');
        await stepDown();
      }
    } catch (err) {
      logger.warn({ err }, 'change relay: leadership check failed');
      if (leader) await stepDown();
      await lockSql?.end({ timeout: 1 }).catch(() => {});
      lockSql = undefined;
    } finally {
      busy = false;
    }
  }

  return {
    async start() {
      await check();
      timer = setInterval(() => void check(), checkIntervalMs);
      timer.unref();
    },
    isLeader: () => leader,
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      while (busy) await new Promise((r) => setTimeout(r, 10));
      await stepDown();
      await lockSql?.end({ timeout: 2 }).catch(() => {});
    },
  };
}

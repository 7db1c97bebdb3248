import type { Config } from '../config.ts';
import type { DbHandle } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../observability/logger.ts';
import { createPostgresBus, type PostgresBusOptions } from './bus.ts';
import type { ChangeBus } from './change-bus.ts';
import { createCoalescer, type Coalescer, type CoalescerOptions, type Feed } from './coalescer.ts';
import { createLatestQueue } from './latest-queue.ts';
import { createNatsBus } from './nats-bus.ts';

/**
 * One per process: the change bus, the coalescer over it, and the async
 * iterators subscriptions read. Knows nothing of GraphQL or WebSockets.
 */
export interface Realtime {
  readonly bus: ChangeBus;
  readonly coalescer: Coalescer;
  /** Starts listening (idempotent); `watch` waits for it too. */
  start(): Promise<void>;
  /**
   * Pushes the feed's state after each coalesced change. Resolves once the bus
   * listens, so a change committed after this resolves is never missed.
   * Ending the iterator (`return()`) removes the listener at once.
   */
  watch<T>(feed: Feed<T>): Promise<AsyncIterableIterator<T>>;
  /** Open iterators (for leak checks). */
  openIterators(): number;
  close(): Promise<void>;
}

export interface RealtimeOptions {
  dbHandle: DbHandle;
  logger: Logger;
  /** Another transport (NATS, Redis) replaces PostgreSQL NOTIFY here. @default createPostgresBus */
  bus?: ChangeBus;
  busOptions?: Partial<PostgresBusOptions>;
  coalescer?: CoalescerOptions;
}

export function createRealtime(options: RealtimeOptions): Realtime {
  const { logger } = options;
  const bus = options.bus ?? createPostgresBus({ dbHandle: options.dbHandle, logger, ...options.busOptions });
  const coalescer = createCoalescer(bus, {
    // A domain error (the activity was deleted) ends the subscription; anything else is retried.
    isFatal: (err) => err instanceof AppError,
    onError: (key, err) => logger.warn({ err, feed: key }, 'realtime feed computation failed; retrying'),
    ...options.coalescer,
  });
  const open = new Set<() => void>();
  let closed = false;

  return {
    bus,
    coalescer,
    start: () => bus.start(),
    async watch<T>(feed: Feed<T>) {
      await bus.start();
      if (closed) throw new AppError('INTERNAL', 'The server is shutting down');
      let unsubscribe = () => {};
      const queue = createLatestQueue<T>(() => {
        unsubscribe();
        open.delete(end);
      });
      const end = () => void queue.iterator.return!();
      unsubscribe = coalescer.subscribe(feed, { next: (s) => queue.push(s), error: (err) => queue.fail(err) });
      open.add(end);
      return queue.iterator;
    },
    openIterators: () => open.size,
    async close() {
      if (closed) return;
      closed = true;
      for (const end of [...open]) end();
      coalescer.close();
      await bus.close();
    },
  };
}

/** CHANGE_BUS=nats: the realtime layer over NATS (fed by one elected LISTEN relay); undefined keeps PostgreSQL NOTIFY.
 * */
export function configuredRealtime(config: Config, dbHandle: DbHandle, logger: Logger): Realtime | undefined {
  if (config.CHANGE_BUS !== 'nats') return undefined;
  return createRealtime({
    dbHandle,
    logger,
    bus: createNatsBus({ url: config.NATS_URL, dbHandle, databaseUrl: config.DATABASE_URL, logger }),
    coalescer: { windowMs: config.REALTIME_DEBOUNCE_MS, retryMs: config.REALTIME_MAX_WAIT_MS },
  });
}

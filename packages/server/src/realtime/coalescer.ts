import type { ChangeBus } from './change-bus.ts';

/**
 * What subscribers watch: one computed state (an availability list, a widget
 * config) that goes stale when any of its bus topics changes.
 */
export interface Feed<T> {
  /** Subscribers with the same key share one state and one computation. */
  readonly key: string;
  /** Read when the feed starts and after every computation (a venue may have gained an activity). */
  topics(): readonly string[];
  compute(): Promise<T>;
}

export interface FeedListener<T> {
  next(state: T): void;
  /** The feed ended for good (e.g. its activity was deleted); the listener is already removed. */
  error(err: unknown): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CoalescerOptions {
  /**
   * The throttle window (DESIGN §6): a change to a quiet feed is pushed this long after it, and a feed is
   * computed at most once per window however fast changes come (REALTIME_DEBOUNCE_MS). @default 500
   */
  windowMs?: number;
  /** A failed computation (database away) is retried after this long (REALTIME_MAX_WAIT_MS). @default 2000 */
  retryMs?: number;
  /** @default global setTimeout/clearTimeout */
  timers?: Timers;
  /** A computation error that ends the feed (true) rather than being retried (false). @default () => false */
  isFatal?: (err: unknown) => boolean;
  /** Called for every retried computation error. */
  onError?: (key: string, err: unknown) => void;
}

export interface FeedStats {
  readonly listeners: number;
  readonly computes: number;
  readonly pushes: number;
  /** A computation is scheduled or running. */
  readonly pending: boolean;
}

export interface Coalescer {
  subscribe<T>(feed: Feed<T>, listener: FeedListener<T>): () => void;
  /** Feeds with at least one listener. */
  size(): number;
  /** Armed timers across all feeds (0 when nothing is dirty). */
  timers(): number;
  stats(key: string): FeedStats | undefined;
  close(): void;
}

interface Entry {
  readonly feed: Feed<unknown>;
  readonly listeners: Set<FeedListener<unknown>>;
  readonly unwatch: Map<string, () => void>;
  timer: unknown;
  running: boolean;
  rerun: boolean;
  computes: number;
  pushes: number;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/**
 * Per feed, a throttle with a trailing push (DESIGN §6): the first change to a
 * quiet feed arms one timer a window later; changes while it is armed ride
 * along (a steady stream cannot postpone it, unlike a debounce); a change
 * after it fired arms the next one a window later, so the last change is
 * always pushed and a feed computes at most once per window. Each firing
 * computes the state ONCE and pushes it to every local listener. A feed
 * without listeners does not exist: no bus handler, no timer, no query.
 */
export function createCoalescer(bus: Pick<ChangeBus, 'subscribe'>, options: CoalescerOptions = {}): Coalescer {
  const windowMs = options.windowMs ?? 500;
  const retryMs = options.retryMs ?? 2_000;
  const timers = options.timers ?? realTimers;
  const isFatal = options.isFatal ?? (() => false);
  const entries = new Map<string, Entry>();
  let armed = 0;

  const live = (entry: Entry) => entries.get(entry.feed.key) === entry;

  function disarm(entry: Entry): void {
    if (entry.timer === undefined) return;
    timers.clearTimeout(entry.timer);
    entry.timer = undefined;
    armed -= 1;
  }

  /** Arms the feed's one timer `delayMs` from now (a push already due takes this change along). */
  function arm(entry: Entry, delayMs: number): void {
    if (entry.timer !== undefined) return;
    armed += 1;
    entry.timer = timers.setTimeout(
      () => {
        entry.timer = undefined;
        armed -= 1;
        // A change during a running computation may be missing from its result: compute again after it.
        if (entry.running) entry.rerun = true;
        else void run(entry);
      },
      Math.max(0, delayMs),
    );
  }

  /**
   * A change arrived. The timer it arms starts after the last computation began (a change during it arms
   * only then), so two computations are always at least a window apart.
   */
  const markDirty = (entry: Entry): void => arm(entry, windowMs);

  function watch(entry: Entry, topics: readonly string[]): void {
    const wanted = new Set(topics);
    for (const [topic, off] of entry.unwatch) {
      if (!wanted.has(topic)) {
        off();
        entry.unwatch.delete(topic);
      }
    }
    for (const topic of wanted) {
      if (!entry.unwatch.has(topic))
        entry.unwatch.set(
          topic,
          bus.subscribe(topic, () => markDirty(entry)),
        );
    }
  }

  function remove(entry: Entry): void {
    disarm(entry);
    for (const off of entry.unwatch.values()) off();
    entry.unwatch.clear();
    if (live(entry)) entries.delete(entry.feed.key);
  }

  async function run(entry: Entry): Promise<void> {
    entry.running = true;
    entry.computes += 1;
    try {
      const state = await entry.feed.compute();
      if (!live(entry)) return;
      watch(entry, entry.feed.topics());
      for (const listener of [...entry.listeners]) {
        entry.pushes += 1;
        listener.next(state);
      }
    } catch (err) {
      if (!live(entry)) return;
      if (isFatal(err)) {
        const listeners = [...entry.listeners];
        entry.listeners.clear();
        remove(entry);
        for (const listener of listeners) listener.error(err);
        return;
      }
      options.onError?.(entry.feed.key, err);
      arm(entry, retryMs); // transient (database away): retried without another change, no faster than this
    } finally {
      entry.running = false;
      if (entry.rerun && live(entry)) {
        entry.rerun = false;
        void run(entry);
      }
    }
  }

  return {
    subscribe(feed, listener) {
      let entry = entries.get(feed.key);
      if (!entry) {
        entry = {
          feed: feed,
          listeners: new Set(),
          unwatch: new Map(),
          timer: undefined,
          running: false,
          rerun: false,
          computes: 0,
          pushes: 0,
        };
        entries.set(feed.key, entry);
        watch(entry, feed.topics());
      }
      const own = entry;
      own.listeners.add(listener);
      return () => {
        if (!own.listeners.delete(listener)) return;
        if (own.listeners.size === 0) remove(own);
      };
    },
    size: () => entries.size,
    timers: () => armed,
    stats(key) {
      const e = entries.get(key);
      return (
        e && {
          listeners: e.listeners.size,
          computes: e.computes,
          pushes: e.pushes,
          pending: e.timer !== undefined || e.running,
        }
      );
    },
    close() {
      for (const entry of [...entries.values()]) remove(entry);
    },
  };
}

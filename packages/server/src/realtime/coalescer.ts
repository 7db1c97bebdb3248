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
  /** Quiet time after the last change before computing. @default 500 */
  debounceMs?: number;
  /** Longest a change waits under a continuous stream of changes. @default 2000 */
  maxWaitMs?: number;
  /** @default global setTimeout/clearTimeout */
  timers?: Timers;
  /** Milliseconds clock. @default Date.now */
  now?: () => number;
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
  firstDirtyAt: number;
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
 * Per feed: trailing debounce, bounded by a max wait; when it fires, the state
 * is computed ONCE and pushed to every local listener. A feed without
 * listeners does not exist: no bus handler, no timer, no query.
 */
export function createCoalescer(bus: Pick<ChangeBus, 'subscribe'>, options: CoalescerOptions = {}): Coalescer {
  const debounceMs = options.debounceMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 2_000;
  const timers = options.timers ?? realTimers;
  const now = options.now ?? Date.now;
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

  /** A change arrived; `delayMs` overrides the debounce (a failed computation retries after the max wait). */
  function markDirty(entry: Entry, delayMs = debounceMs): void {
    const t = now();
    if (entry.timer === undefined) entry.firstDirtyAt = t;
    else disarm(entry);
    const due = Math.min(t + delayMs, entry.firstDirtyAt + maxWaitMs);
    armed += 1;
    entry.timer = timers.setTimeout(
      () => {
        entry.timer = undefined;
        armed -= 1;
        // A change during a running computation may be missing from its result: compute again after it.
        if (entry.running) entry.rerun = true;
        else void run(entry);
      },
      Math.max(0, due - t),
    );
  }

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
      markDirty(entry, maxWaitMs); // transient (database away): retry, no faster than once per max wait
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
          firstDirtyAt: 0,
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

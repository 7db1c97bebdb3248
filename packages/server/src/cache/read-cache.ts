import type { BusEvent, ChangeBus } from '../realtime/change-bus.ts';

/** What a computation returns: the value, the bus topics it depends on, and how long time alone keeps it true. */
export interface Fill<T> {
  readonly value: T;
  readonly topics: readonly string[];
  /** Epoch ms after which the value is wrong even without a change (a session started, a day began). */
  readonly validUntil?: number;
}

export interface ReadCacheOptions {
  /** The same bus the subscriptions use: a change to any of an entry's topics drops it at once. */
  bus: Pick<ChangeBus, 'onAny' | 'stats'>;
  /** Milliseconds clock (services.now in the app, so tests control it). */
  now: () => number;
  /** Safety net only; correctness comes from the bus. @default 600_000 */
  maxAgeMs?: number;
  /** @default 10_000 entries; the oldest are evicted first */
  maxEntries?: number;
  /** Counts hits and misses (metrics). */
  onLookup?: (cache: string, result: 'hit' | 'miss' | 'bypass') => void;
  /** The log of the response being assembled now, if any (the response cache builds on it). */
  currentReads?: () => ReadLog | undefined;
}

interface Entry {
  readonly value: unknown;
  readonly topics: readonly string[];
  readonly expiresAt: number;
}

/** One cached value a response was built from, exactly as it was served. */
export interface ReadRef {
  readonly id: string;
  readonly entry: Entry;
}

/**
 * Which cached values went into one response. `complete` turns false when a
 * value came from outside the cache (bypass, or a result a change overtook):
 * such a response must not be reused.
 */
export interface ReadLog {
  readonly refs: ReadRef[];
  complete: boolean;
}

interface InFlight {
  readonly promise: Promise<unknown>;
  /** Set when a change (or a reconnect) arrived while computing: the result is served once, never stored. */
  stale: boolean;
  readonly changed: Set<string>;
  /** The entry the result was stored as, once it is. */
  entry?: Entry;
}

/**
 * A per-instance cache of public reads (widgetConfig, calendar). Entries are
 * dropped the moment the change bus delivers one of their topics, which is
 * the same moment the subscriptions learn of it, so every instance serves
 * the new price or schedule within the throttle window. A bus reconnect (it
 * may have missed changes) drops everything, and while the bus is not
 * listening nothing is stored. Concurrent misses for one key share one
 * computation; a change during it keeps its result out of the cache.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byTopic = new Map<string, Set<string>>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly off: () => void;

  constructor(private readonly options: ReadCacheOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 600_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.off = options.bus.onAny((event) => this.onBus(event));
  }

  async get<T>(cache: string, key: string, compute: () => Promise<Fill<T>>): Promise<T> {
    const id = `${cache}\u0000${key}`;
    const log = this.options.currentReads?.();
    const now = this.options.now();
    const hit = this.entries.get(id);
    if (hit && hit.expiresAt > now) {
      this.options.onLookup?.(cache, 'hit');
      log?.refs.push({ id, entry: hit });
      return hit.value as T;
    }
    if (hit) this.drop(id);
    const running = this.inFlight.get(id);
    if (running && !running.stale) {
      this.options.onLookup?.(cache, 'hit');
      const value = (await running.promise) as T;
      record(log, id, running.entry);
      return value;
    }
    if (!this.options.bus.stats().listening) {
      // Without the bus an entry could outlive a change: read through.
      this.options.onLookup?.(cache, 'bypass');
      if (log) log.complete = false;
      return (await compute()).value;
    }
    this.options.onLookup?.(cache, 'miss');
    const flight: InFlight = { stale: false, changed: new Set(), promise: undefined as never };
    const promise = compute().then((fill) => {
      if (this.inFlight.get(id) === flight) this.inFlight.delete(id);
      const touched = flight.stale || fill.topics.some((t) => flight.changed.has(t));
      if (!touched) flight.entry = this.store(id, fill);
      record(log, id, flight.entry);
      return fill.value;
    });
    (flight as { promise: Promise<unknown> }).promise = promise;
    this.inFlight.set(id, flight);
    promise.catch(() => {
      if (this.inFlight.get(id) === flight) this.inFlight.delete(id);
    });
    return promise;
  }

  /** True while every value of `refs` is still the live, unexpired entry: nothing it was built from has changed. */
  isCurrent(refs: readonly ReadRef[]): boolean {
    const now = this.options.now();
    return refs.every((ref) => this.entries.get(ref.id) === ref.entry && ref.entry.expiresAt > now);
  }

  /** The topics `refs` depend on (the response cache derives venue ids from them). */
  static topicsOf(refs: readonly ReadRef[]): string[] {
    return [...new Set(refs.flatMap((ref) => ref.entry.topics))];
  }

  size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.byTopic.clear();
    for (const flight of this.inFlight.values()) flight.stale = true;
  }

  close(): void {
    this.off();
    this.clear();
  }

  private onBus(event: BusEvent): void {
    if (event.type === 'reconnected') return this.clear();
    if (event.type !== 'change') return;
    for (const flight of this.inFlight.values()) flight.changed.add(event.topic);
    const ids = this.byTopic.get(event.topic);
    if (!ids) return;
    for (const id of [...ids]) this.drop(id);
  }

  private store(id: string, fill: Fill<unknown>): Entry | undefined {
    const now = this.options.now();
    const expiresAt = Math.min(now + this.maxAgeMs, fill.validUntil ?? Infinity);
    if (expiresAt <= now) return undefined;
    this.drop(id);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.drop(oldest);
    }
    const entry: Entry = { value: fill.value, topics: fill.topics, expiresAt };
    this.entries.set(id, entry);
    for (const topic of fill.topics) {
      let ids = this.byTopic.get(topic);
      if (!ids) this.byTopic.set(topic, (ids = new Set()));
      ids.add(id);
    }
    return entry;
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const topic of entry.topics) {
      const ids = this.byTopic.get(topic);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.byTopic.delete(topic);
    }
  }
}

/** A value that was not (or is no longer) stored makes the response it went into unrepeatable. */
function record(log: ReadLog | undefined, id: string, entry: Entry | undefined): void {
  if (!log) return;
  if (entry) log.refs.push({ id, entry });
  else log.complete = false;
}

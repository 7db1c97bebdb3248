import { AsyncLocalStorage } from 'node:async_hooks';
import { ReadCache, type ReadLog, type ReadRef } from './read-cache.ts';
import { venueIdOfTopic } from '../realtime/topics.ts';

/** A finished GraphQL answer, kept byte for byte with the headers Apollo gave it. */
export interface CachedResponse {
  readonly body: Buffer;
  /** Strong, over the body: lets a browser or CDN revalidate a GET with If-None-Match. */
  readonly etag: string;
  readonly contentType: string;
  readonly cacheControl: string;
  /** The venues it shows: a hit still counts against their rate-limit budgets. */
  readonly venueIds: readonly string[];
  readonly refs: readonly ReadRef[];
}

export interface ResponseCacheOptions {
  readCache: ReadCache;
  /** The strong ETag of a stored body (computed once, when it is stored). */
  etagOf: (body: Buffer) => string;
  /** @default 2_000 responses; the oldest are evicted first */
  maxEntries?: number;
}

// A public, shared max-age from Apollo's cache-control plugin: the same test a CDN applies.
const SHAREABLE = /^max-age=[1-9]\d*, public$/;

/**
 * Whole answers of CDN-cacheable public operations (widgetConfig), so a
 * repeat skips the GraphQL pipeline entirely. An answer carries no expiry
 * of its own: it stays valid exactly as long as every read-cache entry it
 * was built from is still the live one, so the change bus that drops those
 * entries drops it too, on every instance, with no TTL and no race (a
 * change that lands while the answer is being built leaves a stale ref,
 * and the first lookup discards it).
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly maxEntries: number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.maxEntries = options.maxEntries ?? 2_000;
  }

  lookup(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry && this.options.readCache.isCurrent(entry.refs)) return entry;
    if (entry) this.entries.delete(key);
    return undefined;
  }

  /**
   * Keeps an answer when it may be shared (Apollo marked it public with a
   * max-age) and everything in it came from live cache entries; returns
   * whether it was kept.
   */
  offer(key: string, answer: { body: string; contentType: string; cacheControl: string }, reads: ReadLog): boolean {
    if (!SHAREABLE.test(answer.cacheControl) || !reads.complete || reads.refs.length === 0) return false;
    if (!this.options.readCache.isCurrent(reads.refs)) return false;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const venueIds = ReadCache.topicsOf(reads.refs).flatMap((t) => venueIdOfTopic(t) ?? []);
    const body = Buffer.from(answer.body);
    const etag = this.options.etagOf(body);
    this.entries.set(key, { ...answer, body, etag, venueIds, refs: [...reads.refs] });
    return true;
  }
}

/** Where the read cache records the reads of the answer being built in this async context. */
const answerReads = new AsyncLocalStorage<{ log: ReadLog | undefined }>();

/** The read cache's `currentReads`: the log of the answer being built now, if one is being recorded. */
export const currentAnswerReads = (): ReadLog | undefined => answerReads.getStore()?.log;

export interface AnswerRecording {
  /** The cached reads the answer used so far; `complete` turns false when one came from outside the cache. */
  readonly log: ReadLog;
  /** Runs the rest of the request (Apollo) with its reads recorded into `log`. */
  run(rest: () => void): void;
  /** Ends the recording: reads after the answer was sent are not part of it. */
  stop(): void;
}

/** A recording of the reads one answer is built from, which `ResponseCache.offer` then judges. */
export function recordAnswerReads(): AnswerRecording {
  const log: ReadLog = { refs: [], complete: true };
  const scope: { log: ReadLog | undefined } = { log };
  return {
    log,
    run: (rest) => answerReads.run(scope, rest),
    stop: () => void (scope.log = undefined),
  };
}

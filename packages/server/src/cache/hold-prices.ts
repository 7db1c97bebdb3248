import { performance } from 'node:perf_hooks';
import type { DbOrTx } from '../db/client.ts';
import {
  loadActivityCatalog,
  loadSessionFacts,
  type ActivityCatalog,
  type HoldPrices,
  type SessionCatalog,
  type SessionFacts,
} from '../domain/reservations/hold-catalog.ts';
import { activityTopic } from '../realtime/topics.ts';
import type { ReadCache } from './read-cache.ts';

export interface HoldPriceCacheOptions {
  /** Activity catalogs live here while the change bus says they are current (absent: the TTL below). */
  readonly readCache?: ReadCache;
  /** Without a read cache, how long an activity's catalog is reused. @default 5000 */
  readonly ttlMs?: number;
  /** @default 50_000 sessions */
  readonly maxSessions?: number;
}

/**
 * The hot path needs, per hold, what the session belongs to and the
 * activity's prices and party limits. Session facts never change, so they
 * are kept until evicted. An activity's catalog is kept in the read cache,
 * dropped the moment the bus announces a change to the activity (prices are
 * re-checked inside reserve_slot anyway); with the read cache off, for a
 * short TTL on the monotonic clock (tests freeze the domain clock).
 */
export class HoldPriceCache implements HoldPrices {
  private readonly sessions = new Map<string, SessionFacts>();
  private readonly recent = new Map<string, { at: number; value: ActivityCatalog }>();
  private readonly ttlMs: number;
  private readonly maxSessions: number;

  constructor(private readonly options: HoldPriceCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.maxSessions = options.maxSessions ?? 50_000;
  }

  async get(db: DbOrTx, sessionId: string, options: { fresh?: boolean } = {}): Promise<SessionCatalog | undefined> {
    let facts = this.sessions.get(sessionId);
    if (!facts) {
      facts = await loadSessionFacts(db, sessionId);
      if (!facts) return undefined;
      if (this.sessions.size >= this.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
      this.sessions.set(sessionId, facts);
    }
    const catalog = options.fresh
      ? await loadActivityCatalog(db, facts.activityId)
      : await this.activityCatalog(db, facts.activityId);
    if (!catalog) {
      this.forget(sessionId);
      return undefined;
    }
    return { sessionId, ...facts, ...catalog };
  }

  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  private async activityCatalog(db: DbOrTx, activityId: string): Promise<ActivityCatalog | undefined> {
    const { readCache } = this.options;
    if (readCache) {
      return readCache.get('reserveCatalog', activityId, async () => {
        const value = await loadActivityCatalog(db, activityId);
        // A missing activity is not kept (topics [] would never be dropped).
        return { value, topics: value ? [activityTopic(activityId)] : [], validUntil: value ? undefined : 0 };
      });
    }
    const hit = this.recent.get(activityId);
    if (hit && performance.now() - hit.at < this.ttlMs) return hit.value;
    const value = await loadActivityCatalog(db, activityId);
    this.recent.delete(activityId);
    if (value) this.recent.set(activityId, { at: performance.now(), value });
    return value;
  }
}

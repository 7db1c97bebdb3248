import { performance } from 'node:perf_hooks';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { activities, activityPrices, activitySessions, type ActivityPrice } from '../../db/schema/index.ts';
import { isUuid } from '../ids.ts';
import type { PricingActivity } from './pricing.ts';

/** Everything a hold is priced and validated with, looked up by session id. */
export interface SessionCatalog {
  readonly sessionId: string;
  readonly activityId: string;
  readonly organizationId: string;
  readonly localDate: string;
  readonly activity: PricingActivity;
  readonly prices: readonly ActivityPrice[];
}

/** Undefined when the session does not exist. */
export async function loadSessionCatalog(db: DbOrTx, sessionId: string): Promise<SessionCatalog | undefined> {
  if (!isUuid(sessionId)) return undefined;
  const [row] = await db
    .select({
      activityId: activitySessions.activityId,
      organizationId: activitySessions.organizationId,
      localDate: activitySessions.localDate,
      status: activities.status,
      minParty: activities.minParty,
      maxParty: activities.maxParty,
      settings: activities.settings,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(eq(activitySessions.id, sessionId));
  if (!row) return undefined;
  const prices = await db
    .select()
    .from(activityPrices)
    .where(and(eq(activityPrices.activityId, row.activityId), eq(activityPrices.active, true)))
    .orderBy(asc(activityPrices.createdAt));
  return {
    sessionId,
    activityId: row.activityId,
    organizationId: row.organizationId,
    localDate: row.localDate,
    // Read directly: the full settings schema is the schedule's business, only this flag matters here.
    activity: { status: row.status, minParty: row.minParty, maxParty: row.maxParty, requiresWaiver: row.settings?.requiresWaiver === true },
    prices,
  };
}

export interface CatalogCacheOptions {
  /** How long a lookup is reused. Prices are re-checked inside reserve_slot, so staleness only delays party-size or waiver edits. @default 5000 */
  readonly ttlMs?: number;
  /** @default 10000 */
  readonly maxEntries?: number;
}

/**
 * The hot path reads the same session's catalog over and over; caching it
 * saves a round trip per hold. Freshness uses the monotonic clock, not the
 * injected domain clock (tests freeze that one).
 */
export class CatalogCache {
  private readonly entries = new Map<string, { at: number; value: SessionCatalog }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: CatalogCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  async get(db: DbOrTx, sessionId: string, options: { fresh?: boolean } = {}): Promise<SessionCatalog | undefined> {
    const hit = this.entries.get(sessionId);
    if (hit && !options.fresh && performance.now() - hit.at < this.ttlMs) return hit.value;
    const value = await loadSessionCatalog(db, sessionId);
    if (!value) {
      this.entries.delete(sessionId);
      return undefined;
    }
    this.entries.delete(sessionId);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(sessionId, { at: performance.now(), value });
    return value;
  }
}

const caches = new WeakMap<object, CatalogCache>();

/** One cache per services object (tests run several apps in one process). */
export function catalogCacheFor(owner: object): CatalogCache {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new CatalogCache()));
  return cache;
}

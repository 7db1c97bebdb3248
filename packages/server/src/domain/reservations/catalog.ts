import { performance } from 'node:perf_hooks';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { activities, activityPrices, activitySessions, type ActivityPrice } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import type { PricingActivity } from './pricing.ts';
import type { ReadCache } from '../../ops/read-cache.ts';
import { activityTopic } from '../../realtime/topics.ts';
import type { AppServices } from '../../services.ts';

/** Everything a hold is priced and validated with, looked up by session id. */
export interface SessionCatalog {
  readonly sessionId: string;
  readonly activityId: string;
  readonly organizationId: string;
  readonly localDate: string;
  readonly activity: PricingActivity;
  readonly prices: readonly ActivityPrice[];
}

/** What a session is and never stops being: its activity, organization and venue-local date. */
interface SessionFacts {
  readonly activityId: string;
  readonly organizationId: string;
  readonly localDate: string;
}

/** The part of an activity a hold is priced against; changes announce `activity:<id>` on the bus. */
interface ActivityCatalog {
  readonly activity: PricingActivity;
  readonly prices: readonly ActivityPrice[];
}

async function loadSessionFacts(db: DbOrTx, sessionId: string): Promise<SessionFacts | undefined> {
  if (!isUuid(sessionId)) return undefined;
  const [row] = await db
    .select({
      activityId: activitySessions.activityId,
      organizationId: activitySessions.organizationId,
      localDate: activitySessions.localDate,
    })
    .from(activitySessions)
    .where(eq(activitySessions.id, sessionId));
  return row;
}

async function loadActivityCatalog(db: DbOrTx, activityId: string): Promise<ActivityCatalog | undefined> {
  const [row] = await db
    .select({
      status: activities.status,
      minParty: activities.minParty,
      maxParty: activities.maxParty,
      settings: activities.settings,
    })
    .from(activities)
    .where(eq(activities.id, activityId));
  if (!row) return undefined;
  const prices = await db
    .select()
    .from(activityPrices)
    .where(and(eq(activityPrices.activityId, activityId), eq(activityPrices.active, true)))
    .orderBy(asc(activityPrices.createdAt));
  // Read directly: the full settings schema is the schedule's business, only this flag matters here.
  const requiresWaiver = row.settings?.requiresWaiver === true;
  return { activity: { status: row.status, minParty: row.minParty, maxParty: row.maxParty, requiresWaiver }, prices };
}

export interface CatalogCacheOptions {
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
export class CatalogCache {
  private readonly sessions = new Map<string, SessionFacts>();
  private readonly recent = new Map<string, { at: number; value: ActivityCatalog }>();
  private readonly ttlMs: number;
  private readonly maxSessions: number;

  constructor(private readonly options: CatalogCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.maxSessions = options.maxSessions ?? 50_000;
  }

  /** Undefined when the session (or its activity) does not exist. `fresh` reads the activity from the database. */
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

  /** A session reserve_slot no longer found (deleted by a schedule change). */
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

const caches = new WeakMap<object, CatalogCache>();

/** One cache per services object (tests run several apps in one process). */
export function catalogCacheFor(services: Pick<AppServices, 'readCache'>): CatalogCache {
  let cache = caches.get(services);
  if (!cache) caches.set(services, (cache = new CatalogCache({ readCache: services.readCache })));
  return cache;
}

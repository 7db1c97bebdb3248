import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import { CHANGES_CHANNEL, venueIdOfTopic } from '../realtime/topics.ts';
import type { OriginRules } from '../graphql/guard.ts';
import type { VenueDirectory } from '../graphql/operation-venues.ts';
import { originMatches } from './origin-patterns.ts';

export interface OriginPolicyOptions {
  dbHandle: DbHandle;
  logger: Logger;
  /** How long venue origins are trusted without a change notification. @default 60_000 */
  ttlMs?: number;
  /** @default Date.now */
  clock?: () => number;
}

interface VenueOrigins {
  readonly id: string;
  readonly embedKey: string;
  readonly patterns: readonly string[];
}

/**
 * Which browser origins may call the public API: the venues' `allowed_origins`
 * kept in memory, reloaded every `ttlMs` and at once when a `venue:*` change
 * is announced on the change channel (so every instance follows an update).
 */
export class OriginPolicy implements OriginRules, VenueDirectory {
  private venues = new Map<string, VenueOrigins>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private readonly ttlMs: number;
  private readonly clock: () => number;

  constructor(private readonly options: OriginPolicyOptions) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.clock = options.clock ?? Date.now;
  }

  async start(): Promise<void> {
    try {
      this.unlisten = await this.options.dbHandle.listen(CHANGES_CHANNEL, (topic) => {
        if (venueIdOfTopic(topic) !== undefined) this.invalidate();
      });
    } catch (err) {
      // Without notifications the TTL still bounds staleness.
      this.options.logger.warn({ err }, 'origin policy: could not LISTEN for venue changes');
    }
  }

  async stop(): Promise<void> {
    await this.unlisten?.().catch(() => {});
  }

  /** Forget the cache; the next check reloads. */
  invalidate(): void {
    this.loadedAt = -Infinity;
  }

  /** True when any venue lists the origin: enough to answer a preflight. */
  async allowedByAnyVenue(origin: string): Promise<boolean> {
    await this.fresh();
    for (const venue of this.venues.values()) if (venue.patterns.some((p) => originMatches(p, origin))) return true;
    return false;
  }

  /** True when every one of the venues lists the origin. */
  async allowedByVenues(origin: string, venueIds: readonly string[]): Promise<boolean> {
    await this.fresh();
    for (const id of venueIds) {
      let venue = this.venues.get(id);
      if (!venue) {
        // A venue created on another instance since the last load.
        this.invalidate();
        await this.fresh();
        venue = this.venues.get(id);
      }
      if (!venue?.patterns.some((p) => originMatches(p, origin))) return false;
    }
    return true;
  }

  /** The venue id of an embed key, from the same cache (undefined when unknown). */
  async venueIdOfEmbedKey(embedKey: string): Promise<string | undefined> {
    await this.fresh();
    for (const venue of this.venues.values()) if (venue.embedKey === embedKey) return venue.id;
    // Unknown keys are cheap to ask about one by one; reload only for a real new venue.
    const [row] = await queryRows<{ id: string }>(
      this.options.dbHandle.db,
      sql`select id from venues where embed_key = ${embedKey}`,
    );
    if (row) this.invalidate();
    return row?.id;
  }

  private async fresh(): Promise<void> {
    if (this.clock() - this.loadedAt < this.ttlMs) return;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    await this.loading;
  }

  private async load(): Promise<void> {
    const startedAt = this.clock();
    const rows = await queryRows<{ id: string; embed_key: string; allowed_origins: string[] | string }>(
      this.options.dbHandle.db,
      sql`select id, embed_key, allowed_origins from venues`,
    );
    this.venues = new Map(
      rows.map((r) => [r.id, { id: r.id, embedKey: r.embed_key, patterns: toArray(r.allowed_origins) }]),
    );
    this.loadedAt = startedAt;
  }
}

// Raw queries may hand a text[] back as its literal on some drivers.
function toArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean)
    .map((s) => s.replace(/^"|"$/g, ''));
}

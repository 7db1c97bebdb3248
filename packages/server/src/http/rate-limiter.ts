import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type Database } from '../db/client.ts';
import type { RateDecision, RateLimitRule, RateLimits } from '../graphql/guard.ts';
import type { Logger } from '../observability/logger.ts';

export interface RateLimiterOptions {
  db: Database;
  logger: Logger;
  now: () => Date;
  /** @default DEFAULT_WINDOW_SECONDS */
  windowSeconds?: number;
}

/** Each counter's window: fixed, starting on the minute. */
export const DEFAULT_WINDOW_SECONDS = 60;

const CLEANUP_EVERY_MS = 10 * 60_000;
const ALLOWED: RateDecision = { allowed: true };

/**
 * Fixed-window counters in the `rate_limits` table, so every instance on one
 * database shares the budget. A request costs one upsert for all its keys; a
 * key already over its limit is remembered in memory until its window ends,
 * so a flood costs no database work at all.
 */
export class RateLimiter implements RateLimits {
  private readonly windowMs: number;
  private readonly blockedUntil = new Map<string, number>();
  private nextCleanup = 0;

  constructor(private readonly options: RateLimiterOptions) {
    this.windowMs = (options.windowSeconds ?? DEFAULT_WINDOW_SECONDS) * 1000;
  }

  /** The in-memory answer for a key already over its limit (no database work), else undefined. */
  blocked(key: string): RateDecision | undefined {
    const until = this.blockedUntil.get(key);
    const now = this.options.now().getTime();
    return until !== undefined && until > now ? this.refuse(key, until, now) : undefined;
  }

  async hit(rules: readonly RateLimitRule[]): Promise<RateDecision> {
    const active = rules.filter((r) => r.limit > 0);
    if (active.length === 0) return ALLOWED;
    const now = this.options.now().getTime();
    // A shared budget's own key is never remembered as blocked (that would block newcomers too); the
    // share key of a caller over it is.
    for (const key of active.map((r) => r.share?.key ?? r.key)) {
      const until = this.blockedUntil.get(key);
      if (until !== undefined && until > now) return this.refuse(key, until, now);
    }
    const windowStart = Math.floor(now / this.windowMs) * this.windowMs;
    const windowEnd = windowStart + this.windowMs;
    const keys = [...new Set(active.flatMap((r) => (r.share ? [r.key, r.share.key] : [r.key])))].sort();
    let hits: Map<string, number>;
    try {
      hits = new Map((await this.count(keys, new Date(windowStart))).map((row) => [row.key, Number(row.hits)]));
    } catch (err) {
      // Fail open: an unreachable database fails the operation itself anyway.
      this.options.logger.warn({ err }, 'rate limiter: could not count; allowing the request');
      return ALLOWED;
    }
    this.maybeCleanup(now);
    for (const rule of active) {
      if ((hits.get(rule.key) ?? 0) <= rule.limit) continue;
      if (rule.share && (hits.get(rule.share.key) ?? 0) <= rule.share.limit) continue;
      const blockedKey = rule.share?.key ?? rule.key;
      this.blockedUntil.set(blockedKey, windowEnd);
      return this.refuse(blockedKey, windowEnd, now);
    }
    return ALLOWED;
  }

  private refuse(key: string, until: number, now: number): RateDecision {
    return { allowed: false, key, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  /** One statement; keys sorted so concurrent upserts lock rows in the same order (no deadlocks). */
  private count(keys: readonly string[], windowStart: Date): Promise<Array<{ key: string; hits: number }>> {
    const ws = windowStart.toISOString();
    const values = sql.join(
      keys.map((key) => sql`(${key}, ${ws}::timestamptz, 1)`),
      sql`, `,
    );
    // Prepared: one text per number of rules (1–3 plus the operation's venues), a handful in all.
    return queryRowsPrepared(
      this.options.db,
      'rate_limit_count',
      sql`insert into rate_limits (key, window_start, hits) values ${values}
          on conflict (key) do update set
            hits = case when rate_limits.window_start >= excluded.window_start then rate_limits.hits + 1 else 1 end,
            window_start = greatest(rate_limits.window_start, excluded.window_start)
          returning key, hits`,
    );
  }

  private maybeCleanup(now: number): void {
    if (now < this.nextCleanup) return;
    this.nextCleanup = now + CLEANUP_EVERY_MS;
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
    const cutoff = new Date(now - 2 * this.windowMs).toISOString();
    void this.options.db
      .execute(sql`delete from rate_limits where window_start < ${cutoff}::timestamptz`)
      .catch((err: unknown) => {
        this.options.logger.warn({ err }, 'rate limiter: cleanup failed');
      });
  }
}

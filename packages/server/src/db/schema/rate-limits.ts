import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.ts';

/**
 * Fixed-window request counters shared by every server instance (DESIGN.md §8
 * RATE_LIMIT_PER_MINUTE). One row per limited key, updated in place by one
 * upsert, so the table holds one row per active client, not one per request.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    windowStart: instant('window_start').notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('rate_limits_window_idx').on(t.windowStart)],
);

export type RateLimitRow = typeof rateLimits.$inferSelect;

import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from '../db/client.ts';

/** The one NOTIFY channel every instance LISTENs on (DESIGN.md §6); SQL spells it `slotkit_changes_channel()`. */
export const CHANGES_CHANNEL = 'slotkit_changes';

/**
 * Topics name what changed, at the grain subscribers watch:
 * - `availability:<activityId>:<YYYY-MM-DD>`: sessions/capacity of one venue-local day
 * - `activity:<activityId>`: an activity's config, schedule or prices
 * - `venue:<venueId>`: a venue's config (theme, activities list)
 */
export type Topic = `availability:${string}:${string}` | `activity:${string}` | `venue:${string}`;

/** SQL builds the same text with `slotkit_availability_topic()` (migration 0011; tested to agree). */
export const availabilityTopic = (activityId: string, localDate: string): Topic =>
  `availability:${activityId}:${localDate}`;
export const activityTopic = (activityId: string): Topic => `activity:${activityId}`;
export const venueTopic = (venueId: string): Topic => `venue:${venueId}`;
/** The venue a `venue:<id>` topic names; undefined for any other topic. */
export const venueIdOfTopic = (topic: string): string | undefined =>
  topic.startsWith('venue:') ? topic.slice('venue:'.length) : undefined;

const PREPARED_TOPIC_COUNT = 3;

/**
 * Queues a change notification inside the caller's transaction: PostgreSQL
 * delivers it only on commit, so a rolled-back change never notifies.
 */
export async function notifyChange(tx: DbOrTx, ...topics: Topic[]): Promise<void> {
  const unique = [...new Set(topics)];
  if (unique.length === 0) return;
  const statement = sql`select pg_notify(${CHANGES_CHANNEL}, t) from unnest(${sql.raw('ARRAY[')}${sql.join(
    unique.map((t) => sql`${t}`),
    sql`, `,
  )}${sql.raw(']::text[]')}) as t`;
  // One text per topic count: the usual one to three run prepared (one round trip, inside capacity locks); a bulk
  // change does not pin its text.
  if (unique.length <= PREPARED_TOPIC_COUNT) await queryRowsPrepared(tx, `notify_${unique.length}`, statement);
  else await tx.execute(statement);
}

import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.ts';
import { activities, venues } from '../../db/schema/index.ts';
import { generateSessions, readSettings, scheduledActivityColumns, type ScheduledActivity } from './generate.ts';
import { localDateOf } from '@slotkit/core/schedule';

export interface GenerateAllOptions {
  /** Each activity generates from its venue-local date of `now` for its `advanceBooking` days. */
  readonly now?: Date;
  /** Override: first venue-local date for every activity (benchmarks). */
  readonly from?: string;
  /** Override: number of days for every activity (benchmarks). */
  readonly days?: number;
  /** Activities generated at once, each in its own transaction. @default 2 */
  readonly concurrency?: number;
  /** Only the activities this accepts (e.g. venues whose local time reached the run hour). */
  readonly filter?: (activity: ScheduledActivity) => boolean;
  /**
   * Take a transaction-scoped advisory lock per activity and skip the activity
   * when another instance holds it: several servers running the job at once
   * split the work instead of doing it twice. @default false
   */
  readonly exclusive?: boolean;
  /** Stops before the next activity (shutdown); the ones done stay committed. */
  readonly signal?: AbortSignal;
  /** Called when one activity fails; the others still run. */
  readonly onError?: (activityId: string, error: unknown) => void;
}

export interface GenerateAllResult {
  readonly activities: number;
  readonly created: number;
  readonly existing: number;
  readonly failed: number;
  /** Activities skipped because another instance was generating them. */
  readonly skipped: number;
}

/** Advisory lock class of the session generator (the second key is the activity). */
const GENERATOR_LOCK = 727_003;

/** Every active activity of every organization, with its venue's timezone. */
export async function activeScheduledActivities(db: Database): Promise<ScheduledActivity[]> {
  return db
    .select(scheduledActivityColumns)
    .from(activities)
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(eq(activities.status, 'active'));
}

/**
 * Generates sessions ahead for every active activity. One transaction per
 * activity, so one bad schedule does not stop the rest and locks stay short;
 * a small pool of them runs at once (PostgreSQL does the heavy part).
 */
export async function generateAll(db: Database, options: GenerateAllOptions = {}): Promise<GenerateAllResult> {
  const all = await activeScheduledActivities(db);
  const list = options.filter ? all.filter(options.filter) : all;
  const now = options.now ?? new Date();
  let created = 0;
  let existing = 0;
  let failed = 0;
  let skipped = 0;
  let next = 0;
  const worker = async () => {
    while (next < list.length && !options.signal?.aborted) {
      const activity = list[next++]!;
      try {
        const from = options.from ?? localDateOf(activity.timezone, now);
        const days = options.days ?? readSettings(activity).advanceBooking;
        const r = await db.transaction(async (tx) => {
          if (options.exclusive) {
            const [lock] = await queryRows<{ ok: boolean }>(
              tx,
              sql`select pg_try_advisory_xact_lock(${GENERATOR_LOCK}, hashtext(${activity.id})) as ok`,
            );
            if (!lock?.ok) return undefined;
          }
          // A commit need not wait for its WAL to reach disk: a crash can lose only sessions
          // that no reservation can reference yet (its later synchronous commit flushes them
          // first), and the next run regenerates them.
          await tx.execute(sql`set local synchronous_commit = off`);
          return generateSessions(tx, { activity, from, days });
        });
        if (!r) skipped += 1;
        created += r?.created ?? 0;
        existing += r?.existing ?? 0;
      } catch (error) {
        failed += 1;
        options.onError?.(activity.id, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  return { activities: list.length, created, existing, failed, skipped };
}

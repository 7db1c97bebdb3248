import type { DbOrTx } from '../../db/client.ts';
import type { Feed } from '../../realtime/coalescer.ts';
import { availabilityTopic } from '../../realtime/topics.ts';
import { listAvailability, requireActiveActivity, type SessionAvailabilityRow } from './sessions.ts';

export interface AvailabilityState<S> {
  readonly activityId: string;
  readonly date: string;
  readonly sessions: readonly S[];
}

export interface AvailabilityFeedOptions<S> {
  /** The clock of the query (`services.now`). */
  now(): Date;
  /** Maps each row once per window for every subscriber (the API's shape). */
  map: (row: SessionAvailabilityRow) => S;
}

/**
 * One feed per (activity, date): every subscriber of that day shares one
 * `listAvailability` per window, the same query the `availability` read runs.
 * An unknown or archived activity fails at once with NOT_FOUND.
 */
export async function availabilityFeed<S>(
  db: DbOrTx,
  activityId: string,
  date: string,
  options: AvailabilityFeedOptions<S>,
): Promise<Feed<AvailabilityState<S>>> {
  await requireActiveActivity(db, activityId);
  const topic = availabilityTopic(activityId, date);
  return {
    key: topic,
    topics: () => [topic],
    compute: async () => ({
      activityId,
      date,
      sessions: (await listAvailability(db, activityId, date, options.now())).map(options.map),
    }),
  };
}

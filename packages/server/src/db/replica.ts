import type { Config } from '../config.ts';
import { createDb, type DbHandle } from './client.ts';

/** The second pool on DATABASE_REPLICA_URL (public reads only); none without a primary URL (PGlite has no replicas). */
export async function openReplica(config: Config, primary: DbHandle): Promise<DbHandle | undefined> {
  if (!config.DATABASE_REPLICA_URL || primary.driver !== 'postgres') return undefined;
  return createDb({ url: config.DATABASE_REPLICA_URL, max: config.DB_POOL_MAX, prepare: config.DB_PREPARE });
}

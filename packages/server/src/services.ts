import type { Config } from './config.ts';
import type { Database, DbHandle } from './db/client.ts';
import type { Logger } from './logger.ts';

/**
 * Everything a request or job needs, built once per process. Time comes from
 * `now()` so tests control it; nothing here knows about HTTP or GraphQL.
 */
export interface AppServices {
  readonly config: Config;
  readonly dbHandle: DbHandle;
  /** Primary database: every write and every read inside a capacity or payment transaction. */
  readonly db: Database;
  readonly logger: Logger;
  now(): Date;
}

export interface CreateServicesOptions {
  config: Config;
  dbHandle: DbHandle;
  logger: Logger;
  /** @default () => new Date() */
  now?: () => Date;
}

export function createServices(options: CreateServicesOptions): AppServices {
  return {
    config: options.config,
    dbHandle: options.dbHandle,
    db: options.dbHandle.db,
    logger: options.logger,
    now: options.now ?? (() => new Date()),
  };
}

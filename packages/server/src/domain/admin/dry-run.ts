import type { Tx } from '../../db/client.ts';

/** Carries a dry run's answer out of the savepoint it rolls back. */
class DryRunRollback<T> extends Error {
  constructor(readonly answer: T) {
    super('dry run rolled back');
  }
}

/**
 * Runs `fn` inside a savepoint of the caller's transaction and rolls it back,
 * answering what `fn` returned. A preview built this way runs the very code a
 * save would run (validation, prices, session regeneration), so what it shows
 * is what saving does. Notifications queued inside are discarded with the
 * savepoint (PostgreSQL drops the pending NOTIFYs of an aborted subtransaction).
 */
export async function dryRun<T>(tx: Tx, fn: (savepoint: Tx) => Promise<T>): Promise<T> {
  try {
    await tx.transaction(async (savepoint) => {
      throw new DryRunRollback(await fn(savepoint));
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.answer as T;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

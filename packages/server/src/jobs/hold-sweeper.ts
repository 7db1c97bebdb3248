import { sql } from 'drizzle-orm';
import { queryRows, queryRowsPrepared, type DbOrTx } from '../db/client.ts';
import { periodicLoop } from './periodic.ts';
import { expireCheckoutsAfterCommit, type CheckoutExpiry } from '../domain/reservations/checkout-expiry.ts';
import type { AppServices } from '../services.ts';

export interface HoldSweeperOptions {
  readonly services: CheckoutExpiry & Pick<AppServices, 'db' | 'now'> & Partial<Pick<AppServices, 'metrics'>>;
  /** Time between sweeps. @default 30000 */
  readonly intervalMs?: number;
  /** Sessions per transaction (all expired holds of each); sessions another sweeper holds are skipped, not waited for.
   * @default 100 */
  readonly batchSize?: number;
  /** Batches per sweep, so one sweep cannot run forever. @default 50 */
  readonly maxBatches?: number;
  /** @default services.now */
  readonly now?: () => Date;
}

export interface SweepResult {
  /** Ids of the holds this sweep expired (each one is expired by exactly one sweeper). */
  readonly expiredIds: readonly string[];
}

export interface HoldSweeper {
  start(): void;
  /** Stops the timer and waits for a running sweep. */
  stop(): Promise<void>;
  /** One sweep now; what the timer runs. */
  sweepOnce(): Promise<SweepResult>;
}

interface ExpiredRow {
  id: string;
  checkout_session_id: string | null;
}

/**
 * Releases expired holds every interval (DESIGN.md §4.2). Each batch locks the
 * affected session rows with SKIP LOCKED before touching their holds — the
 * lock order reserve_slot() uses — so any number of instances sweep in
 * parallel, never wait on each other, and expire each hold exactly once.
 */
export function createHoldSweeper(options: HoldSweeperOptions): HoldSweeper {
  const { services } = options;
  const intervalMs = options.intervalMs ?? 30_000;
  const batchSize = options.batchSize ?? 100;
  const maxBatches = options.maxBatches ?? 50;
  const now = options.now ?? (() => services.now());
  const loop = periodicLoop({
    run: () => sweepOnce(),
    intervalMs,
    // First pass soon after start: holds that expired while no instance ran (a crash, a deploy)
    // are released within a second instead of a whole interval later.
    firstDelayMs: Math.min(intervalMs, 1_000),
    logger: services.logger,
    failureMessage: 'hold sweep failed; retrying next interval',
  });

  async function sweepBatch(): Promise<ExpiredRow[]> {
    const at = now().toISOString();
    const { rows, checkoutIds } = await services.db.transaction(async (tx) => {
      const rows = await queryRowsPrepared<ExpiredRow>(
        tx,
        'sweep_expired_holds',
        sql`with locked as materialized (
              select s.id from activity_sessions s
              where s.id in (select r.session_id from slot_reservations r
                             where r.status = 'held' and r.expires_at <= ${at}::timestamptz)
              limit ${batchSize}
              for update of s skip locked
            )
            select e.reservation_id as id, e.checkout_session_id
            from locked l cross join lateral expire_stale_holds(l.id, ${at}::timestamptz) e`,
      );
      // expire_stale_holds() (migration 0011, shared with reserve_slot) notified each session's availability.
      return { rows, checkoutIds: rows.flatMap((r) => (r.checkout_session_id ? [r.checkout_session_id] : [])) };
    });
    await expireCheckoutsAfterCommit(services, checkoutIds);
    return rows;
  }

  async function sweepOnce(): Promise<SweepResult> {
    const expiredIds: string[] = [];
    // After stop() a running sweep ends after its current batch (each batch is one transaction).
    for (let i = 0; i < maxBatches && !loop.stopping; i += 1) {
      const rows = await sweepBatch();
      if (rows.length === 0) break;
      expiredIds.push(...rows.map((r) => r.id));
    }
    if (expiredIds.length > 0) services.logger.info({ expired: expiredIds.length }, 'released expired holds');
    if (expiredIds.length > 0) services.metrics?.holds.inc({ event: 'expired' }, expiredIds.length);
    return { expiredIds };
  }

  return { start: () => loop.start(), stop: () => loop.stop(), sweepOnce };
}

/** Seconds since the oldest hold that expired but was not yet released (0 when none): the sweeper's lag. */
export async function sweeperLagSeconds(db: DbOrTx, now: Date): Promise<number> {
  const at = now.toISOString();
  const [row] = await queryRows<{ lag: number | string | null }>(
    db,
    sql`select extract(epoch from (${at}::timestamptz - min(expires_at)))::float8 as lag
        from slot_reservations where status = 'held' and expires_at < ${at}::timestamptz`,
  );
  return Math.max(0, Number(row?.lag ?? 0));
}

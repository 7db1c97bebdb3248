import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db/client.ts';
import { outbox, type OutboxMessage } from '../db/schema/index.ts';
import type { Logger } from '../observability/logger.ts';
import type { EmailMessage, Mailer } from './mailer.ts';

/**
 * Side effects queued in the transaction that decided them and carried out
 * after commit: an email never announces a booking that rolled back, and a
 * refund owed to a customer survives a crash (it stays due until it succeeds).
 */
export type OutboxItem =
  | { readonly kind: 'email'; readonly payload: EmailMessage }
  | {
      readonly kind: 'stripe_refund';
      readonly payload: {
        paymentIntentId: string;
        idempotencyKey: string;
        bookingId: string | null;
        /** A partial refund (cancellation policy); absent = the whole payment. */
        amountCents?: number;
      };
    };

/**
 * Queues an item inside the caller's transaction; returns its id for `Outbox.deliver` after commit.
 * organizationId is null only for a refund whose organization is gone or unknown.
 */
export async function enqueue(tx: DbOrTx, organizationId: string | null, item: OutboxItem): Promise<string> {
  const [row] = await tx
    .insert(outbox)
    .values({ organizationId, kind: item.kind, payload: item.payload as unknown as Record<string, unknown> })
    .returning({ id: outbox.id });
  if (!row) throw new Error('the outbox insert returned no row');
  return row.id;
}

export interface OutboxOptions {
  readonly db: Database;
  readonly logger: Logger;
  readonly mailer: Mailer;
  /** Carries out a queued refund with its Idempotency-Key (the payment gateway's refund). */
  refundPayment(paymentIntentId: string, idempotencyKey: string, amountCents?: number): Promise<unknown>;
}

/** A claim lasts this long; a worker that dies mid-send leaves the row due again afterwards. */
const CLAIM = sql`now() + interval '2 minutes'`;
const BATCH = 20;

/** Delivers queued items: right after the commit that queued them, and again (jobs/outbox-worker.ts) until done. */
export class Outbox {
  constructor(private readonly options: OutboxOptions) {}

  /** Performs the given rows (or every due one) now; never throws. */
  async deliver(ids?: readonly string[]): Promise<void> {
    await this.deliverDue(ids).catch((err: unknown) => this.options.logger.warn({ err }, 'outbox delivery failed'));
  }

  /**
   * Claims due rows (SKIP LOCKED: many instances never take the same row),
   * performs each, and records the result. `ids` limits the run to rows the
   * caller just committed. Returns how many were done.
   */
  async deliverDue(ids?: readonly string[]): Promise<number> {
    if (ids && ids.length === 0) return 0;
    let done = 0;
    for (const row of await this.claim(ids)) {
      try {
        await this.perform(row);
        await this.options.db
          .update(outbox)
          .set({ sentAt: sql`now()`, lastError: null })
          .where(eq(outbox.id, row.id));
        done++;
      } catch (err) {
        await this.retryLater(row, err);
      }
    }
    return done;
  }

  private claim(ids: readonly string[] | undefined): Promise<OutboxMessage[]> {
    const { db } = this.options;
    const due = db
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(isNull(outbox.sentAt), lte(outbox.availableAt, sql`now()`), ids ? inArray(outbox.id, [...ids]) : undefined),
      )
      .orderBy(asc(outbox.createdAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    return db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, availableAt: CLAIM })
      .where(inArray(outbox.id, due))
      .returning();
  }

  private async perform(row: OutboxMessage): Promise<void> {
    const item = { kind: row.kind, payload: row.payload } as OutboxItem;
    switch (item.kind) {
      case 'email':
        return this.options.mailer.send(item.payload);
      case 'stripe_refund':
        await this.options.refundPayment(
          item.payload.paymentIntentId,
          item.payload.idempotencyKey,
          item.payload.amountCents,
        );
        return;
      default:
        throw new Error(`unknown outbox kind ${row.kind}`);
    }
  }

  /** Backs off 30 s · 2ⁿ (at most an hour); a refund that fails is logged as an error: a customer is owed money. */
  private async retryLater(row: OutboxMessage, err: unknown): Promise<void> {
    const retryIn = Math.min(3600, 30 * 2 ** Math.min(row.attempts, 7));
    await this.options.db
      .update(outbox)
      .set({
        lastError: (err instanceof Error ? err.message : String(err)).slice(0, 2000),
        availableAt: sql`now() + make_interval(secs => ${retryIn})`,
      })
      .where(eq(outbox.id, row.id));
    const refund = row.kind === 'stripe_refund';
    this.options.logger[refund ? 'error' : 'warn'](
      {
        err,
        outboxId: row.id,
        kind: row.kind,
        attempts: row.attempts,
        retryInSeconds: retryIn,
        payload: refund ? row.payload : undefined,
      },
      refund ? 'REFUND FAILED: a customer is owed money; will retry' : 'outbox delivery failed; will retry',
    );
  }
}

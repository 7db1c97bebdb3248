import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { outbox, type OutboxMessage } from '../db/schema/index.ts';
import type { AppServices } from '../services.ts';
import type { EmailMessage } from '../domain/bookings/emails.ts';
import type { Mailer } from './mailer.ts';
import type { PaymentGateway } from '../payments/gateway.ts';

/**
 * Side effects queued in the transaction that decided them and carried out
 * after commit: an email never announces a booking that rolled back, and a
 * refund owed to a customer survives a crash (it stays due until it succeeds).
 */
export type OutboxItem =
  | { readonly kind: 'email'; readonly payload: EmailMessage }
  | {
      readonly kind: 'stripe_refund';
      readonly payload: { paymentIntentId: string; idempotencyKey: string; bookingId: string | null };
    };

export async function enqueue(tx: DbOrTx, organizationId: string, item: OutboxItem): Promise<string> {
  const [row] = await tx
    .insert(outbox)
    .values({ organizationId, kind: item.kind, payload: item.payload as unknown as Record<string, unknown> })
    .returning({ id: outbox.id });
  return row!.id;
}

export interface OutboxDeps {
  readonly services: Pick<AppServices, 'db' | 'logger'>;
  readonly mailer: Mailer;
  readonly gateway: PaymentGateway;
}

/** A claim lasts this long; a worker that dies mid-send leaves the row due again afterwards. */
const CLAIM = sql`now() + interval '2 minutes'`;

/**
 * Claims due rows (SKIP LOCKED: many instances never take the same row),
 * performs each, and records the result. `ids` limits the run to rows the
 * caller just committed. Returns how many were done.
 */
export async function deliverOutbox(deps: OutboxDeps, ids?: readonly string[]): Promise<number> {
  if (ids && ids.length === 0) return 0;
  const { db, logger } = deps.services;
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(isNull(outbox.sentAt), lte(outbox.availableAt, sql`now()`), ids ? inArray(outbox.id, [...ids]) : undefined),
    )
    .orderBy(asc(outbox.createdAt))
    .limit(20)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, availableAt: CLAIM })
    .where(inArray(outbox.id, due))
    .returning();
  let done = 0;
  for (const row of claimed) {
    try {
      await perform(deps, row);
      await db
        .update(outbox)
        .set({ sentAt: sql`now()`, lastError: null })
        .where(eq(outbox.id, row.id));
      done++;
    } catch (err) {
      const retryIn = Math.min(3600, 30 * 2 ** Math.min(row.attempts, 7));
      await db
        .update(outbox)
        .set({
          lastError: String((err as Error)?.message ?? err).slice(0, 2000),
          availableAt: sql`now() + make_interval(secs => ${retryIn})`,
        })
        .where(eq(outbox.id, row.id));
      const level = row.kind === 'stripe_refund' ? 'error' : 'warn';
      logger[level](
        {
          err,
          outboxId: row.id,
          kind: row.kind,
          attempts: row.attempts,
          retryInSeconds: retryIn,
          payload: row.kind === 'stripe_refund' ? row.payload : undefined,
        },
        row.kind === 'stripe_refund'
          ? 'REFUND FAILED: a customer is owed money; will retry'
          : 'outbox delivery failed; will retry',
      );
    }
  }
  return done;
}

async function perform(deps: OutboxDeps, row: OutboxMessage): Promise<void> {
  const item = { kind: row.kind, payload: row.payload } as OutboxItem;
  switch (item.kind) {
    case 'email':
      return deps.mailer.send(item.payload);
    case 'stripe_refund':
      await deps.gateway.refundPaymentIntent(item.payload.paymentIntentId, item.payload.idempotencyKey);
      return;
    default:
      throw new Error(`unknown outbox kind ${row.kind}`);
  }
}

export interface OutboxWorker {
  start(): void;
  stop(): Promise<void>;
}

/** Retries what the immediate after-commit delivery could not do. */
export function createOutboxWorker(deps: OutboxDeps, intervalMs = 15_000): OutboxWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = deliverOutbox(deps).catch((err: unknown) =>
      deps.services.logger.warn({ err }, 'outbox worker run failed'),
    );
  };
  return {
    start() {
      timer ??= setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

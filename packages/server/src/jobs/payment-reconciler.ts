import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { paymentReconciler } from '../db/schema/index.ts';
import { settlePaidCheckout } from '../domain/bookings/reconcile.ts';
import {
  claimOverdue,
  clearSettled,
  liveHoldIds,
  markUnreconciled,
  settledCheckoutIds,
  unsettledPayments,
} from '../domain/bookings/reconciliation-state.ts';
import { recordAlert } from '../observability/alerts.ts';
import { isPaid, type CheckoutSessionView } from '../payments/gateway.ts';
import type { AppServices } from '../services.ts';
import { periodicLoop } from './periodic.ts';

type Services = Pick<AppServices, 'db' | 'logger' | 'metrics' | 'outbox' | 'payments' | 'config' | 'now'>;

export interface PaymentReconcilerOptions {
  readonly services: Services;
  /** Time between passes. @default RECONCILE_INTERVAL_SECONDS */
  readonly intervalMs?: number;
  /** An unsettled paid Checkout older than this raises one alert. @default RECONCILE_ALERT_MINUTES */
  readonly alertAfterMs?: number;
  /** Sessions settled per batch (and remembered ones retried per pass). @default 100 */
  readonly batchSize?: number;
}

export interface ReconcileReport {
  /** false when another instance holds the lease (nothing was listed). */
  readonly ran: boolean;
  /** Paid sessions of ours the gateway listed (plus remembered ones retried). */
  readonly examined: number;
  readonly booked: number;
  readonly refunded: number;
  /** Paid, unsettled, hold still live: left to the webhook until the hold ends. */
  readonly waiting: number;
  readonly unsettled: number;
  /** PAYMENT_UNRECONCILED alerts raised in this pass. */
  readonly alerted: number;
}

export interface PaymentReconciler {
  start(): void;
  /** Stops the timer; a running pass ends after its current batch. */
  stop(): Promise<void>;
  /** One pass now; what the timer runs. */
  reconcileOnce(): Promise<ReconcileReport>;
}

/** Stripe lets a Checkout be paid until expires_at ≤ 24 h after it was created; ours: hold end + 31 min. */
const CHECKOUT_LIFETIME_MARGIN_MS = 36 * 60_000;
const FIRST_PASS_LOOKBACK_MS = 24 * 3_600_000;
const MAX_LOOKBACK_MS = 72 * 3_600_000;

/**
 * The periodic reconciler (issue 23): lists the gateway's paid Checkout
 * sessions created since the last complete pass could not yet have seen them
 * being paid, and settles every one of ours that has neither a booking nor a
 * queued refund once its hold has ended — the same completion as the webhook
 * (domain/bookings/reconcile.ts), with an alert. Any number of instances may
 * run it: a lease row lets one list at a time, and settling converges on one
 * booking anyway. Paid Checkouts that stay unsettled (no reservation, a failing
 * completion, a hold whose webhook never came) are remembered, retried every
 * pass, counted by `slotkit_payments_unreconciled` and alerted once after
 * RECONCILE_ALERT_MINUTES.
 */
export function createPaymentReconciler(options: PaymentReconcilerOptions): PaymentReconciler {
  const { services } = options;
  const { config, logger } = services;
  const intervalMs = options.intervalMs ?? config.RECONCILE_INTERVAL_SECONDS * 1000;
  const alertAfterMs = options.alertAfterMs ?? config.RECONCILE_ALERT_MINUTES * 60_000;
  const batchSize = options.batchSize ?? 100;
  const owner = randomUUID();
  // A crashed holder's lease runs out; a live pass is far shorter than this.
  const leaseMs = Math.max(5 * 60_000, 2 * intervalMs);
  const loop = periodicLoop({
    run: () => reconcileOnce(),
    intervalMs,
    // First pass soon after start: payments made while no instance ran are settled at once.
    firstDelayMs: Math.min(intervalMs, 2_000),
    logger,
    failureMessage: 'payment reconciliation failed; retrying next interval',
  });

  async function reconcileOnce(): Promise<ReconcileReport> {
    const now = services.now();
    const lease = await claimLease(services.db, owner, now, leaseMs);
    const report = { ran: lease !== null, examined: 0, booked: 0, refunded: 0, waiting: 0, unsettled: 0, alerted: 0 };
    if (!lease) return report;
    let complete = false;
    try {
      await clearSettled(services.db);
      const holdSpanMs = config.HOLD_MINUTES * 60_000 + CHECKOUT_LIFETIME_MARGIN_MS;
      const since = new Date(
        Math.max(
          (lease.listedUntil?.getTime() ?? now.getTime() - FIRST_PASS_LOOKBACK_MS) - holdSpanMs,
          now.getTime() - MAX_LOOKBACK_MS,
        ),
      );
      const listed = new Set<string>();
      let batch: CheckoutSessionView[] = [];
      for await (const session of services.payments.gateway.listPaidCheckoutSessions(since)) {
        if (!session.metadata.reservation_id) continue; // another product's Checkout on the same Stripe account
        listed.add(session.id);
        batch.push(session);
        if (batch.length >= batchSize) {
          await settleBatch(batch, now, report);
          batch = [];
          if (loop.stopping) return report;
        }
      }
      await settleBatch(batch, now, report);
      if (loop.stopping) return report;
      await retryRemembered(listed, now, report);
      report.alerted = await alertOverdue(now);
      complete = true;
      return report;
    } finally {
      await releaseLease(services.db, owner, complete ? now : null).catch((err: unknown) =>
        logger.warn({ err }, 'could not release the reconciler lease; it runs out by itself'),
      );
      if (report.booked + report.refunded + report.unsettled + report.alerted > 0)
        logger.warn(report, 'payment reconciliation found paid checkouts without their event');
    }
  }

  async function settleBatch(sessions: readonly CheckoutSessionView[], now: Date, report: Counts): Promise<void> {
    if (sessions.length === 0) return;
    const settled = await settledCheckoutIds(
      services.db,
      sessions.map((s) => s.id),
    );
    const open = sessions.filter((s) => !settled.has(s.id));
    report.examined += sessions.length;
    const live = await liveHoldIds(
      services.db,
      open.map((s) => s.metadata.reservation_id ?? ''),
      now,
    );
    for (const session of open) {
      if (live.has(session.metadata.reservation_id ?? '')) {
        // The seats are held; the webhook or the success page books it, or this path once the hold ends.
        await markUnreconciled(services.db, session, 'paid; hold still live, no event yet', now);
        report.waiting += 1;
        continue;
      }
      const outcome = await settlePaidCheckout(services, session, 'reconciler');
      if (outcome === 'booked') report.booked += 1;
      if (outcome === 'refunded') report.refunded += 1;
      if (outcome === 'unsettled') report.unsettled += 1;
    }
  }

  /** Remembered Checkouts the listing no longer covers (older than its window) are asked for one by one. */
  async function retryRemembered(listed: ReadonlySet<string>, now: Date, report: Counts): Promise<void> {
    const remembered = (await unsettledPayments(services.db, batchSize)).filter(
      (r) => !listed.has(r.checkoutSessionId),
    );
    const sessions: CheckoutSessionView[] = [];
    for (const row of remembered) {
      const session = await services.payments.gateway
        .retrieveCheckoutSession(row.checkoutSessionId)
        .catch((err: unknown) => logger.warn({ err, checkoutSessionId: row.checkoutSessionId }, 'retrieve failed'));
      if (session && isPaid(session)) sessions.push(session);
    }
    await settleBatch(sessions, now, report);
  }

  async function alertOverdue(now: Date): Promise<number> {
    const alertMinutes = Math.round(alertAfterMs / 60_000);
    const overdue = await services.db.transaction(async (tx) => {
      const rows = await claimOverdue(tx, new Date(now.getTime() - alertAfterMs), now);
      for (const row of rows) {
        await recordAlert(tx, {
          organizationId: row.organizationId,
          kind: 'PAYMENT_UNRECONCILED',
          message: `A paid Checkout has had no booking and no refund for over ${alertMinutes} minutes`,
          details: {
            checkoutSessionId: row.checkoutSessionId,
            reservationId: row.reservationId,
            paymentIntentId: row.paymentIntentId,
            firstSeenAt: row.firstSeenAt.toISOString(),
            attempts: row.attempts,
            lastError: row.lastError,
          },
        });
      }
      return rows;
    });
    if (overdue.length > 0) services.metrics.alerts.inc({ kind: 'PAYMENT_UNRECONCILED' }, overdue.length);
    return overdue.length;
  }

  return { start: () => loop.start(), stop: () => loop.stop(), reconcileOnce };
}

type Counts = { -readonly [K in keyof ReconcileReport]: ReconcileReport[K] };

/** The lease row: free, run out, or already ours → ours until `now + leaseMs`; null when another instance holds it. */
async function claimLease(
  db: Database,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<{ listedUntil: Date | null } | null> {
  const t = paymentReconciler;
  const [row] = await db
    .update(t)
    .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(and(eq(t.id, 1), or(isNull(t.leaseUntil), lt(t.leaseUntil, now), eq(t.leaseOwner, owner))))
    .returning({ listedUntil: t.listedUntil });
  return row ?? null;
}

/** Frees the lease; a complete pass also moves the listing cursor to the time it started. */
async function releaseLease(db: Database, owner: string, listedUntil: Date | null): Promise<void> {
  const t = paymentReconciler;
  await db
    .update(t)
    .set({ leaseOwner: null, leaseUntil: null, ...(listedUntil ? { listedUntil } : {}) })
    .where(and(eq(t.id, 1), eq(t.leaseOwner, owner)));
}

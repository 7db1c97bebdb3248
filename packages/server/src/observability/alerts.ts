import { and, desc, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { alerts, type Alert } from '../db/schema/index.ts';

/** What went wrong with a booking, as an operator reads it. */
export type AlertKind =
  /** Paid in Stripe, but no booking came of it (seats gone, or no reservation found). */
  | 'PAYMENT_WITHOUT_BOOKING'
  /** Money is going back to a customer (duplicate payment, late payment). */
  | 'REFUND_ISSUED'
  /** A webhook could not be processed (Stripe will redeliver it). */
  | 'WEBHOOK_ERROR'
  /** A paid Checkout whose event never came was settled by reconciliation (booked, or refunded). */
  | 'PAYMENT_RECONCILED'
  /** A paid Checkout has had neither a booking nor a refund for longer than RECONCILE_ALERT_MINUTES. */
  | 'PAYMENT_UNRECONCILED';

export interface AlertInput {
  readonly organizationId: string | null;
  readonly kind: AlertKind;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/**
 * Writes an alert row. Inside the transaction that found the failure when
 * there is one (it commits or rolls back with it); delivery is the
 * deliverer's job, never the caller's.
 */
export async function recordAlert(db: DbOrTx, input: AlertInput): Promise<string> {
  const [row] = await db
    .insert(alerts)
    .values({
      organizationId: input.organizationId,
      kind: input.kind,
      message: input.message,
      details: input.details ?? {},
    })
    .returning({ id: alerts.id });
  return row!.id;
}

/** Newest first, at most 500: the admin `alerts(since)` query, inside the organization's RLS transaction. */
export function listAlerts(tx: DbOrTx, organizationId: string, since: Date): Promise<Alert[]> {
  return tx
    .select()
    .from(alerts)
    .where(and(eq(alerts.organizationId, organizationId), gte(alerts.createdAt, since)))
    .orderBy(desc(alerts.createdAt))
    .limit(500);
}

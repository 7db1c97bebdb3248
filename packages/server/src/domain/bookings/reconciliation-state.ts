import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import {
  bookings,
  giftCards,
  outbox,
  slotReservations,
  unreconciledPayments,
  type UnreconciledPayment,
} from '../../db/schema/index.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';
import { REFUND_KEY_PREFIX, refundKeyOf } from './refund-payment.ts';

/** A Checkout is settled once it has a booking (confirmed or refunded) or a queued refund. */
const checkoutId = unreconciledPayments.checkoutSessionId;
const SETTLED = sql`(exists (select 1 from bookings b where b.stripe_checkout_session_id = ${checkoutId})
  or exists (select 1 from outbox o where o.kind = 'stripe_refund'
             and o.payload->>'idempotencyKey' = 'refund-' || ${checkoutId}))`;

/** Which of these Checkout sessions are settled already: one query for bookings, one for queued refunds. */
export async function settledCheckoutIds(db: DbOrTx, checkoutSessionIds: readonly string[]): Promise<Set<string>> {
  if (checkoutSessionIds.length === 0) return new Set();
  const booked = await db
    .select({ id: bookings.stripeCheckoutSessionId })
    .from(bookings)
    .where(inArray(bookings.stripeCheckoutSessionId, [...checkoutSessionIds]));
  const refundKey = sql<string>`${outbox.payload}->>'idempotencyKey'`;
  const refunded = await db
    .select({ key: refundKey })
    .from(outbox)
    .where(and(eq(outbox.kind, 'stripe_refund'), inArray(refundKey, checkoutSessionIds.map(refundKeyOf))));
  // A bought gift card settles its Checkout the way a booking does.
  const cards = await db
    .select({ id: giftCards.stripeCheckoutSessionId })
    .from(giftCards)
    .where(inArray(giftCards.stripeCheckoutSessionId, [...checkoutSessionIds]));
  const settled = new Set([...booked, ...cards].flatMap((b) => (b.id ? [b.id] : [])));
  for (const r of refunded) settled.add(r.key.slice(REFUND_KEY_PREFIX.length));
  return settled;
}

/**
 * Reservations (of the given ids) whose hold is still live at `now`: their
 * payment is safe (the seats are held) and the webhook or the success page
 * will book it; the reconciler leaves them until the hold ends.
 */
export async function liveHoldIds(db: DbOrTx, reservationIds: readonly string[], now: Date): Promise<Set<string>> {
  const ids = reservationIds.filter(isUuid);
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: slotReservations.id, expiresAt: slotReservations.expiresAt })
    .from(slotReservations)
    .where(and(inArray(slotReservations.id, ids), eq(slotReservations.status, 'held')));
  return new Set(rows.filter((r) => r.expiresAt > now).map((r) => r.id));
}

/** Remembers a paid Checkout that is not settled yet (first sighting kept; attempts and the last reason updated). */
export async function markUnreconciled(
  db: DbOrTx,
  session: CheckoutSessionView,
  reason: string,
  now: Date,
): Promise<void> {
  const organizationId = session.metadata.organization_id;
  const reservationId = session.metadata.reservation_id;
  await db
    .insert(unreconciledPayments)
    .values({
      checkoutSessionId: session.id,
      organizationId: organizationId && isUuid(organizationId) ? organizationId : null,
      reservationId: reservationId && isUuid(reservationId) ? reservationId : null,
      paymentIntentId: session.paymentIntentId,
      firstSeenAt: now,
      attempts: 1,
      lastError: reason,
    })
    .onConflictDoUpdate({
      target: unreconciledPayments.checkoutSessionId,
      set: { attempts: sql`${unreconciledPayments.attempts} + 1`, lastError: reason },
    });
}

/** Forgets one Checkout (it was settled in the caller's transaction). */
export async function clearUnreconciled(db: DbOrTx, checkoutSessionId: string): Promise<void> {
  await db.delete(unreconciledPayments).where(eq(unreconciledPayments.checkoutSessionId, checkoutSessionId));
}

/** Forgets the remembered Checkout of a payment refunded in Stripe itself (charge.refunded); true if there was one. */
export async function clearUnreconciledPayment(db: DbOrTx, paymentIntentId: string): Promise<boolean> {
  const rows = await db
    .delete(unreconciledPayments)
    .where(eq(unreconciledPayments.paymentIntentId, paymentIntentId))
    .returning({ id: unreconciledPayments.checkoutSessionId });
  return rows.length > 0;
}

/** Forgets every remembered Checkout that got settled meanwhile (by its webhook, the success page or a pass). */
export async function clearSettled(db: DbOrTx): Promise<number> {
  const rows = await db
    .delete(unreconciledPayments)
    .where(SETTLED)
    .returning({ id: unreconciledPayments.checkoutSessionId });
  return rows.length;
}

/** The remembered Checkouts still unsettled, oldest first (the reconciler retries them). */
export function unsettledPayments(db: DbOrTx, limit: number): Promise<UnreconciledPayment[]> {
  return db
    .select()
    .from(unreconciledPayments)
    .where(sql`not ${SETTLED}`)
    .orderBy(unreconciledPayments.firstSeenAt)
    .limit(limit);
}

/** `slotkit_payments_unreconciled`: paid Checkouts known to have neither a booking nor a queued refund. */
export async function countUnreconciled(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${unreconciledPayments} where not ${SETTLED}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Claims the unsettled Checkouts first seen at or before `seenBefore` that
 * were never alerted: marks them alerted and returns them (once each, on any
 * number of instances: the UPDATE's row locks decide).
 */
export function claimOverdue(db: DbOrTx, seenBefore: Date, now: Date): Promise<UnreconciledPayment[]> {
  return db
    .update(unreconciledPayments)
    .set({ alertedAt: now })
    .where(
      and(
        isNull(unreconciledPayments.alertedAt),
        lte(unreconciledPayments.firstSeenAt, seenBefore),
        sql`not ${SETTLED}`,
      ),
    )
    .returning();
}

import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { withOrganization } from '../../db/with-organization.ts';
import { activitySessions, bookings } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { expireCheckoutsAfterCommit } from '../reservations/checkout-expiry.ts';
import { releaseReservation } from '../reservations/release.ts';
import type { DomainServices } from '../services.ts';
import { cancelBooking } from './cancel.ts';

export interface CancelSessionOutcome {
  readonly sessionId: string;
  readonly releasedHolds: number;
  /** Checkout sessions of the released holds: expire them after commit. */
  readonly checkoutSessionIds: readonly string[];
  /** Confirmed bookings of the session: cancelled (and refunded) after commit. */
  readonly bookingIds: readonly string[];
}

/**
 * The admin `cancelSession`: no more sales and the live holds released, in one
 * organization-scoped transaction; then, after commit, the released holds'
 * Checkout sessions expired and each confirmed booking cancelled (and
 * refunded through Stripe), one transaction per booking, outside any lock.
 * Returns the session and the bookings it touched.
 */
export async function cancelSessionAndBookings(
  services: Pick<DomainServices, 'db' | 'logger' | 'payments' | 'settlePaidCheckout' | 'outbox'>,
  organizationId: string,
  sessionId: string,
  refund: boolean,
): Promise<CancelSessionOutcome> {
  const outcome = await withOrganization(services.db, organizationId, (tx) =>
    cancelSessionInTx(tx, organizationId, sessionId),
  );
  await expireCheckoutsAfterCommit(services, outcome.checkoutSessionIds);
  for (const bookingId of outcome.bookingIds) await cancelBooking(services, organizationId, bookingId, refund);
  return outcome;
}

/**
 * Cancels a session inside the caller's transaction: no more sales, and its
 * live holds are released (seats back, so capacity_remaining stays equal to
 * total − live reservations). Lock order: the session row, then its holds.
 * Confirmed bookings are only listed: refunding goes through Stripe outside
 * this transaction.
 */
export async function cancelSessionInTx(
  tx: Tx,
  organizationId: string,
  sessionId: string,
): Promise<CancelSessionOutcome> {
  if (!isUuid(sessionId)) throw notFound('Session');
  const [session] = await tx
    .select()
    .from(activitySessions)
    .where(and(eq(activitySessions.id, sessionId), eq(activitySessions.organizationId, organizationId)))
    .for('update');
  if (!session) throw notFound('Session');
  await tx.update(activitySessions).set({ status: 'cancelled' }).where(eq(activitySessions.id, session.id));
  const held = await queryRows<{ id: string }>(
    tx,
    sql`select id from slot_reservations where session_id = ${session.id}::uuid and status = 'held'
        order by created_at for update`,
  );
  const checkoutSessionIds: string[] = [];
  let releasedHolds = 0;
  for (const h of held) {
    const r = await releaseReservation(tx, h.id, 'released');
    if (r.released) releasedHolds += 1;
    if (r.checkoutSessionId) checkoutSessionIds.push(r.checkoutSessionId);
  }
  const booked = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.sessionId, session.id), eq(bookings.status, 'confirmed')))
    .orderBy(asc(bookings.createdAt));
  await notifyChange(tx, availabilityTopic(session.activityId, session.localDate));
  return { sessionId: session.id, releasedHolds, checkoutSessionIds, bookingIds: booked.map((b) => b.id) };
}

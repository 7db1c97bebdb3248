import type { Tx } from '../../db/client.ts';
import type { Database } from '../../db/client.ts';
import { expireCheckoutsAfterCommit, type CheckoutExpiry } from './checkout-expiry.ts';
import { lockReservation, setStatus, shiftCapacity } from './locking.ts';

export interface ReleaseResult {
  readonly released: boolean;
  /** The released hold's Checkout session, for the caller to expire after commit. */
  readonly checkoutSessionId: string | null;
}

/** Ends a live hold (held → released | expired) and gives its seats back. A no-op for any other status. */
export async function releaseReservation(
  tx: Tx,
  reservationId: string,
  reason: 'released' | 'expired',
): Promise<ReleaseResult> {
  const locked = await lockReservation(tx, reservationId);
  if (!locked || locked.reservation.status !== 'held') return { released: false, checkoutSessionId: null };
  await setStatus(tx, reservationId, reason);
  await shiftCapacity(tx, locked.session, locked.reservation.partySize);
  return { released: true, checkoutSessionId: locked.reservation.checkoutSessionId };
}

/** A cancelled or refunded booking gives its seats back (confirmed → released). */
export async function cancelConfirmedReservation(
  tx: Tx,
  reservationId: string,
): Promise<{ readonly released: boolean }> {
  const locked = await lockReservation(tx, reservationId);
  if (!locked || locked.reservation.status !== 'confirmed') return { released: false };
  await setStatus(tx, reservationId, 'released');
  await shiftCapacity(tx, locked.session, locked.reservation.partySize);
  return { released: true };
}

/** The customer gives up a hold: release it, then expire its Checkout session. True if a live hold was released. */
export async function releaseHold(
  services: CheckoutExpiry & { readonly db: Database },
  reservationId: string,
): Promise<boolean> {
  const result = await services.db.transaction((tx) => releaseReservation(tx, reservationId, 'released'));
  if (result.checkoutSessionId) await expireCheckoutsAfterCommit(services, [result.checkoutSessionId]);
  return result.released;
}

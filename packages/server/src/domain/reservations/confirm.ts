import type { Tx } from '../../db/client.ts';
import type { SlotReservation } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { freeSeats, lockReservation, setStatus, shiftCapacity } from './locking.ts';

export type ConfirmOutcome =
  | { readonly kind: 'confirmed'; readonly reservation: SlotReservation; readonly reacquired: boolean }
  | { readonly kind: 'already-confirmed'; readonly reservation: SlotReservation }
  | { readonly kind: 'no-capacity'; readonly reservation: SlotReservation };

/**
 * Turns a paid reservation into a confirmed one, inside the payer's
 * transaction (DESIGN.md §4.3). A hold is confirmed even past its expiry (the
 * customer paid in time for Stripe); an expired or released one re-acquires
 * its seats when the session is open and still has them, else 'no-capacity'
 * and the caller refunds. NOT_FOUND for an unknown id.
 */
export async function confirmReservation(
  tx: Tx,
  reservationId: string,
  /** A private session (settings.bookingMode): re-acquiring needs the whole session free. */
  options: { readonly wholeSession?: boolean } = {},
): Promise<ConfirmOutcome> {
  const locked = await lockReservation(tx, reservationId);
  if (!locked) throw notFound('Reservation');
  const { session, reservation } = locked;
  switch (reservation.status) {
    case 'confirmed':
      return { kind: 'already-confirmed', reservation };
    case 'held':
      return { kind: 'confirmed', reservation: await setStatus(tx, reservation.id, 'confirmed'), reacquired: false };
    case 'expired':
    case 'released': {
      const free = freeSeats(session, options.wholeSession === true);
      if (session.status !== 'open' || free < reservation.partySize) return { kind: 'no-capacity', reservation };
      await shiftCapacity(tx, session, -reservation.partySize);
      return { kind: 'confirmed', reservation: await setStatus(tx, reservation.id, 'confirmed'), reacquired: true };
    }
  }
}

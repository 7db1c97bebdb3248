import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { SlotReservation } from '../../db/schema/index.ts';

/**
 * Counts the reservation's promo code once, as its booking is made (DESIGN §9.4), under the code's
 * row lock. Lock order: session row → reservation row (the caller holds both) → promo_codes row →
 * bookings. A live hold reserved its redemption in reserve_slot() (redemptions + live holds ≤ max),
 * so this always succeeds for it; a hold that ended before its payment arrived may find the code used
 * up by others meanwhile: 'used_up', and the caller refunds the payment instead of booking it, so the
 * maximum is never exceeded and nobody is charged a discounted amount the code no longer covers.
 */
export async function redeemPromoCode(tx: Tx, reservation: SlotReservation): Promise<'redeemed' | 'none' | 'used_up'> {
  if (!reservation.promoCodeId) return 'none';
  // Lock first, count after: under READ COMMITTED the second statement's snapshot sees every hold
  // committed by whoever held the lock before us (one statement would count with a pre-lock snapshot).
  await queryRows(tx, sql`select id from promo_codes where id = ${reservation.promoCodeId}::uuid for update`);
  const [row] = await queryRows<{ redeemed: boolean }>(
    tx,
    sql`update promo_codes p set redemptions = p.redemptions + 1
        where p.id = ${reservation.promoCodeId}::uuid
          and (p.max_redemptions is null or p.redemptions + (
            select count(*) from slot_reservations r
            where r.promo_code_id = p.id and r.status = 'held' and r.expires_at > now()
              and r.id <> ${reservation.id}::uuid
          ) < p.max_redemptions)
        returning true as redeemed`,
  );
  return row?.redeemed ? 'redeemed' : 'used_up';
}

/** Gives back a redemption counted in this transaction when the booking is refunded instead (no seats). */
export async function unredeemPromoCode(tx: Tx, promoCodeId: string): Promise<void> {
  await queryRows(tx, sql`update promo_codes set redemptions = redemptions - 1 where id = ${promoCodeId}::uuid`);
}

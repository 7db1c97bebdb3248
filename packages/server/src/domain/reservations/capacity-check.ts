import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';

export interface CapacityMismatch {
  readonly sessionId: string;
  readonly capacityRemaining: number;
  readonly expectedRemaining: number;
}

export interface CapacityHealth {
  readonly ok: boolean;
  readonly sessionsChecked: number;
  readonly mismatches: readonly CapacityMismatch[];
}

/**
 * Invariant 1 as a query: every session's capacity_remaining equals
 * capacity_total − Σ party_size of its held reservations and of its confirmed
 * reservations whose booking (at most one) is confirmed, and is never negative.
 * A confirmed reservation whose booking was cancelled or refunded holds seats
 * nobody can use: that counts as a mismatch (issue 16 item 2). One without a
 * booking yet still counts: the booking is written in the confirming transaction.
 * Returns the sessions where that is false (all organizations when none is given).
 */
export async function findCapacityMismatches(db: DbOrTx, organizationId?: string): Promise<CapacityMismatch[]> {
  const rows = await queryRows<{ session_id: string; capacity_remaining: number; expected_remaining: number }>(
    db,
    sql`select s.id as session_id, s.capacity_remaining,
               (s.capacity_total - coalesce(live.seats, 0))::int as expected_remaining
        from activity_sessions s
        left join (select r.session_id, sum(r.party_size) as seats from slot_reservations r
                   where r.status = 'held' or (r.status = 'confirmed' and not exists (
                     select 1 from bookings b where b.reservation_id = r.id and b.status <> 'confirmed'))
                   group by r.session_id) live on live.session_id = s.id
        where (${organizationId ?? null}::uuid is null or s.organization_id = ${organizationId ?? null}::uuid)
          and (s.capacity_remaining <> s.capacity_total - coalesce(live.seats, 0) or s.capacity_remaining < 0)
        order by s.starts_at, s.id`,
  );
  return rows.map((r) => ({
    sessionId: r.session_id,
    capacityRemaining: Number(r.capacity_remaining),
    expectedRemaining: Number(r.expected_remaining),
  }));
}

/** The admin health view of invariant 1 for one organization. */
export async function checkCapacityHealth(db: DbOrTx, organizationId: string): Promise<CapacityHealth> {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from activity_sessions where organization_id = ${organizationId}::uuid`,
  );
  const mismatches = await findCapacityMismatches(db, organizationId);
  return { ok: mismatches.length === 0, sessionsChecked: Number(count?.n ?? 0), mismatches };
}

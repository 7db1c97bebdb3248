import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from '../../db/client.ts';
import { badInput, notFound } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';

/**
 * Could a party of this size be held right now (open, not started, within the
 * activity's party limits, enough seats)? Counts seats of expired but
 * not yet swept holds as free, as reserve_slot() would release them first.
 * A hint for the UI, not a promise: only reserveSlot decides.
 */
export async function checkSlotAvailability(
  db: DbOrTx,
  sessionId: string,
  partySize: number,
  now: Date,
): Promise<boolean> {
  if (!Number.isInteger(partySize) || partySize < 1)
    throw badInput('partySize must be at least 1', { field: 'partySize' });
  if (!isUuid(sessionId)) throw notFound('Session');
  const [row] = await queryRowsPrepared<{ free: number; open: boolean }>(
    db,
    'check_slot_availability',
    sql`select (case when a.settings->>'bookingMode' = 'private'
                  and f.seats < s.capacity_total then 0 else f.seats end)::int as free,
            (s.status = 'open' and a.status = 'active'
              and s.starts_at > ${now.toISOString()}::timestamptz
                + coalesce((a.settings->>'minNoticeMinutes')::int, 0) * interval '1 minute'
              and ${partySize}::int between a.min_party and a.max_party) as open
        from activity_sessions s join activities a on a.id = s.activity_id
        cross join lateral (select s.capacity_remaining + coalesce((select sum(r.party_size) from slot_reservations r
              where r.session_id = s.id and r.status = 'held'
                and r.expires_at <= ${now.toISOString()}::timestamptz), 0) as seats) f
        where s.id = ${sessionId}::uuid`,
  );
  if (!row) throw notFound('Session');
  return row.open && Number(row.free) >= partySize;
}

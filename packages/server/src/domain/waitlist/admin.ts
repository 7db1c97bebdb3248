import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { slotReservations, waitlistEntries, type WaitlistEntry } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { endEntry, type EndedEntry } from './leave.ts';

/**
 * A session's waitlist for staff, oldest first (the order offers go out in). Runs inside withOrganization.
 * An offer whose hold was paid or ended reads as BOOKED / EXPIRED at once (the job records it on its next pass).
 */
export async function listWaitlist(tx: Tx, organizationId: string, sessionId: string): Promise<WaitlistEntry[]> {
  if (!isUuid(sessionId)) return [];
  const rows = await tx
    .select({ entry: waitlistEntries, hold: slotReservations.status })
    .from(waitlistEntries)
    .leftJoin(slotReservations, eq(slotReservations.id, waitlistEntries.reservationId))
    .where(and(eq(waitlistEntries.organizationId, organizationId), eq(waitlistEntries.sessionId, sessionId)))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id));
  return rows.map(({ entry, hold }) =>
    entry.status !== 'OFFERED' || hold === 'held'
      ? entry
      : { ...entry, status: hold === 'confirmed' ? 'BOOKED' : 'EXPIRED' },
  );
}

/** Staff take an entry off (LEFT); an offer it holds is released to the next party. */
export async function removeWaitlistEntry(tx: Tx, organizationId: string, id: string): Promise<EndedEntry> {
  if (!isUuid(id)) throw notFound('Waitlist entry');
  const [owned] = await tx
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.id, id), eq(waitlistEntries.organizationId, organizationId)));
  if (!owned) throw notFound('Waitlist entry');
  return (await endEntry(tx, id, 'LEFT'))!;
}

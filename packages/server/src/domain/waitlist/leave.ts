import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { activitySessions, waitlistEntries, type WaitlistEntry } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { releaseReservation } from '../reservations/release.ts';

export interface EndedEntry {
  readonly entry: WaitlistEntry;
  /** Checkout session of a released offer hold: the caller expires it after commit. */
  readonly checkoutSessionId: string | null;
}

/**
 * Takes a live entry off the waitlist (LEFT: the customer or staff; EXPIRED). An offer it holds is
 * released first — session, then reservation, then entry: the documented lock order — and the freed
 * seats wake the waitlist job for the next party. A finished entry is answered as it is.
 */
export async function endEntry(tx: Tx, entryId: string, status: 'LEFT' | 'EXPIRED'): Promise<EndedEntry | undefined> {
  const [ref] = await tx
    .select({ sessionId: waitlistEntries.sessionId })
    .from(waitlistEntries)
    .where(eq(waitlistEntries.id, entryId));
  if (!ref) return undefined;
  // The session lock first: the offer job changes entries only under it, so the status read next is current.
  await tx
    .select({ id: activitySessions.id })
    .from(activitySessions)
    .where(eq(activitySessions.id, ref.sessionId))
    .for('update');
  const [before] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, entryId));
  if (!before) return undefined;
  let checkoutSessionId: string | null = null;
  if (before.status === 'OFFERED' && before.reservationId) {
    checkoutSessionId = (await releaseReservation(tx, before.reservationId, 'released')).checkoutSessionId;
  }
  const [entry] = await tx
    .update(waitlistEntries)
    .set({ status, updatedAt: sql`now()` })
    .where(and(eq(waitlistEntries.id, entryId), inArray(waitlistEntries.status, ['WAITING', 'OFFERED'])))
    .returning();
  if (entry) return { entry, checkoutSessionId };
  const [now] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, entryId));
  return { entry: now!, checkoutSessionId };
}

/** endEntry in its own transaction; ends the released hold's Checkout after commit. */
export async function releaseOffer(
  deps: { readonly db: Database; expireCheckouts(ids: readonly string[]): Promise<void> },
  entryId: string,
  status: 'LEFT' | 'EXPIRED',
): Promise<WaitlistEntry> {
  const ended = await deps.db.transaction((tx) => endEntry(tx, entryId, status));
  if (!ended) throw notFound('Waitlist entry');
  if (ended.checkoutSessionId) await deps.expireCheckouts([ended.checkoutSessionId]);
  return ended.entry;
}

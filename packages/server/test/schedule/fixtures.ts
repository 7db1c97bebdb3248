import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import {
  activitySessions,
  bookings,
  customers,
  slotReservations,
  type ActivitySession,
} from '../../src/db/schema/index.ts';

/** The demo clock: Monday 2026-06-01 08:00 in New York (the demo venue's zone). */
export const MONDAY_8AM_NY = new Date('2026-06-01T12:00:00Z');

/** A mutable clock for services.now(). */
export function testClock(start: Date) {
  let now = start;
  return { now: () => now, set: (d: Date) => (now = d) };
}

export async function sessionsOn(db: Database, activityId: string, localDate: string): Promise<ActivitySession[]> {
  return db
    .select()
    .from(activitySessions)
    .where(and(eq(activitySessions.activityId, activityId), eq(activitySessions.localDate, localDate)))
    .orderBy(asc(activitySessions.startsAt));
}

export async function countSessions(db: Database, activityId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activitySessions)
    .where(eq(activitySessions.activityId, activityId));
  return Number(row!.n);
}

/**
 * A live reservation written directly (the hold and payment flows are other
 * areas'), taking its seats so capacity_remaining stays = total − live seats.
 * With `booked`, also a confirmed booking.
 */
export async function reserve(
  db: Database,
  session: ActivitySession,
  options: { status: 'held' | 'confirmed'; partySize?: number; booked?: boolean },
) {
  const partySize = options.partySize ?? 2;
  return db.transaction(async (tx) => {
    await tx
      .update(activitySessions)
      .set({ capacityRemaining: sql`${activitySessions.capacityRemaining} - ${partySize}` })
      .where(eq(activitySessions.id, session.id));
    const email = `guest-${randomUUID().slice(0, 8)}@example.com`;
    const [reservation] = await tx
      .insert(slotReservations)
      .values({
        sessionId: session.id,
        organizationId: session.organizationId,
        partySize,
        tickets: [],
        totalCents: 5000,
        currency: 'USD',
        email,
        status: options.status,
        expiresAt: new Date(Date.now() + 600_000),
        idempotencyKey: randomUUID(),
        requestHash: 'x',
      })
      .returning();
    if (!options.booked) return { reservation: reservation!, booking: undefined };
    const [customer] = await tx
      .insert(customers)
      .values({ organizationId: session.organizationId, email, name: 'Guest' })
      .returning();
    const [booking] = await tx
      .insert(bookings)
      .values({
        bookingNumber: `T${randomUUID().slice(0, 8).toUpperCase()}`,
        organizationId: session.organizationId,
        sessionId: session.id,
        reservationId: reservation!.id,
        customerId: customer!.id,
        partySize,
        lineItems: [
          { tier: 'adult', name: 'Adult', quantity: partySize, unitAmountCents: 2500, totalCents: 2500 * partySize },
        ],
        totalCents: 2500 * partySize,
        currency: 'USD',
      })
      .returning();
    return { reservation: reservation!, booking: booking! };
  });
}

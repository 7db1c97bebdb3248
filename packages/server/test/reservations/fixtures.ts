import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../src/db/client.ts';
import { queryRows } from '../../src/db/client.ts';
import {
  activities,
  activityPrices,
  activitySessions,
  apiKeys,
  organizations,
  venues,
} from '../../src/db/schema/index.ts';
import { generateApiKey, hashApiKey } from '../../src/domain/admin/api-keys.ts';

export interface ActivityFixture {
  readonly organizationId: string;
  readonly venueId: string;
  readonly activityId: string;
  readonly apiKey: string;
  readonly prices: { readonly adult: string; readonly child: string; readonly custom: string };
}

export interface ActivityFixtureOptions {
  readonly minParty?: number;
  readonly maxParty?: number;
  readonly requiresWaiver?: boolean;
  /** @default 'Escape room' */
  readonly name?: string;
  /** The adult price's mirrored Stripe id. @default 'price_adult'; null = not synced yet */
  readonly adultStripePriceId?: string | null;
}

/** An organization with one venue, one activity and adult 3000 / child 1500 / custom "Student" 2000 USD prices. */
export async function createActivityFixture(
  db: DbOrTx,
  options: ActivityFixtureOptions = {},
): Promise<ActivityFixture> {
  const [org] = await db
    .insert(organizations)
    .values({ name: `Org ${randomUUID().slice(0, 8)}` })
    .returning();
  const apiKey = generateApiKey();
  await db.insert(apiKeys).values({ organizationId: org!.id, keyHash: hashApiKey(apiKey), label: 'test' });
  const [venue] = await db
    .insert(venues)
    .values({
      organizationId: org!.id,
      name: 'Venue',
      embedKey: `venue-${randomUUID()}`,
      timezone: 'Europe/Berlin',
      currency: 'USD',
    })
    .returning();
  const [activity] = await db
    .insert(activities)
    .values({
      venueId: venue!.id,
      organizationId: org!.id,
      name: options.name ?? 'Escape room',
      durationMinutes: 60,
      capacity: 10,
      minParty: options.minParty ?? 1,
      maxParty: options.maxParty ?? 8,
      settings: {
        operatingDays: ['Monday'],
        startTime: '10:00',
        endTime: '18:00',
        slotInterval: 60,
        advanceBooking: 30,
        requiresWaiver: options.requiresWaiver ?? false,
      },
    })
    .returning();
  const id = activity!.id;
  const rows = await db
    .insert(activityPrices)
    .values([
      {
        activityId: id,
        tier: 'adult',
        name: 'Adult',
        amountCents: 3000,
        currency: 'USD',
        lookupKey: `activity_${id}_adult`,
        stripePriceId: options.adultStripePriceId === undefined ? 'price_adult' : options.adultStripePriceId,
      },
      {
        activityId: id,
        tier: 'child',
        name: 'Child',
        amountCents: 1500,
        currency: 'USD',
        lookupKey: `activity_${id}_child`,
      },
      {
        activityId: id,
        tier: 'custom',
        name: 'Student',
        amountCents: 2000,
        currency: 'USD',
        lookupKey: `activity_${id}_custom_student`,
      },
    ])
    .returning();
  const byTier = (tier: string) => rows.find((p) => p.tier === tier)!.id;
  return {
    organizationId: org!.id,
    venueId: venue!.id,
    activityId: id,
    apiKey,
    prices: { adult: byTier('adult'), child: byTier('child'), custom: byTier('custom') },
  };
}

let offset = 0;

/** A session of the fixture's activity; by default open and starting in a week (each call a distinct start). */
export async function createSession(
  db: DbOrTx,
  fixture: ActivityFixture,
  options: { capacity?: number; startsAt?: Date; status?: 'open' | 'closed' | 'cancelled' } = {},
): Promise<string> {
  offset += 1;
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * 86_400_000 + offset * 3_600_000);
  const capacity = options.capacity ?? 10;
  const [row] = await db
    .insert(activitySessions)
    .values({
      activityId: fixture.activityId,
      organizationId: fixture.organizationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      localDate: startsAt.toISOString().slice(0, 10),
      capacityTotal: capacity,
      capacityRemaining: capacity,
      status: options.status ?? 'open',
    })
    .returning({ id: activitySessions.id });
  return row!.id;
}

export async function capacityRemaining(db: DbOrTx, sessionId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select capacity_remaining as n from activity_sessions where id = ${sessionId}::uuid`,
  );
  return Number(row!.n);
}

export async function reservationStatus(db: DbOrTx, reservationId: string): Promise<string> {
  const [row] = await queryRows<{ status: string }>(
    db,
    sql`select status from slot_reservations where id = ${reservationId}::uuid`,
  );
  return row!.status;
}

/** Moves time for one hold by putting its expiry in the past (tests never sleep). */
export async function backdateHold(db: DbOrTx, reservationId: string, seconds = 1): Promise<void> {
  await db.execute(
    sql`update slot_reservations set expires_at = now() - make_interval(secs => ${seconds})
        where id = ${reservationId}::uuid`,
  );
}

export const RESERVE = `mutation Reserve($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation { id sessionId status partySize totalCents currency expiresAt }
    ... on SlotUnavailable { remaining message }
    ... on InvalidReservation { reason message retryAfterSeconds }
  }
}`;

export const RELEASE = `mutation Release($id: ID!) { releaseReservation(reservationId: $id) }`;
export const CHECK = `query Check($s: ID!, $n: Int!) { checkSlotAvailability(sessionId: $s, partySize: $n) }`;

export const adults = (quantity: number) => [{ tier: 'ADULT', quantity }];

export function reserveInput(sessionId: string, overrides: Record<string, unknown> = {}) {
  return { sessionId, tickets: adults(1), email: 'guest@example.com', idempotencyKey: randomUUID(), ...overrides };
}

import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import {
  activitySessions,
  apiKeys,
  bookings,
  customers,
  organizations,
  slotReservations,
} from '../../src/db/schema/index.ts';
import { generateApiKey, hashApiKey } from '../../src/domain/admin/api-keys.ts';
import { gql } from '../support/graphql.ts';

/** A fresh organization with one admin key (inserted directly: there is no public sign-up). */
export async function makeOrganization(db: Database, name: string): Promise<{ id: string; key: string }> {
  const [org] = await db.insert(organizations).values({ name }).returning();
  const key = generateApiKey();
  await db.insert(apiKeys).values({ organizationId: org!.id, keyHash: hashApiKey(key), label: 'test' });
  return { id: org!.id, key };
}

export const everyDay = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const CREATE_VENUE = `mutation($input: VenueInput!) { createVenue(input: $input) {
  id embedKey timezone currency allowedOrigins } }`;
export const CREATE_ACTIVITY = `mutation($input: ActivityInput!) { createActivity(input: $input) {
  sessionsCreated sessionsRemoved keptSessions { id }
  activity { id venueId name status stripeProductId minParty maxParty schedule {
    operatingDays startTime endTime slotInterval }
    prices { id tier name amountCents currency lookupKey stripePriceId active } } } }`;

export function activityInput(venueId: string, overrides: Record<string, unknown> = {}) {
  return {
    venueId,
    name: 'Sunset Kayak',
    description: 'Two hours on the bay',
    durationMinutes: 60,
    capacity: 6,
    maxParty: 6,
    schedule: { operatingDays: everyDay, startTime: '09:00', endTime: '12:00', slotInterval: 60, advanceBooking: 3 },
    prices: [
      { tier: 'ADULT', name: 'Adult', amountCents: 4000 },
      { tier: 'CHILD', name: 'Child', amountCents: 2500 },
      { tier: 'CUSTOM', name: 'Student', amountCents: 3000, slug: 'student' },
    ],
    ...overrides,
  };
}

/** A venue and an activity created through the admin API, returning their ids. */
export async function makeCatalog(url: string, key: string, venueName: string) {
  const venue = await gql(
    url,
    CREATE_VENUE,
    {
      input: {
        name: venueName,
        timezone: 'Europe/Berlin',
        currency: 'eur',
        allowedOrigins: ['https://shop.example', 'http://localhost:*'],
      },
    },
    { apiKey: key },
  );
  if (venue.errors) throw new Error(JSON.stringify(venue.errors));
  const venueId = venue.data!.createVenue.id as string;
  const activity = await gql(url, CREATE_ACTIVITY, { input: activityInput(venueId) }, { apiKey: key });
  if (activity.errors) throw new Error(JSON.stringify(activity.errors));
  return {
    venueId,
    embedKey: venue.data!.createVenue.embedKey as string,
    activityId: activity.data!.createActivity.activity.id as string,
    change: activity.data!.createActivity,
  };
}

let seq = 0;
/** A confirmed booking on the activity's first session, written directly (the payment flow is another area's). */
export async function makeBooking(
  db: Database,
  organizationId: string,
  activityId: string,
  options: { createdAt?: Date; totalCents?: number } = {},
) {
  const [session] = await db
    .select()
    .from(activitySessions)
    .where(eq(activitySessions.activityId, activityId))
    .orderBy(activitySessions.startsAt)
    .limit(1);
  if (!session) throw new Error('activity has no sessions');
  seq += 1;
  const email = `guest${seq}@example.com`;
  const [customer] = await db
    .insert(customers)
    .values({ organizationId, email, name: `Guest ${seq}` })
    .onConflictDoNothing()
    .returning();
  const [reservation] = await db
    .insert(slotReservations)
    .values({
      sessionId: session.id,
      organizationId,
      partySize: 2,
      tickets: [],
      totalCents: options.totalCents ?? 8000,
      currency: 'EUR',
      email,
      status: 'confirmed',
      expiresAt: new Date(),
      idempotencyKey: `idem-${process.pid}-${seq}-${Math.random()}`,
      requestHash: 'x',
    })
    .returning();
  const [booking] = await db
    .insert(bookings)
    .values({
      bookingNumber: `SK${process.pid}${seq}${Math.floor(Math.random() * 1e6)}`,
      organizationId,
      sessionId: session.id,
      reservationId: reservation!.id,
      customerId: customer!.id,
      partySize: 2,
      lineItems: [{ tier: 'adult', name: 'Adult', quantity: 2, unitAmountCents: 4000, totalCents: 8000 }],
      totalCents: options.totalCents ?? 8000,
      currency: 'EUR',
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning();
  return booking!;
}

import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../src/db/client.ts';
import { activities, activityPrices, activitySessions, apiKeys, bookings, organizations, slotReservations, venues } from '../../src/db/schema/index.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import { generateApiKey, hashApiKey } from '../../src/graphql/auth.ts';
import type { AppServices } from '../../src/services.ts';
import { startTestApp, type TestApp, type TestAppOptions } from '../support/app.ts';
import { startStripeStandIn, type StripeStandIn } from '../support/stripe-stand-in.ts';

export const WEBHOOK_SECRET = 'whsec_test_payments_suite_secret';

export interface PaymentsHarness {
  readonly app: TestApp;
  readonly stripe: StripeStandIn;
  stop(): Promise<void>;
}

/** A server whose real Stripe SDK talks to a fresh local stand-in of the Stripe API. */
export async function startPaymentsApp(options: TestAppOptions = {}): Promise<PaymentsHarness> {
  const stripe = await startStripeStandIn();
  const app = await startTestApp({
    holdSweeper: false,
    ...options,
    config: { STRIPE_SECRET_KEY: 'sk_test_stand_in', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: stripe.url, ...options.config },
  });
  return {
    app,
    stripe,
    async stop() {
      await app.stop();
      await stripe.close();
    },
  };
}

export interface Catalog {
  readonly organizationId: string;
  readonly venueId: string;
  readonly activityId: string;
  readonly apiKey: string;
  readonly priceIds: { readonly adult: string; readonly child: string; readonly custom: string };
}

/** An organization, venue (Europe/Berlin, USD) and activity priced adult 3000 / child 1500 / custom "student" 2000. */
export async function createCatalog(db: DbOrTx): Promise<Catalog> {
  const [org] = await db.insert(organizations).values({ name: `Org ${randomUUID().slice(0, 8)}` }).returning();
  const apiKey = generateApiKey();
  await db.insert(apiKeys).values({ organizationId: org!.id, keyHash: hashApiKey(apiKey), label: 'test' });
  const [venue] = await db
    .insert(venues)
    .values({ organizationId: org!.id, name: 'Manor', embedKey: `venue-${randomUUID()}`, timezone: 'Europe/Berlin', currency: 'USD' })
    .returning();
  const [activity] = await db
    .insert(activities)
    .values({
      venueId: venue!.id,
      organizationId: org!.id,
      name: 'Haunted Library',
      durationMinutes: 60,
      capacity: 10,
      minParty: 1,
      maxParty: 10,
      settings: { operatingDays: ['Monday'], startTime: '10:00', endTime: '18:00', slotInterval: 60, advanceBooking: 30 },
    })
    .returning();
  const id = activity!.id;
  const rows = await db
    .insert(activityPrices)
    .values([
      { activityId: id, tier: 'adult', name: 'Adult', amountCents: 3000, currency: 'USD', lookupKey: `activity_${id}_adult` },
      { activityId: id, tier: 'child', name: 'Child', amountCents: 1500, currency: 'USD', lookupKey: `activity_${id}_child` },
      { activityId: id, tier: 'custom', name: 'Student', amountCents: 2000, currency: 'USD', lookupKey: `activity_${id}_custom_student` },
    ])
    .returning();
  const tier = (t: string) => rows.find((p) => p.tier === t)!.id;
  return { organizationId: org!.id, venueId: venue!.id, activityId: id, apiKey, priceIds: { adult: tier('adult'), child: tier('child'), custom: tier('custom') } };
}

let offset = 0;

/** An open session a week ahead, at a distinct hour per call. */
export async function createSession(db: DbOrTx, catalog: Catalog, capacity = 10): Promise<string> {
  offset += 1;
  const startsAt = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 7 * 86_400_000 + offset * 3_600_000);
  const [row] = await db
    .insert(activitySessions)
    .values({
      activityId: catalog.activityId,
      organizationId: catalog.organizationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      localDate: startsAt.toISOString().slice(0, 10),
      capacityTotal: capacity,
      capacityRemaining: capacity,
    })
    .returning({ id: activitySessions.id });
  return row!.id;
}

/** A live hold through the real reserveSlot; returns its reservation id. */
export async function hold(services: AppServices, sessionId: string, tickets: Array<{ tier: 'adult' | 'child' | 'custom'; quantity: number; priceId?: string }>, email = 'guest@example.com'): Promise<string> {
  const outcome = await reserveSlot(services, { sessionId, tickets, email, idempotencyKey: randomUUID() }, { ip: null });
  if (outcome.type !== 'Reservation') throw new Error(`hold failed: ${JSON.stringify(outcome)}`);
  return outcome.reservation.id;
}

export const CREATE_CHECKOUT = `mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { url checkoutSessionId } }`;
export const CONFIRM_CHECKOUT = `mutation($id: String!) { confirmCheckout(checkoutSessionId: $id) { id bookingNumber status partySize totalCents currency startsAt activityName } }`;
export const CANCEL_BOOKING = `mutation($id: ID!, $refund: Boolean!) { cancelBooking(id: $id, refund: $refund) { id status session { capacityRemaining } } }`;

export const checkoutInput = (reservationId: string, overrides: Record<string, unknown> = {}) => ({
  reservationId,
  customer: { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0000' },
  successUrl: 'https://venue.example/booked',
  cancelUrl: 'https://venue.example/cancelled',
  ...overrides,
});

export async function capacity(db: DbOrTx, sessionId: string): Promise<number> {
  const [row] = await db.select({ n: activitySessions.capacityRemaining }).from(activitySessions).where(eq(activitySessions.id, sessionId));
  return row!.n;
}

export async function reservation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(slotReservations).where(eq(slotReservations.id, id));
  return row!;
}

export async function bookingsOf(db: DbOrTx, reservationId: string) {
  return db.select().from(bookings).where(eq(bookings.reservationId, reservationId));
}

export async function countRows(db: DbOrTx, table: 'stripe_events' | 'bookings' | 'outbox' | 'customers'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number(row!.n);
}

/** Ends a hold the way the sweeper would, without waiting (tests never sleep). */
export async function backdate(db: DbOrTx, reservationId: string): Promise<void> {
  await db.execute(sql`update slot_reservations set expires_at = now() - interval '1 second' where id = ${reservationId}::uuid`);
}

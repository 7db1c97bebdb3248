import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../src/db/client.ts';
import { activitySessions, bookings, slotReservations } from '../../src/db/schema/index.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import type { AppServices } from '../../src/services.ts';
import { startTestApp, type TestApp, type TestAppOptions } from '../support/app.ts';
import { startStripeStandIn, type StripeStandIn } from '../support/stripe-stand-in.ts';
import {
  createActivityFixture,
  createSession as createFixtureSession,
  type ActivityFixture,
} from '../reservations/fixtures.ts';

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
    config: {
      STRIPE_SECRET_KEY: 'sk_test_stand_in',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: stripe.url,
      ...options.config,
    },
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

export interface Catalog extends ActivityFixture {
  /** The same ids as `prices`, under the name the payments tests use. */
  readonly priceIds: ActivityFixture['prices'];
}

/**
 * An organization, venue (Europe/Berlin, USD) and activity priced adult 3000 / child 1500 /
 * custom "student" 2000 with no Stripe ids yet (catalog sync fills them): the reservations
 * fixture, shaped for the payments tests.
 */
export async function createCatalog(db: DbOrTx): Promise<Catalog> {
  const f = await createActivityFixture(db, { name: 'Haunted Library', maxParty: 10, adultStripePriceId: null });
  return { ...f, priceIds: f.prices };
}

/** An open session a week ahead, on the hour, at a distinct hour per call. */
export function createSession(db: DbOrTx, catalog: Catalog, capacity = 10): Promise<string> {
  const nextHour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  return createFixtureSession(db, catalog, {
    capacity,
    startsAt: new Date(nextHour + 7 * 86_400_000 + ++offset * 3_600_000),
  });
}

let offset = 0;

/** A live hold through the real reserveSlot; returns its reservation id. */
export async function hold(
  services: AppServices,
  sessionId: string,
  tickets: Array<{ tier: 'adult' | 'child' | 'custom'; quantity: number; priceId?: string }>,
  email = 'guest@example.com',
): Promise<string> {
  const outcome = await reserveSlot(
    services,
    { sessionId, tickets, email, idempotencyKey: randomUUID() },
    { ip: null },
  );
  if (outcome.type !== 'Reservation') throw new Error(`hold failed: ${JSON.stringify(outcome)}`);
  return outcome.reservation.id;
}

export const CREATE_CHECKOUT = `mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) {
  url checkoutSessionId } }`;
export const CONFIRM_CHECKOUT = `mutation($id: String!) { confirmCheckout(checkoutSessionId: $id) {
  id bookingNumber status partySize totalCents currency startsAt activityName } }`;
export const CANCEL_BOOKING = `mutation($id: ID!, $refund: Boolean!) { cancelBooking(id: $id, refund: $refund) {
  id status session { capacityRemaining } } }`;

export const checkoutInput = (reservationId: string, overrides: Record<string, unknown> = {}) => ({
  reservationId,
  customer: { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0000' },
  successUrl: 'https://venue.example/booked',
  cancelUrl: 'https://venue.example/cancelled',
  ...overrides,
});

export async function capacity(db: DbOrTx, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ n: activitySessions.capacityRemaining })
    .from(activitySessions)
    .where(eq(activitySessions.id, sessionId));
  return row!.n;
}

export async function reservation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(slotReservations).where(eq(slotReservations.id, id));
  return row!;
}

export async function bookingsOf(db: DbOrTx, reservationId: string) {
  return db.select().from(bookings).where(eq(bookings.reservationId, reservationId));
}

export async function countRows(
  db: DbOrTx,
  table: 'stripe_events' | 'bookings' | 'outbox' | 'customers',
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number(row!.n);
}

/** Ends a hold the way the sweeper would, without waiting (tests never sleep). */
export async function backdate(db: DbOrTx, reservationId: string): Promise<void> {
  await db.execute(
    sql`update slot_reservations set expires_at = now() - interval '1 second' where id = ${reservationId}::uuid`,
  );
}

/** Polls a condition (never a fixed sleep); returns the last value after `ms`. */
export async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';
import { activitySessions } from './sessions.ts';
import { promoCodes } from './promo-codes.ts';

/** One priced ticket line, fixed at hold time (never taken from the client). */
export interface ReservedTicket {
  tier: 'adult' | 'child' | 'custom';
  priceId: string;
  name: string;
  quantity: number;
  unitAmountCents: number;
  stripePriceId: string | null;
  /** `group`: unitAmountCents is the whole line whatever the quantity (absent on holds older than 0016). */
  per?: 'person' | 'group';
}

export interface ReservationCustomer {
  name: string;
  email: string;
  phone?: string | null;
}

export const slotReservations = pgTable(
  'slot_reservations',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partySize: integer('party_size').notNull(),
    tickets: jsonb('tickets').$type<ReservedTicket[]>().notNull(),
    /** What the booking costs: the lines minus discountCents (what Checkout charges, before any gift card). */
    totalCents: integer('total_cents').notNull(),
    /** Taken off the lines by promoCodeId; the hold reserves one redemption of that code while it lives. */
    discountCents: integer('discount_cents').notNull().default(0),
    promoCodeId: uuid('promo_code_id').references(() => promoCodes.id),
    currency: text('currency').notNull(),
    email: text('email').notNull(),
    customer: jsonb('customer').$type<ReservationCustomer>(),
    status: text('status', { enum: ['held', 'confirmed', 'released', 'expired'] })
      .notNull()
      .default('held'),
    expiresAt: instant('expires_at').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /** Digest of the request behind idempotencyKey: the same key with other input is refused. */
    requestHash: text('request_hash').notNull(),
    clientIp: text('client_ip'),
    waiverAccepted: boolean('waiver_accepted').notNull().default(false),
    /** The customer confirmed the activity's minimum age (asked only when it has one). */
    minAgeAccepted: boolean('min_age_accepted').notNull().default(false),
    /** The customer's language: emails about this booking use it. */
    locale: text('locale').notNull().default('en'),
    checkoutSessionId: text('checkout_session_id').unique(),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('slot_reservations_party_check', sql`${t.partySize} >= 1`),
    index('slot_reservations_session_status_idx').on(t.sessionId, t.status),
    // The sweeper and the hold limits only look at live holds.
    index('slot_reservations_held_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} = 'held'`),
    // Lazy expiry inside reserve_slot() asks for one session's expired holds: a range on this index
    // whatever plan the function caches (else a hot session rescans all its live holds per call).
    index('slot_reservations_held_session_expiry_idx')
      .on(t.sessionId, t.expiresAt)
      .where(sql`${t.status} = 'held'`),
    index('slot_reservations_held_email_idx')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.status} = 'held'`),
    // reserve_slot() counts a promo code's live holds under its row lock.
    index('slot_reservations_held_promo_idx')
      .on(t.promoCodeId, t.expiresAt)
      .where(sql`${t.status} = 'held' AND ${t.promoCodeId} IS NOT NULL`),
    index('slot_reservations_held_ip_idx')
      .on(t.clientIp)
      .where(sql`${t.status} = 'held'`),
  ],
);

export type SlotReservation = typeof slotReservations.$inferSelect;
export type NewSlotReservation = typeof slotReservations.$inferInsert;

import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';
import { activitySessions } from './sessions.ts';
import { slotReservations } from './reservations.ts';
import { promoCodes } from './promo-codes.ts';

export const customers = pgTable(
  'customers',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name'),
    phone: text('phone'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('customers_organization_email_unique').on(t.organizationId, sql`lower(${t.email})`)],
);

export interface BookingLineItem {
  tier: 'adult' | 'child' | 'custom';
  name: string;
  quantity: number;
  unitAmountCents: number;
  totalCents: number;
  /** `group`: one amount for the party (absent on bookings older than 0016). */
  per?: 'person' | 'group';
}

export const bookings = pgTable(
  'bookings',
  {
    id: id(),
    bookingNumber: text('booking_number').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id),
    reservationId: uuid('reservation_id')
      .notNull()
      .unique()
      .references(() => slotReservations.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    /**
     * Who this booking is for, as given when it was paid: the booking's own copy, so a later booking under
     * the same email (in any case) never changes what this one shows. Null only on rows older than 0012.
     */
    customerName: text('customer_name'),
    customerEmail: text('customer_email'),
    customerPhone: text('customer_phone'),
    partySize: integer('party_size').notNull(),
    lineItems: jsonb('line_items').$type<BookingLineItem[]>().notNull(),
    /** The lines minus discountCents: what the booking costs (refunds never exceed it). */
    totalCents: integer('total_cents').notNull(),
    discountCents: integer('discount_cents').notNull().default(0),
    /** The promo code redeemed by this booking (counted once in promo_codes.redemptions). */
    promoCodeId: uuid('promo_code_id').references(() => promoCodes.id),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['confirmed', 'cancelled', 'refunded'] })
      .notNull()
      .default('confirmed'),
    waiverAccepted: boolean('waiver_accepted').notNull().default(false),
    minAgeAccepted: boolean('min_age_accepted').notNull().default(false),
    locale: text('locale').notNull().default('en'),
    stripeCheckoutSessionId: text('stripe_checkout_session_id').unique(),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    /** Set by staff at the door (checkInBooking / markNoShow). */
    attendance: text('attendance', { enum: ['expected', 'checked_in', 'no_show'] })
      .notNull()
      .default('expected'),
    /** How it was paid: Stripe Checkout, or a staff booking paid at the desk or not yet. */
    payment: text('payment', { enum: ['stripe', 'paid_offline', 'unpaid'] })
      .notNull()
      .default('stripe'),
    /** When the reminder email was queued; at most one per booking. */
    reminderSentAt: instant('reminder_sent_at'),
    createdAt: createdAt(),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    index('bookings_organization_created_idx').on(t.organizationId, t.createdAt),
    index('bookings_session_idx').on(t.sessionId),
  ],
);

/**
 * Manage links (`/manage/<token>`): 256 random bits per link, only their SHA-256 stored. Each email
 * that carries a link mints one (a stored hash cannot be turned back into a link), so every link
 * the customer ever received keeps working and names exactly one booking.
 */
export const bookingManageTokens = pgTable('booking_manage_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  bookingId: uuid('booking_id')
    .notNull()
    .references(() => bookings.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;

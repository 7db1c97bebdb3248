import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id } from './columns.ts';
import { organizations } from './organizations.ts';
import { venues } from './venues.ts';

export const activities = pgTable(
  'activities',
  {
    id: id(),
    venueId: uuid('venue_id')
      .notNull()
      .references(() => venues.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    /** http(s) URL of the activity's picture (widget cards). */
    imageUrl: text('image_url'),
    durationMinutes: integer('duration_minutes').notNull(),
    capacity: integer('capacity').notNull(),
    minParty: integer('min_party').notNull().default(1),
    maxParty: integer('max_party').notNull(),
    /** The schedule (ActivitySettings); validated by the one zod schema in domain/schedule/settings.ts. */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    stripeProductId: text('stripe_product_id'),
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
  },
  (t) => [
    index('activities_venue_idx').on(t.venueId),
    index('activities_organization_idx').on(t.organizationId),
    check(
      'activities_party_check',
      sql`${t.minParty} >= 1 AND ${t.maxParty} >= ${t.minParty} AND ${t.capacity} >= 1 AND ${t.durationMinutes} >= 1`,
    ),
  ],
);

/**
 * Mirror of the Stripe prices, so the widget never waits on Stripe. One row per
 * lookup key: when an amount changes, Stripe gets a new Price (lookup key
 * transferred) and this row is updated in place; reservations keep the amount
 * and Stripe price id they were held at.
 */
export const activityPrices = pgTable(
  'activity_prices',
  {
    id: id(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    tier: text('tier', { enum: ['adult', 'child', 'custom'] }).notNull(),
    name: text('name').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** `group`: amountCents is the price of the whole party (one Stripe line of quantity 1). */
    per: text('per', { enum: ['person', 'group'] })
      .notNull()
      .default('person'),
    currency: text('currency').notNull(),
    lookupKey: text('lookup_key').notNull().unique(),
    stripePriceId: text('stripe_price_id'),
    /** The name in other languages: { es: 'Adulto', de: 'Erwachsene' }. */
    names: jsonb('names').$type<Record<string, string>>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index('activity_prices_activity_idx').on(t.activityId),
    check('activity_prices_amount_check', sql`${t.amountCents} >= 0`),
  ],
);

export type Activity = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;
export type ActivityPrice = typeof activityPrices.$inferSelect;
export type NewActivityPrice = typeof activityPrices.$inferInsert;

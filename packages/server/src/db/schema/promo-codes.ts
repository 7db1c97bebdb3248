import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * Promo codes (DESIGN §9.4): a percent or a fixed amount off a booking, per organization, matched
 * case-insensitively. Terms never change after creation (only `active`), so a hold that priced with a
 * code and reserve_slot() that re-checks it agree on the discount. `redemptions` counts bookings made
 * with the code; live holds reserve one each on top (domain/reservations/discounts.ts explains).
 */
export const promoCodes = pgTable(
  'promo_codes',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** As the admin typed it; looked up by lower(code). */
    code: text('code').notNull(),
    percentOff: integer('percent_off'),
    amountOffCents: integer('amount_off_cents'),
    validFrom: instant('valid_from'),
    validUntil: instant('valid_until'),
    /** Null: unlimited. */
    maxRedemptions: integer('max_redemptions'),
    redemptions: integer('redemptions').notNull().default(0),
    /** Empty: every activity of the organization. */
    activityIds: uuid('activity_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('promo_codes_organization_code_unique').on(t.organizationId, sql`lower(${t.code})`),
    check(
      'promo_codes_terms_check',
      sql`(${t.percentOff} IS NULL) <> (${t.amountOffCents} IS NULL)
        AND coalesce(${t.percentOff} BETWEEN 1 AND 100, true) AND coalesce(${t.amountOffCents} >= 1, true)`,
    ),
    check(
      'promo_codes_redemptions_check',
      sql`${t.redemptions} >= 0 AND (${t.maxRedemptions} IS NULL OR ${t.maxRedemptions} >= 1)`,
    ),
  ],
);

export type PromoCode = typeof promoCodes.$inferSelect;
export type NewPromoCode = typeof promoCodes.$inferInsert;

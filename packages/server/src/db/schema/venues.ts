import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, instant } from './columns.ts';
import { organizations } from './organizations.ts';

export interface VenueTheme {
  mode?: 'light' | 'dark';
  accentColor?: string;
  radiusPx?: number;
  fontFamily?: string;
}

export const venues = pgTable(
  'venues',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    embedKey: text('embed_key').notNull().unique(),
    timezone: text('timezone').notNull(),
    currency: text('currency').notNull(),
    allowedOrigins: text('allowed_origins')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    theme: jsonb('theme').$type<VenueTheme>().notNull().default({}),
    waiverUrl: text('waiver_url'),
    /** Street address for confirmations and calendar entries. */
    address: text('address'),
    createdAt: createdAt(),
  },
  (t) => [index('venues_organization_idx').on(t.organizationId)],
);

export type Venue = typeof venues.$inferSelect;
export type NewVenue = typeof venues.$inferInsert;

/**
 * Embed keys a venue used to have (rotated away, or its venue deleted). They stay reserved to their
 * organization forever, so nobody else can pick one up and have old embeds sell their activities.
 */
export const retiredEmbedKeys = pgTable('retired_embed_keys', {
  embedKey: text('embed_key').primaryKey(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  retiredAt: instant('retired_at').notNull().defaultNow(),
});

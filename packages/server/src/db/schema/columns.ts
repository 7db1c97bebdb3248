import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared columns: every row has a random UUID key and a creation time. */
export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const instant = (name: string) => timestamp(name, { withTimezone: true });

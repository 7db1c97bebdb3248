import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Database } from '../packages/server/src/db/client.ts';
import { activities, activityPrices, organizations, venues } from '../packages/server/src/db/schema/index.ts';

/** The server benchmarks create their scratch databases on. */
export const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  readonly name: string;
  /** postgres:// URL of the new, empty database. */
  readonly url: string;
  /** Drops it (closing whatever still uses it). */
  drop(): Promise<void>;
}

/** A fresh, empty database per benchmark run, so runs never see each other's rows. */
export async function createScratchDatabase(prefix = 'slotkit_bench'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 2 });
    },
  };
}

/** The catalog the hold benchmarks book on: one venue (UTC, USD), one activity (no schedule of its own), one adult
 * price of 2500. */
export async function seedBenchActivity(db: Database, embedKey: string) {
  const [org] = await db.insert(organizations).values({ name: 'Bench' }).returning();
  const [venue] = await db
    .insert(venues)
    .values({ organizationId: org!.id, name: 'Bench', embedKey, timezone: 'UTC', currency: 'USD' })
    .returning();
  const [activity] = await db
    .insert(activities)
    .values({
      venueId: venue!.id,
      organizationId: org!.id,
      name: 'Bench',
      durationMinutes: 60,
      capacity: 8,
      maxParty: 8, // A valid schedule with no operating days: the server's session generator leaves it alone
      // (the benches insert their own sessions) instead of logging its settings as invalid.
      settings: {
        operatingDays: [],
        startTime: '09:00',
        endTime: '17:00',
        slotInterval: 60,
        advanceBooking: 1,
        requiresWaiver: false,
      },
    })
    .returning();
  const [price] = await db
    .insert(activityPrices)
    .values({
      activityId: activity!.id,
      tier: 'adult',
      name: 'Adult',
      amountCents: 2500,
      currency: 'USD',
      lookupKey: `activity_${activity!.id}_adult`,
    })
    .returning();
  return { organizationId: org!.id, activityId: activity!.id, priceId: price!.id };
}

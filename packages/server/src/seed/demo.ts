import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.ts';
import { activities, activityPrices, apiKeys, organizations, venues } from '../db/schema/index.ts';
import { generateSessions, readSettings } from '../domain/schedule/generate.ts';
import type { ActivitySettingsInput } from '@slotkit/core/settings';
import { localDateOf } from '@slotkit/core/schedule';
import { generateApiKey, hashApiKey } from '../domain/admin/api-keys.ts';

/** Fixed names the docs, examples and tests rely on (DESIGN.md §8). */
export { DEMO_EMBED_KEY } from '../domain/demo-venue.ts';
import { DEMO_EMBED_KEY } from '../domain/demo-venue.ts';
export const DEMO_VENUE_NAME = 'Mystery Manor';
const SEED_LOCK = 727_002;

export interface DemoSeedOptions {
  /** The server's own origin, allowed for CORS besides http://localhost:* */
  publicOrigin: string;
  /** Use this admin key instead of generating one. */
  adminKey?: string;
  /** Sessions are generated from this instant's venue-local date. @default new Date() */
  now?: Date;
}

export interface DemoSeedResult {
  readonly seeded: boolean;
  /** The admin key, when this call created it (it is stored only as a hash). */
  readonly adminKey?: string;
  readonly activityIds: readonly string[];
}

const hauntedLibrary: ActivitySettingsInput = {
  operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  startTime: '10:00',
  endTime: '22:00',
  slotInterval: 90,
  advanceBooking: 60,
  customHoursEnabled: true,
  customHours: { Monday: { enabled: true, startTime: '16:00', endTime: '22:00' } },
  customDates: [],
  blockedDates: [],
  minAge: 12,
  requiresWaiver: true,
};

const ghostWalk: ActivitySettingsInput = {
  operatingDays: ['Thursday', 'Friday', 'Saturday', 'Sunday'],
  startTime: '18:00',
  endTime: '23:00',
  slotInterval: 60,
  advanceBooking: 30,
  customHoursEnabled: false,
  customHours: {},
  customDates: [],
  blockedDates: [],
  minAge: null,
  requiresWaiver: false,
};

/**
 * Seeds the demo organization only into an empty database. An advisory lock
 * makes simultaneous first starts of several instances seed once.
 */
export async function seedDemo(db: Database, options: DemoSeedOptions): Promise<DemoSeedResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(organizations);
    if (count > 0) {
      if (options.adminKey) await ensureKey(tx, options.adminKey);
      return { seeded: false, activityIds: [] };
    }
    const [org] = await tx.insert(organizations).values({ name: 'Mystery Manor Entertainment' }).returning();
    const adminKey = options.adminKey ?? generateApiKey();
    await tx.insert(apiKeys).values({ organizationId: org!.id, keyHash: hashApiKey(adminKey), label: 'demo admin' });
    const [venue] = await tx
      .insert(venues)
      .values({
        organizationId: org!.id,
        name: DEMO_VENUE_NAME,
        embedKey: DEMO_EMBED_KEY,
        timezone: 'America/New_York',
        currency: 'USD',
        allowedOrigins: [options.publicOrigin, 'http://localhost:*'],
        theme: { mode: 'light', accentColor: '6d28d9', radiusPx: 10 },
        waiverUrl: `${options.publicOrigin}/demo/waiver`,
        address: '1 Hollow Lane, Sleepy Hollow, NY 10591',
      })
      .returning();
    const made = await tx
      .insert(activities)
      .values([
        {
          venueId: venue!.id,
          organizationId: org!.id,
          name: 'The Haunted Library',
          description: 'A 60-minute escape room: find the lost manuscript before the lights go out.',
          imageUrl: `${options.publicOrigin}/demo/images/library.svg`,
          durationMinutes: 60,
          capacity: 8,
          minParty: 2,
          maxParty: 8,
          settings: { ...hauntedLibrary, blockedDates: [privateEvent(options.now)] } as Record<string, unknown>,
        },
        {
          venueId: venue!.id,
          organizationId: org!.id,
          name: 'Ghost Walk Tour',
          description: 'A 45-minute lantern-lit walk through the manor grounds.',
          imageUrl: `${options.publicOrigin}/demo/images/ghost-walk.svg`,
          durationMinutes: 45,
          capacity: 20,
          minParty: 1,
          maxParty: 10,
          settings: ghostWalk as Record<string, unknown>,
        },
      ])
      .returning();
    const [library, walk] = made as [(typeof made)[number], (typeof made)[number]];
    await tx
      .insert(activityPrices)
      .values([
        price(library.id, 'adult', 'Adult', 3500),
        { ...price(library.id, 'child', 'Child (12–15)', 2500), names: { es: 'Niño (12–15)', de: 'Kind (12–15)' } },
        { ...price(library.id, 'custom', 'Student', 3000, 'student'), names: { es: 'Estudiante', de: 'Studierende' } },
        price(walk.id, 'adult', 'Adult', 2500),
        price(walk.id, 'child', 'Child', 1500),
        { ...price(walk.id, 'custom', 'Senior', 2000, 'senior'), names: { es: 'Mayor de 65', de: 'Senioren' } },
      ]);
    // Sessions in the same transaction, so the first page load already shows availability.
    for (const a of made) {
      const activity = { ...a, timezone: venue!.timezone };
      await generateSessions(tx, {
        activity,
        from: localDateOf(venue!.timezone, options.now ?? new Date()),
        days: readSettings(a).advanceBooking,
      });
    }
    return { seeded: true, adminKey: options.adminKey ? undefined : adminKey, activityIds: [library.id, walk.id] };
  });
}

/** A blocked day with its reason, 17 days after seeding: the calendar shows both. */
function privateEvent(now = new Date()) {
  const date = localDateOf('America/New_York', new Date(now.getTime() + 17 * 86_400_000));
  return { id: 'private-event', date, reason: 'Private event' };
}

function price(
  activityId: string,
  tier: 'adult' | 'child' | 'custom',
  name: string,
  amountCents: number,
  slug?: string,
) {
  const lookupKey = tier === 'custom' ? `activity_${activityId}_custom_${slug}` : `activity_${activityId}_${tier}`;
  return { activityId, tier, name, amountCents, currency: 'USD', lookupKey };
}

async function ensureKey(tx: Tx, key: string): Promise<void> {
  const [org] = await tx.select({ id: organizations.id }).from(organizations).orderBy(organizations.createdAt).limit(1);
  if (!org) return;
  await tx
    .insert(apiKeys)
    .values({ organizationId: org.id, keyHash: hashApiKey(key), label: 'SLOTKIT_ADMIN_KEY' })
    .onConflictDoNothing({ target: apiKeys.keyHash });
}

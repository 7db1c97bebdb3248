import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  activities,
  activityPrices,
  activitySessions,
  bookings,
  slotReservations,
  venues,
  type Venue,
  type VenueTheme,
} from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { activityTopic, availabilityTopic, notifyChange, venueTopic } from '../../realtime/topics.ts';
import { isUuid } from '../../db/ids.ts';
import { loadActivities, type ActivityWithPrices } from './activities-query.ts';
import { DEMO_EMBED_KEY } from '../demo-venue.ts';
import { parseInput } from '../parse-input.ts';
import { assertDatabaseTimeZone, claimEmbedKey, retireEmbedKey } from './venue-guards.ts';
import { refuseLocalOrigins, venueInputSchema, venueUpdateSchema, type VenueInput } from './validation.ts';

export type VenueWithActivities = Venue & { readonly activities: readonly ActivityWithPrices[] };

/** A fresh public embed key: unguessable, so rotating it really retires the old embeds. */
export const newEmbedKey = (): string => randomBytes(12).toString('hex');

export async function listVenues(tx: Tx, organizationId: string): Promise<VenueWithActivities[]> {
  const list = await tx
    .select()
    .from(venues)
    .where(eq(venues.organizationId, organizationId))
    .orderBy(asc(venues.createdAt), asc(venues.id));
  const acts = await loadActivities(tx, organizationId, { venueIds: list.map((v) => v.id) });
  return list.map((v) => ({ ...v, activities: acts.filter((a) => a.venueId === v.id) }));
}

export async function findVenue(tx: Tx, organizationId: string, id: string, lock = false): Promise<Venue> {
  if (!isUuid(id)) throw notFound('Venue');
  const query = tx
    .select()
    .from(venues)
    .where(and(eq(venues.id, id), eq(venues.organizationId, organizationId)));
  const [venue] = lock ? await query.for('update') : await query;
  if (!venue) throw notFound('Venue');
  return venue;
}

export async function getVenue(tx: Tx, organizationId: string, id: string): Promise<VenueWithActivities> {
  const venue = await findVenue(tx, organizationId, id);
  return { ...venue, activities: await loadActivities(tx, organizationId, { venueIds: [venue.id] }) };
}

const toTheme = (t: VenueInput['theme']): VenueTheme =>
  Object.fromEntries(Object.entries(t ?? {}).filter(([, v]) => v !== null && v !== undefined));

/** Venue writes in production refuse local development origins (see refuseLocalOrigins). */
export interface VenueWriteOptions {
  production?: boolean;
}

export async function createVenue(
  tx: Tx,
  organizationId: string,
  raw: unknown,
  options: VenueWriteOptions = {},
): Promise<VenueWithActivities> {
  const input = parseInput(venueInputSchema, raw);
  if (options.production) refuseLocalOrigins(input.allowedOrigins);
  await assertDatabaseTimeZone(tx, input.timezone);
  if (input.embedKey) await claimEmbedKey(tx, organizationId, input.embedKey);
  const [venue] = await uniqueEmbedKey(() =>
    tx
      .insert(venues)
      .values({
        organizationId,
        name: input.name,
        timezone: input.timezone,
        currency: input.currency,
        allowedOrigins: input.allowedOrigins ?? [],
        theme: toTheme(input.theme),
        waiverUrl: input.waiverUrl ?? null,
        address: input.address ?? null,
        embedKey: input.embedKey ?? newEmbedKey(),
      })
      .returning(),
  );
  await notifyChange(tx, venueTopic(venue!.id));
  return { ...venue!, activities: [] };
}

/** Only the fields given change; the theme is merged, so `{ accentColor }` keeps the mode. */
export async function updateVenue(
  tx: Tx,
  organizationId: string,
  id: string,
  raw: unknown,
  options: VenueWriteOptions = {},
): Promise<VenueWithActivities> {
  const input = parseInput(venueUpdateSchema, raw);
  const current = await findVenue(tx, organizationId, id, true);
  if (input.timezone != null) await assertDatabaseTimeZone(tx, input.timezone);
  // The seeded demo venue keeps its documented localhost origins (SLOTKIT_DEMO=1 in production is explicit).
  if (options.production && current.embedKey !== DEMO_EMBED_KEY) refuseLocalOrigins(input.allowedOrigins);
  const set: Partial<Venue> = {};
  if (input.name != null) set.name = input.name;
  if (input.timezone != null) set.timezone = input.timezone;
  if (input.currency != null) set.currency = input.currency;
  if (input.allowedOrigins != null) set.allowedOrigins = input.allowedOrigins;
  if (input.theme != null) set.theme = { ...current.theme, ...toTheme(input.theme) };
  if (input.waiverUrl !== undefined) set.waiverUrl = input.waiverUrl;
  if (input.address !== undefined) set.address = input.address;
  if (Object.keys(set).length > 0) {
    await tx
      .update(venues)
      .set(set)
      .where(and(eq(venues.id, id), eq(venues.organizationId, organizationId)));
    await notifyChange(tx, venueTopic(id));
  }
  if (set.currency && set.currency !== current.currency) await repriceInCurrency(tx, organizationId, id, set.currency);
  return getVenue(tx, organizationId, id);
}

/**
 * Prices follow their venue's currency. Stripe prices cannot change
 * currency, so the mirrored ids are cleared; the caller syncs the catalog
 * after commit (updateVenueAndSync), and held reservations keep what they were priced at.
 */
async function repriceInCurrency(tx: Tx, organizationId: string, venueId: string, currency: string): Promise<void> {
  const list = await tx
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.venueId, venueId), eq(activities.organizationId, organizationId)));
  if (list.length === 0) return;
  const ids = list.map((a) => a.id);
  await tx.update(activityPrices).set({ currency, stripePriceId: null }).where(inArray(activityPrices.activityId, ids));
  await notifyChange(tx, ...ids.map(activityTopic));
}

/**
 * A venue whose sessions carry bookings stays: bookings are records of money taken. Returns the
 * Checkout sessions of the holds the cascade removes: the caller expires them after commit, so none
 * stays payable (a payment that still slips through is refunded by completion: issue 16 item 5).
 */
export async function deleteVenue(
  tx: Tx,
  organizationId: string,
  id: string,
): Promise<{ readonly checkoutSessionIds: readonly string[] }> {
  const { embedKey } = await findVenue(tx, organizationId, id, true);
  const [booked] = await tx
    .select({ n: count() })
    .from(bookings)
    .innerJoin(activitySessions, eq(activitySessions.id, bookings.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(and(eq(activities.venueId, id), eq(bookings.organizationId, organizationId)));
  if ((booked?.n ?? 0) > 0) throw badInput('This venue has bookings; archive its activities instead', { field: 'id' });
  // The cascade takes sessions (and their live holds) with it: every date anyone may watch must push.
  const days = await tx
    .selectDistinct({ activityId: activitySessions.activityId, localDate: activitySessions.localDate })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(eq(activities.venueId, id));
  const checkouts = await tx
    .select({ id: slotReservations.checkoutSessionId })
    .from(slotReservations)
    .innerJoin(activitySessions, eq(activitySessions.id, slotReservations.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(and(eq(activities.venueId, id), isNotNull(slotReservations.checkoutSessionId)));
  await retireEmbedKey(tx, organizationId, embedKey);
  await tx.delete(venues).where(and(eq(venues.id, id), eq(venues.organizationId, organizationId)));
  await notifyChange(tx, venueTopic(id), ...days.map((d) => availabilityTopic(d.activityId, d.localDate)));
  return { checkoutSessionIds: checkouts.map((c) => c.id!) };
}

/** The old key stays reserved to this organization: old embeds stop working and nobody else can revive them. */
export async function rotateEmbedKey(tx: Tx, organizationId: string, id: string): Promise<VenueWithActivities> {
  const current = await findVenue(tx, organizationId, id, true);
  await retireEmbedKey(tx, organizationId, current.embedKey);
  await tx
    .update(venues)
    .set({ embedKey: newEmbedKey() })
    .where(and(eq(venues.id, id), eq(venues.organizationId, organizationId)));
  await notifyChange(tx, venueTopic(id));
  return getVenue(tx, organizationId, id);
}

/** embed_key is unique across organizations; a taken one is the caller's input problem. */
async function uniqueEmbedKey<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (pgCode(err) === '23505') throw badInput('This embedKey is taken', { field: 'embedKey' });
    throw err;
  }
}

/** SQLSTATE of a driver error; drizzle wraps it in `cause`. */
export function pgCode(err: unknown): string | undefined {
  for (let e: unknown = err, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  activities,
  activityPrices,
  activitySessions,
  type Activity,
  type ActivityPrice,
} from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { activityTopic, availabilityTopic, notifyChange, venueTopic } from '../../realtime/topics.ts';
import { isUuid } from '../../db/ids.ts';
import { sessionsAfterChange, sessionsForNewActivity, type SessionSync } from './schedule-sync.ts';
import { parseInput } from '../parse-input.ts';
import { findVenue } from './venues.ts';
import { activityInputSchema, activityUpdateSchema, lookupKey, partyBounds, type PriceSpec } from './validation.ts';
import type { ActivitySettings } from '@slotkit/core/settings';

export interface ActivityWrite {
  readonly activityId: string;
  readonly sessions: SessionSync;
}

/**
 * Saves an activity with its prices and generates its sessions, all in the
 * caller's transaction (the seed's ActivityService.createActivity minus the
 * Stripe call, which runs after commit: see activity-service.ts).
 */
export async function createActivity(tx: Tx, organizationId: string, raw: unknown, now: Date): Promise<ActivityWrite> {
  const input = parseInput(activityInputSchema, raw);
  const venue = await findVenue(tx, organizationId, input.venueId);
  const party = partyBounds(input.capacity, input.minParty, input.maxParty);
  const [activity] = await tx
    .insert(activities)
    .values({
      venueId: venue.id,
      organizationId,
      name: input.name,
      description: input.description ?? null,
      imageUrl: input.imageUrl ?? null,
      durationMinutes: input.durationMinutes,
      capacity: input.capacity,
      ...party,
      settings: input.schedule as Record<string, unknown>,
    })
    .returning();
  const id = activity!.id;
  await tx.insert(activityPrices).values(input.prices.map((p) => priceRow(id, p, venue.currency)));
  const sessions = await sessionsForNewActivity(tx, id, now);
  await notifyChange(tx, activityTopic(id), venueTopic(venue.id));
  return { activityId: id, sessions };
}

/**
 * Only the fields given change. A new schedule, duration or capacity
 * regenerates future sessions (those with reservations are kept and
 * reported). `prices` replaces the list: rows are matched by lookup key,
 * missing ones are deactivated (reservations still point at them).
 */
export async function updateActivity(
  tx: Tx,
  organizationId: string,
  id: string,
  raw: unknown,
  now: Date,
): Promise<ActivityWrite> {
  const input = parseInput(activityUpdateSchema, raw);
  const current = await lockActivity(tx, organizationId, id);
  const capacity = input.capacity ?? current.capacity;
  const set: Partial<Activity> = {};
  if (input.name != null) set.name = input.name;
  if (input.description !== undefined) set.description = input.description;
  if (input.imageUrl !== undefined) set.imageUrl = input.imageUrl;
  if (input.durationMinutes != null) set.durationMinutes = input.durationMinutes;
  if (input.capacity != null) set.capacity = input.capacity;
  if (input.minParty != null || input.maxParty != null || input.capacity != null) {
    Object.assign(
      set,
      partyBounds(capacity, input.minParty ?? current.minParty, input.maxParty ?? Math.min(current.maxParty, capacity)),
    );
  }
  if (input.schedule) set.settings = keepUnsentPolicies(input.schedule, current.settings, raw);
  if (Object.keys(set).length > 0) await tx.update(activities).set(set).where(eq(activities.id, id));
  if (input.prices) {
    const venue = await findVenue(tx, organizationId, current.venueId);
    await replacePrices(tx, id, input.prices, venue.currency);
  }
  const reshaped = input.schedule != null || input.durationMinutes != null || input.capacity != null;
  const sessions = reshaped ? await sessionsAfterChange(tx, id, now) : { created: 0, removed: 0, keptSessionIds: [] };
  await notifyChange(tx, activityTopic(id), venueTopic(current.venueId));
  return { activityId: id, sessions };
}

/**
 * Archived activities leave the widget, and their free future sessions go;
 * sessions holding reservations or bookings stay (reported) for the records.
 */
export async function archiveActivity(tx: Tx, organizationId: string, id: string, now: Date): Promise<ActivityWrite> {
  const current = await lockActivity(tx, organizationId, id);
  await tx.update(activities).set({ status: 'archived' }).where(eq(activities.id, id));
  const sessions = await sessionsAfterChange(tx, id, now);
  // Kept sessions (they hold reservations) leave public availability too: their dates must push.
  const keptDates = await tx
    .selectDistinct({ localDate: activitySessions.localDate })
    .from(activitySessions)
    .where(and(eq(activitySessions.activityId, id), gt(activitySessions.startsAt, now)));
  await notifyChange(
    tx,
    activityTopic(id),
    venueTopic(current.venueId),
    ...keptDates.map((d) => availabilityTopic(id, d.localDate)),
  );
  return { activityId: id, sessions };
}

async function lockActivity(tx: Tx, organizationId: string, id: string): Promise<Activity> {
  if (!isUuid(id)) throw notFound('Activity');
  const [row] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), eq(activities.organizationId, organizationId)))
    .for('update');
  if (!row) throw notFound('Activity');
  return row;
}

function priceRow(activityId: string, p: PriceSpec, currency: string) {
  return {
    activityId,
    tier: p.tier,
    name: p.name,
    amountCents: p.amountCents,
    currency,
    lookupKey: lookupKey(activityId, p),
    per: p.per,
    names: { ...p.names },
    active: true,
  };
}

async function replacePrices(tx: Tx, activityId: string, specs: readonly PriceSpec[], currency: string): Promise<void> {
  const existing = await tx.select().from(activityPrices).where(eq(activityPrices.activityId, activityId));
  const byKey = new Map<string, ActivityPrice>(existing.map((p) => [p.lookupKey, p]));
  const wanted = new Set<string>();
  for (const spec of specs) {
    const row = priceRow(activityId, spec, currency);
    wanted.add(row.lookupKey);
    const old = byKey.get(row.lookupKey);
    if (!old) {
      await tx.insert(activityPrices).values(row);
      continue;
    }
    // Stripe prices are immutable: a new amount or currency needs a new Stripe
    // price, so the mirror forgets the old id and the catalog sync makes one.
    const repriced = old.amountCents !== row.amountCents || old.currency !== row.currency;
    await tx
      .update(activityPrices)
      .set({
        name: row.name,
        names: row.names,
        amountCents: row.amountCents,
        currency,
        active: true,
        ...(repriced ? { stripePriceId: null } : {}),
      })
      .where(eq(activityPrices.id, old.id));
  }
  for (const old of existing) {
    if (!wanted.has(old.lookupKey) && old.active) {
      await tx.update(activityPrices).set({ active: false }).where(eq(activityPrices.id, old.id));
    }
  }
}

/** The booking policies a schedule may leave out; their stored values stay then (a form that predates them). */
const POLICY_KEYS = ['cancellation', 'reschedule', 'minNoticeMinutes', 'reminderHours', 'bookingMode'] as const;

/**
 * A schedule replaces the settings whole, except the booking policies the caller did not send: an older
 * client (or a form that does not show them) must not reset a venue's cancellation rules to the defaults.
 */
function keepUnsentPolicies(next: ActivitySettings, stored: unknown, raw: unknown): ActivitySettings {
  const sent = (raw as { schedule?: Record<string, unknown> } | null)?.schedule ?? {};
  const previous = (stored ?? {}) as Partial<ActivitySettings>;
  const kept: Partial<ActivitySettings> = {};
  for (const key of POLICY_KEYS) {
    if (sent[key] == null && previous[key] !== undefined) Object.assign(kept, { [key]: previous[key] });
  }
  return { ...next, ...kept };
}

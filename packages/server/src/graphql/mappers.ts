import type { Activity, ActivityPrice, Venue } from '../db/schema/index.ts';
import { activitySettingsSchema, WEEKDAYS, type ActivitySettings } from '@slotkit/core/settings';
import type * as G from './generated/resolvers-types.ts';

/** Row → GraphQL shapes. Enums are upper-case in the API and lower-case in the database. */
export const toPriceTier = (tier: ActivityPrice['tier']): G.PriceTier => tier.toUpperCase() as G.PriceTier;
export const fromPriceTier = (tier: G.PriceTier): ActivityPrice['tier'] => tier.toLowerCase() as ActivityPrice['tier'];

export const toPricePer = (per: ActivityPrice['per']): G.PricePer => (per === 'group' ? 'GROUP' : 'PERSON');

export function toPrice(p: ActivityPrice): G.Price {
  return {
    id: p.id,
    tier: toPriceTier(p.tier),
    name: p.name,
    amountCents: p.amountCents,
    currency: p.currency,
    names: toNames(p.names),
    per: toPricePer(p.per),
  };
}

/** `{ es: 'Adulto' }` → `[{ locale: 'es', name: 'Adulto' }]`. */
export function toNames(names: Readonly<Record<string, string>> | null | undefined): G.LocalizedName[] {
  return Object.entries(names ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, name]) => ({ locale, name }));
}

export function toTheme(theme: Venue['theme']): G.Theme {
  return {
    mode: theme.mode === 'dark' ? 'dark' : 'light',
    accentColor: theme.accentColor ?? null,
    radiusPx: theme.radiusPx ?? null,
    fontFamily: theme.fontFamily ?? null,
  };
}

export function toVenue(v: Venue): G.Venue {
  return {
    id: v.id,
    name: v.name,
    timezone: v.timezone,
    currency: v.currency,
    theme: toTheme(v.theme),
    waiverUrl: v.waiverUrl,
    address: v.address,
  };
}

export function toSchedule(raw: unknown): G.Schedule {
  const s: ActivitySettings = activitySettingsSchema.parse(raw);
  return {
    operatingDays: s.operatingDays,
    startTime: s.startTime,
    endTime: s.endTime,
    slotInterval: s.slotInterval,
    advanceBooking: s.advanceBooking,
    customHoursEnabled: s.customHoursEnabled,
    customHours: WEEKDAYS.flatMap((day) => {
      const h = s.customHours[day];
      return h ? [{ day, enabled: h.enabled, startTime: h.startTime, endTime: h.endTime }] : [];
    }),
    customDates: s.customDates.map((d) => ({ id: d.id, date: d.date, startTime: d.startTime, endTime: d.endTime })),
    blockedDates: s.blockedDates.map((d) => ({ id: d.id, date: d.date, reason: d.reason ?? null })),
    minAge: s.minAge ?? null,
    requiresWaiver: s.requiresWaiver,
    cancellation: s.cancellation,
    reschedule: s.reschedule,
    minNoticeMinutes: s.minNoticeMinutes,
    reminderHours: s.reminderHours,
    bookingMode: s.bookingMode === 'private' ? 'PRIVATE' : 'SHARED',
  };
}

export function toActivity(a: Activity & { prices: readonly ActivityPrice[] }): G.Activity {
  return {
    id: a.id,
    name: a.name,
    description: a.description,
    imageUrl: a.imageUrl,
    durationMinutes: a.durationMinutes,
    capacity: a.capacity,
    minParty: a.minParty,
    maxParty: a.maxParty,
    prices: a.prices.map(toPrice),
    schedule: toSchedule(a.settings),
  };
}

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { badInput } from '../../errors.ts';
import { activitySettingsSchema, isValidTimeZone, WEEKDAYS, type ActivitySettings } from '@slotkit/core/settings';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencySchema = z
  .string()
  .transform((c) => c.trim().toUpperCase())
  .refine((c) => /^[A-Z]{3}$/.test(c) && CURRENCIES.has(c), 'must be an ISO 4217 currency code such as USD');

export const timezoneSchema = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin');

/**
 * An exact origin (`https://shop.example`), any port (`http://localhost:*`)
 * or any subdomain (`https://*.shop.example`), as http/origin-patterns.ts
 * matches them. A bare `*` (or `*.com`) would let any page hold slots with
 * our CORS blessing, so it is refused.
 */
export const originSchema = z
  .string()
  .trim()
  .max(200)
  .transform((o) => o.toLowerCase().replace(/\/$/, ''))
  .refine((o) => {
    const m = /^(https?):\/\/((?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}|\*))?$/.exec(o);
    if (!m) return false;
    if (m[3] && m[3] !== '*' && Number(m[3]) > 65535) return false;
    if (m[2]!.startsWith('*.') && !m[2]!.slice(2).includes('.')) return false;
    try {
      return new URL(o.replace('://*.', '://x.').replace(/:\*$/, '')).hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an origin like https://shop.example, or a pattern like http://localhost:* or https://*.shop.example (never *)');

/** Hosts that only ever mean "this developer's machine". */
const LOCAL_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|(\*\.)?[a-z0-9.-]*\.localhost)$/;

/**
 * In production a venue's public widget must not answer pages on a developer's machine: a
 * `http://localhost:*` origin would let any local page (or a malicious local app) hold slots.
 */
export function refuseLocalOrigins(origins: readonly string[] | null | undefined): void {
  const local = (origins ?? []).find((o) => LOCAL_HOST.test(o.replace(/^https?:\/\//, '').replace(/:(\d+|\*)$/, '')));
  if (local) {
    throw badInput(
      `allowedOrigins: ${local} is a local development origin, refused when NODE_ENV=production; ` +
        "list the site's public origin",
      {
        field: 'allowedOrigins',
      },
    );
  }
}

const hexColor = z
  .string()
  .regex(/^([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour without #')
  .transform((c) => c.toLowerCase());

export const themeSchema = z.object({
  mode: z.enum(['light', 'dark']).nullish(),
  accentColor: hexColor.nullish(),
  radiusPx: z.number().int().min(0).max(48).nullish(),
  // Goes into a CSS custom property: no characters that could end the declaration.
  fontFamily: z
    .string()
    .max(200)
    .regex(/^[^;{}<>\\]*$/, 'must be a CSS font-family list')
    .nullish(),
});

const httpUrl = z
  .string()
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

export const embedKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{5,63}$/, 'must be 6–64 lower-case letters, digits or dashes');

const name = z.string().trim().min(1, 'must not be empty').max(200);

export const venueInputSchema = z.object({
  name,
  timezone: timezoneSchema,
  currency: currencySchema,
  allowedOrigins: z.array(originSchema).max(50).nullish(),
  theme: themeSchema.nullish(),
  waiverUrl: httpUrl.nullish(),
  embedKey: embedKeySchema.nullish(),
  address: z.string().trim().max(500).nullish(),
});
export type VenueInput = z.output<typeof venueInputSchema>;

export const venueUpdateSchema = z.object({
  name: name.nullish(),
  timezone: timezoneSchema.nullish(),
  currency: currencySchema.nullish(),
  allowedOrigins: z.array(originSchema).max(50).nullish(),
  theme: themeSchema.nullish(),
  waiverUrl: httpUrl.nullish(),
  address: z.string().trim().max(500).nullish(),
});
export type VenueUpdate = z.output<typeof venueUpdateSchema>;

const dayHoursInput = z.object({
  day: z.enum(WEEKDAYS),
  enabled: z.boolean(),
  startTime: z.string(),
  endTime: z.string(),
});
const datedInput = z.object({ id: z.string().nullish(), date: z.string(), startTime: z.string(), endTime: z.string() });
const blockedInput = z.object({ id: z.string().nullish(), date: z.string(), reason: z.string().nullish() });

/** The GraphQL ScheduleInput (customHours as a list) → the one settings schema (customHours as a map). */
export const scheduleInputSchema = z
  .object({
    operatingDays: z.array(z.enum(WEEKDAYS)),
    startTime: z.string(),
    endTime: z.string(),
    slotInterval: z.number().int(),
    advanceBooking: z.number().int(),
    customHoursEnabled: z.boolean().nullish(),
    customHours: z.array(dayHoursInput).max(7).nullish(),
    customDates: z.array(datedInput).nullish(),
    blockedDates: z.array(blockedInput).nullish(),
    minAge: z.number().int().nullish(),
    requiresWaiver: z.boolean().nullish(),
    cancellation: z
      .object({ allowed: z.boolean(), freeUntilHours: z.number().int(), refundPercentAfter: z.number().int() })
      .nullish(),
    reschedule: z.object({ allowed: z.boolean(), untilHours: z.number().int() }).nullish(),
    minNoticeMinutes: z.number().int().nullish(),
    reminderHours: z.number().int().nullish(),
    bookingMode: z.enum(['SHARED', 'PRIVATE']).nullish(),
  })
  .refine((s) => new Set((s.customHours ?? []).map((h) => h.day)).size === (s.customHours ?? []).length, {
    message: 'customHours lists a day twice',
    path: ['customHours'],
  })
  .transform((s, ctx): ActivitySettings => {
    const parsed = activitySettingsSchema.safeParse({
      operatingDays: s.operatingDays,
      startTime: s.startTime,
      endTime: s.endTime,
      slotInterval: s.slotInterval,
      advanceBooking: s.advanceBooking,
      customHoursEnabled: s.customHoursEnabled ?? false,
      customHours: Object.fromEntries((s.customHours ?? []).map(({ day, ...h }) => [day, h])),
      customDates: (s.customDates ?? []).map((d) => ({ ...d, id: d.id || randomUUID() })),
      blockedDates: (s.blockedDates ?? []).map((d) => ({ ...d, id: d.id || randomUUID(), reason: d.reason ?? null })),
      minAge: s.minAge ?? null,
      requiresWaiver: s.requiresWaiver ?? false,
      cancellation: s.cancellation ?? undefined,
      reschedule: s.reschedule ?? undefined,
      minNoticeMinutes: s.minNoticeMinutes ?? undefined,
      reminderHours: s.reminderHours ?? undefined,
      bookingMode: s.bookingMode ? (s.bookingMode.toLowerCase() as 'shared' | 'private') : undefined,
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: issue.path });
    return z.NEVER;
  });

export type PriceTierName = 'adult' | 'child' | 'custom';
export interface PriceSpec {
  readonly tier: PriceTierName;
  readonly name: string;
  readonly amountCents: number;
  readonly slug: string | null;
  /** locale → name, e.g. { es: 'Adulto' }. */
  readonly names: Readonly<Record<string, string>>;
  /** 'group': one amount for the whole party. */
  readonly per: 'person' | 'group';
}

const priceInput = z.object({
  tier: z.enum(['ADULT', 'CHILD', 'CUSTOM']),
  name,
  amountCents: z.number().int().min(0, 'must be ≥ 0').max(100_000_000),
  slug: z.string().nullish(),
  names: z
    .array(z.object({ locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language tag'), name }))
    .max(20)
    .nullish(),
  per: z.enum(['PERSON', 'GROUP']).nullish(),
});

/** Exactly one ADULT, at most one CHILD, CUSTOM tiers each with a unique slug. */
export const pricesSchema = z
  .array(priceInput)
  .min(1, 'needs an ADULT price')
  .max(20)
  .superRefine((list, ctx) => {
    const count = (t: string) => list.filter((p) => p.tier === t).length;
    if (count('ADULT') !== 1) ctx.addIssue({ code: 'custom', message: 'needs exactly one ADULT price' });
    if (count('CHILD') > 1) ctx.addIssue({ code: 'custom', message: 'allows at most one CHILD price' });
    const slugs = list.filter((p) => p.tier === 'CUSTOM').map((p) => p.slug ?? '');
    slugs.forEach((slug, i) => {
      if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(slug))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'slug'],
          message: 'a CUSTOM price needs a slug of lower-case letters, digits or dashes',
        });
    });
    if (new Set(slugs).size !== slugs.length) ctx.addIssue({ code: 'custom', message: 'CUSTOM slugs must be unique' });
  })
  .transform((list): PriceSpec[] =>
    list.map((p) => ({
      tier: p.tier.toLowerCase() as PriceTierName,
      name: p.name,
      amountCents: p.amountCents,
      slug: p.tier === 'CUSTOM' ? p.slug! : null,
      names: Object.fromEntries((p.names ?? []).map((n) => [n.locale.toLowerCase(), n.name])),
      per: p.per === 'GROUP' ? ('group' as const) : ('person' as const),
    })),
  );

/**
 * Stripe lookup keys (DESIGN.md §3); also the identity of a price row across edits. A GROUP price ends
 * in `_group`: switching a tier between per person and per group makes a new Stripe price, never
 * reprices the old one in place.
 */
export const lookupKey = (
  activityId: string,
  p: Pick<PriceSpec, 'tier' | 'slug'> & { per?: PriceSpec['per'] },
): string =>
  (p.tier === 'custom' ? `activity_${activityId}_custom_${p.slug}` : `activity_${activityId}_${p.tier}`) +
  (p.per === 'group' ? '_group' : '');

const activityFields = {
  name,
  description: z.string().max(5000).nullish(),
  imageUrl: httpUrl.nullish(),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  capacity: z.number().int().min(1).max(10_000),
  minParty: z.number().int().min(1).nullish(),
  maxParty: z.number().int().min(1).nullish(),
};

export const activityInputSchema = z.object({
  venueId: z.string(),
  ...activityFields,
  schedule: scheduleInputSchema,
  prices: pricesSchema,
});
export type ActivityInput = z.output<typeof activityInputSchema>;

export const activityUpdateSchema = z.object({
  name: name.nullish(),
  description: z.string().max(5000).nullish(),
  imageUrl: httpUrl.nullish(),
  durationMinutes: activityFields.durationMinutes.nullish(),
  capacity: activityFields.capacity.nullish(),
  minParty: activityFields.minParty,
  maxParty: activityFields.maxParty,
  schedule: scheduleInputSchema.nullish(),
  prices: pricesSchema.nullish(),
});
export type ActivityUpdate = z.output<typeof activityUpdateSchema>;

/** Party bounds after defaults: 1 ≤ min ≤ max ≤ capacity. */
export function partyBounds(
  capacity: number,
  minParty: number | null | undefined,
  maxParty: number | null | undefined,
) {
  const min = minParty ?? 1;
  const max = maxParty ?? capacity;
  if (min > max) throw badInput('minParty must not exceed maxParty', { field: 'minParty' });
  if (max > capacity) throw badInput('maxParty must not exceed capacity', { field: 'maxParty' });
  return { minParty: min, maxParty: max };
}

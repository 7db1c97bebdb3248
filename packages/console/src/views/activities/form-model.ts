// The activity form's state and its three translations: from a saved activity,
// to the API's ActivityInput, and to the WidgetConfig the live
// `<booking-widget preview>` renders (so the preview shows the unsaved form).
import type { ActivityInput, ActivityQuery, VenueQuery, Weekday, WidgetConfigQuery } from '@slotkit/sdk/generated';

export const WEEKDAYS: readonly Weekday[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export type SavedActivity = NonNullable<ActivityQuery['activity']>;
export type SavedVenue = NonNullable<VenueQuery['venue']>;
export type PreviewConfig = WidgetConfigQuery['widgetConfig'];
export type Tier = 'ADULT' | 'CHILD' | 'CUSTOM';

/** Other languages a price name can have (the widget's catalogs). */
export const NAME_LOCALES = ['es', 'de'] as const;

export interface PriceRow {
  tier: Tier;
  name: string;
  /** In major units as typed, e.g. "40.00". */
  amount: string;
  slug: string;
  names: Record<(typeof NAME_LOCALES)[number], string>;
  /** GROUP: one amount for the whole party. */
  per: 'PERSON' | 'GROUP';
}

export interface DayHoursRow {
  enabled: boolean;
  startTime: string;
  endTime: string;
}

export interface ActivityForm {
  venueId: string;
  name: string;
  description: string;
  imageUrl: string;
  durationMinutes: string;
  capacity: string;
  minParty: string;
  maxParty: string;
  operatingDays: Weekday[];
  startTime: string;
  endTime: string;
  slotInterval: string;
  advanceBooking: string;
  customHoursEnabled: boolean;
  customHours: Record<Weekday, DayHoursRow>;
  customDates: { id: string | null; date: string; startTime: string; endTime: string }[];
  blockedDates: { id: string | null; date: string; reason: string }[];
  minAge: string;
  requiresWaiver: boolean;
  /** PRIVATE: one booking takes the whole session. */
  bookingMode: 'SHARED' | 'PRIVATE';
  prices: PriceRow[];
}

const emptyNames = () => ({ es: '', de: '' });

export function newActivityForm(venueId: string): ActivityForm {
  return {
    venueId,
    name: '',
    description: '',
    imageUrl: '',
    durationMinutes: '60',
    capacity: '8',
    minParty: '1',
    maxParty: '8',
    operatingDays: [...WEEKDAYS],
    startTime: '10:00',
    endTime: '18:00',
    slotInterval: '60',
    advanceBooking: '60',
    customHoursEnabled: false,
    customHours: Object.fromEntries(
      WEEKDAYS.map((d) => [d, { enabled: false, startTime: '10:00', endTime: '18:00' }]),
    ) as Record<Weekday, DayHoursRow>,
    customDates: [],
    blockedDates: [],
    minAge: '',
    requiresWaiver: false,
    bookingMode: 'SHARED',
    prices: [{ tier: 'ADULT', name: 'Adult', amount: '', slug: '', names: emptyNames(), per: 'PERSON' }],
  };
}

const cents = (amount: number) => (amount / 100).toFixed(2);

export function formOf(a: SavedActivity): ActivityForm {
  const s = a.schedule;
  // A weekday without its own entry runs the default hours (`enabled: false` means the same).
  const customHours = Object.fromEntries(
    WEEKDAYS.map((d) => [d, { enabled: false, startTime: s.startTime, endTime: s.endTime }]),
  ) as Record<Weekday, DayHoursRow>;
  for (const h of s.customHours)
    customHours[h.day] = { enabled: h.enabled, startTime: h.startTime, endTime: h.endTime };
  return {
    venueId: a.venueId,
    name: a.name,
    description: a.description ?? '',
    imageUrl: a.imageUrl ?? '',
    durationMinutes: String(a.durationMinutes),
    capacity: String(a.capacity),
    minParty: String(a.minParty),
    maxParty: String(a.maxParty),
    operatingDays: [...s.operatingDays],
    startTime: s.startTime,
    endTime: s.endTime,
    slotInterval: String(s.slotInterval),
    advanceBooking: String(s.advanceBooking),
    customHoursEnabled: s.customHoursEnabled,
    customHours,
    customDates: s.customDates.map((d) => ({ ...d })),
    blockedDates: s.blockedDates.map((d) => ({ id: d.id, date: d.date, reason: d.reason ?? '' })),
    minAge: s.minAge == null ? '' : String(s.minAge),
    requiresWaiver: s.requiresWaiver,
    bookingMode: s.bookingMode,
    prices: a.prices
      .filter((p) => p.active)
      .map((p) => ({
        tier: p.tier,
        name: p.name,
        amount: cents(p.amountCents),
        // activity_<id>_custom_<slug>, and `_group` after it for a GROUP price (a slug has no `_`).
        slug: p.tier === 'CUSTOM' ? (p.lookupKey.split('_custom_')[1]?.replace(/_group$/, '') ?? '') : '',
        names: {
          es: p.names.find((n) => n.locale === 'es')?.name ?? '',
          de: p.names.find((n) => n.locale === 'de')?.name ?? '',
        },
        per: p.per,
      })),
  };
}

/** A whole number as typed; NaN stays NaN so local validation can name the field before anything is sent. */
const int = (v: string) => (v.trim() === '' ? NaN : Number(v));
export const amountCents = (v: string) => (v.trim() === '' ? NaN : Math.round(Number(v.replace(',', '.')) * 100));

/** Paths (as the server names fields) of number fields that are empty or not whole numbers. */
export function localProblems(f: ActivityForm): string[] {
  const whole: Array<[string, string]> = [
    ['durationMinutes', f.durationMinutes],
    ['capacity', f.capacity],
    ['minParty', f.minParty],
    ['maxParty', f.maxParty],
    ['schedule.slotInterval', f.slotInterval],
    ['schedule.advanceBooking', f.advanceBooking],
  ];
  const bad = whole.filter(([, v]) => !Number.isInteger(int(v))).map(([k]) => k);
  if (f.minAge.trim() !== '' && !Number.isInteger(int(f.minAge))) bad.push('schedule.minAge');
  f.prices.forEach((p, i) => {
    if (!Number.isFinite(amountCents(p.amount))) bad.push(`prices.${i}.amountCents`);
  });
  return bad;
}

export function scheduleOf(f: ActivityForm): ActivityInput['schedule'] {
  return {
    operatingDays: WEEKDAYS.filter((d) => f.operatingDays.includes(d)),
    startTime: f.startTime,
    endTime: f.endTime,
    slotInterval: int(f.slotInterval),
    advanceBooking: int(f.advanceBooking),
    customHoursEnabled: f.customHoursEnabled,
    customHours: WEEKDAYS.map((day) => ({ day, ...f.customHours[day] })),
    customDates: f.customDates.map((d) => ({ id: d.id, date: d.date, startTime: d.startTime, endTime: d.endTime })),
    blockedDates: f.blockedDates.map((d) => ({ id: d.id, date: d.date, reason: d.reason.trim() || null })),
    minAge: f.minAge.trim() === '' ? null : int(f.minAge),
    requiresWaiver: f.requiresWaiver,
    bookingMode: f.bookingMode,
  };
}

export function inputOf(f: ActivityForm): ActivityInput {
  return {
    venueId: f.venueId,
    name: f.name,
    description: f.description.trim() || null,
    imageUrl: f.imageUrl.trim() || null,
    durationMinutes: int(f.durationMinutes),
    capacity: int(f.capacity),
    minParty: int(f.minParty),
    maxParty: int(f.maxParty),
    schedule: scheduleOf(f),
    prices: f.prices.map((p) => ({
      tier: p.tier,
      name: p.name,
      amountCents: amountCents(p.amount),
      slug: p.tier === 'CUSTOM' ? p.slug : null,
      names: NAME_LOCALES.filter((l) => p.names[l].trim()).map((locale) => ({ locale, name: p.names[locale] })),
      per: p.per,
    })),
  };
}

/** The unsaved form as the widget's configuration; numbers that do not parse yet fall back to sane values. */
export function previewConfigOf(f: ActivityForm, venue: SavedVenue): PreviewConfig {
  const input = inputOf(f);
  const num = (n: number, fallback: number) => (Number.isFinite(n) ? n : fallback);
  const schedule = input.schedule;
  return {
    venue: {
      id: venue.id,
      name: venue.name,
      timezone: venue.timezone,
      currency: venue.currency,
      waiverUrl: venue.waiverUrl,
      address: venue.address,
      theme: venue.theme,
    },
    activities: [
      {
        id: 'preview',
        name: input.name || '…',
        description: input.description ?? null,
        imageUrl: input.imageUrl ?? null,
        durationMinutes: num(input.durationMinutes, 60),
        capacity: num(input.capacity, 1),
        minParty: num(input.minParty ?? NaN, 1),
        maxParty: num(input.maxParty ?? NaN, 1),
        prices: input.prices.map((p, i) => ({
          id: `preview-${i}`,
          tier: p.tier,
          name: p.name,
          amountCents: num(p.amountCents, 0),
          currency: venue.currency,
          names: p.names ?? [],
          per: p.per ?? 'PERSON',
        })),
        schedule: {
          operatingDays: schedule.operatingDays,
          startTime: schedule.startTime,
          endTime: schedule.endTime,
          slotInterval: num(schedule.slotInterval, 60),
          advanceBooking: num(schedule.advanceBooking, 30),
          customHoursEnabled: f.customHoursEnabled,
          customHours: (schedule.customHours ?? []).map((h) => ({ ...h })),
          customDates: (schedule.customDates ?? []).map((d, i) => ({ ...d, id: String(d.id ?? `new-${i}`) })),
          blockedDates: (schedule.blockedDates ?? []).map((d, i) => ({
            id: String(d.id ?? `new-${i}`),
            date: d.date,
            reason: d.reason ?? null,
          })),
          minAge: schedule.minAge ?? null,
          requiresWaiver: f.requiresWaiver,
          bookingMode: f.bookingMode,
        },
      },
    ],
  };
}

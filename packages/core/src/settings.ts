import { z } from 'zod';
import { toMinutes, WEEKDAYS } from './schedule/weekdays.ts';

export { toMinutes, WEEKDAYS, type Weekday } from './schedule/weekdays.ts';

/**
 * The one schema of `activities.settings` (DESIGN.md §3), shared by the API and
 * the console. Times are venue-local wall-clock HH:mm; dates are YYYY-MM-DD.
 * Planning reads the parsed value through `@slotkit/core/schedule`, which
 * imports only this file's types, so a browser bundle of it carries no zod.
 */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:mm (00:00–23:59)');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'must be a real calendar date',
  );

const endsAfterStart = (h: { startTime: string; endTime: string }) => toMinutes(h.endTime) > toMinutes(h.startTime);
const endAfterStartMessage = { message: 'endTime must be after startTime', path: ['endTime'] };

const dayHours = z
  .object({ enabled: z.boolean(), startTime: time, endTime: time })
  .refine(endsAfterStart, endAfterStartMessage);
const customDate = z
  .object({ id: z.string().min(1).max(64), date: isoDate, startTime: time, endTime: time })
  .refine(endsAfterStart, endAfterStartMessage);
const blockedDate = z.object({ id: z.string().min(1).max(64), date: isoDate, reason: z.string().max(200).nullish() });

const cancellationPolicy = z.object({
  allowed: z.boolean().default(true),
  freeUntilHours: z.number().int().min(0).max(8760).default(24),
  refundPercentAfter: z.number().int().min(0).max(100).default(0),
});
const reschedulePolicy = z.object({
  allowed: z.boolean().default(true),
  untilHours: z.number().int().min(0).max(8760).default(24),
});

const noDuplicateDates = (list: { date: string }[]) => new Set(list.map((d) => d.date)).size === list.length;

export const activitySettingsSchema = z
  .object({
    operatingDays: z.array(z.enum(WEEKDAYS)).max(7),
    startTime: time,
    endTime: time,
    slotInterval: z
      .number()
      .int()
      .min(5, 'slotInterval must be at least 5 minutes')
      .max(720, 'slotInterval must be at most 720 minutes'),
    advanceBooking: z
      .number()
      .int()
      .min(1, 'advanceBooking must be at least 1 day')
      .max(730, 'advanceBooking must be at most 730 days'),
    customHoursEnabled: z.boolean().default(false),
    customHours: z.record(z.enum(WEEKDAYS), dayHours).default({}),
    customDates: z
      .array(customDate)
      .max(366)
      .default([])
      .refine(noDuplicateDates, 'customDates has the same date twice'),
    blockedDates: z
      .array(blockedDate)
      .max(366)
      .default([])
      .refine(noDuplicateDates, 'blockedDates has the same date twice'),
    minAge: z.number().int().min(0).max(120).nullish(),
    requiresWaiver: z.boolean().default(false),
    /** Customer self-service cancellation (manage link): free until N hours before the start, then a partial refund. */
    cancellation: cancellationPolicy.default({}),
    /** Customer self-service reschedule (manage link): allowed until N hours before the start. */
    reschedule: reschedulePolicy.default({}),
    /** Sessions starting sooner than this are closed to new holds (InvalidReservation TOO_LATE). */
    minNoticeMinutes: z.number().int().min(0).max(43_200).default(0),
    /** Hours before the start a reminder email goes out; 0 = no reminder. */
    reminderHours: z.number().int().min(0).max(720).default(24),
    /** 'private': one booking (one hold) takes the whole session; party size stays within min/max party. */
    bookingMode: z.enum(['shared', 'private']).default('shared'),
  })
  .refine(endsAfterStart, endAfterStartMessage)
  .refine((s) => new Set(s.operatingDays).size === s.operatingDays.length, {
    message: 'operatingDays lists a day twice',
    path: ['operatingDays'],
  });

export type ActivitySettings = z.infer<typeof activitySettingsSchema>;
export type ActivitySettingsInput = z.input<typeof activitySettingsSchema>;

/** True when `tz` is an IANA zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

import type { ActivitySettings } from '../settings.ts';
import { planDay, planSessions } from './plan.ts';
import { dayNumber } from './tz.ts';
import type { Weekday } from './weekdays.ts';

/** `Activity.schedule` as the GraphQL API returns it: custom hours are a list there, a record in the settings. */
export interface ScheduleView {
  readonly operatingDays: readonly Weekday[];
  readonly startTime: string;
  readonly endTime: string;
  readonly slotInterval: number;
  readonly advanceBooking: number;
  readonly customHoursEnabled: boolean;
  readonly customHours: ReadonlyArray<{ day: Weekday; enabled: boolean; startTime: string; endTime: string }>;
  readonly customDates: ReadonlyArray<{ id: string; date: string; startTime: string; endTime: string }>;
  readonly blockedDates: ReadonlyArray<{ id: string; date: string; reason?: string | null }>;
  readonly minAge?: number | null;
  readonly requiresWaiver: boolean;
  readonly cancellation?: { allowed: boolean; freeUntilHours: number; refundPercentAfter: number };
  readonly reschedule?: { allowed: boolean; untilHours: number };
  readonly minNoticeMinutes?: number;
  readonly reminderHours?: number;
  /** The API's SHARED / PRIVATE (or the settings' lower case). */
  readonly bookingMode?: string;
}

/** The settings a schedule view describes (the inverse of the API's mapping; no validation). */
export function settingsFromView(view: ScheduleView): ActivitySettings {
  return {
    ...view,
    operatingDays: [...view.operatingDays],
    customHours: Object.fromEntries(view.customHours.map(({ day, ...hours }) => [day, hours])),
    customDates: view.customDates.map((d) => ({ ...d })),
    blockedDates: view.blockedDates.map((d) => ({ ...d })),
    // Planning never reads the policies; a view without them (older API) gets the schema's defaults.
    cancellation: { allowed: true, freeUntilHours: 24, refundPercentAfter: 0, ...view.cancellation },
    reschedule: { allowed: true, untilHours: 24, ...view.reschedule },
    minNoticeMinutes: view.minNoticeMinutes ?? 0,
    reminderHours: view.reminderHours ?? 24,
    bookingMode: view.bookingMode?.toLowerCase() === 'private' ? 'private' : 'shared',
  };
}

export interface PreviewSlot {
  /** Venue-local HH:mm. */
  readonly localStartTime: string;
  /** ISO instants, as `SessionAvailability` has them. */
  readonly startsAt: string;
  readonly endsAt: string;
}

export interface PreviewDay {
  /** What the calendar would show for the day with every seat free (never SOLD_OUT). */
  readonly status: 'AVAILABLE' | 'BLOCKED' | 'CLOSED';
  readonly hasCustomHours: boolean;
  readonly slots: readonly PreviewSlot[];
}

export interface PreviewActivity {
  readonly durationMinutes: number;
  /** The saved settings, or the API's view of them. */
  readonly schedule: ActivitySettings | ScheduleView;
}

/**
 * One venue-local day of a schedule that may not be saved yet, as the
 * widget's preview shows it: the same planner the server generates sessions
 * with, so slot times agree on every day, DST changes included (a start a
 * spring-forward skips is absent, one a fall-back repeats appears once).
 * With `today` (venue-local), days before it or beyond `advanceBooking` are
 * CLOSED, as in the live calendar.
 */
export function previewDay(
  activity: PreviewActivity,
  localDate: string,
  timeZone: string,
  options: { readonly today?: string } = {},
): PreviewDay {
  const settings = isView(activity.schedule) ? settingsFromView(activity.schedule) : activity.schedule;
  const plan = planDay(settings, localDate);
  const hasCustomHours = plan.kind === 'open' && plan.customHours;
  if (options.today !== undefined) {
    const today = dayNumber(options.today);
    const day = dayNumber(localDate);
    if (day < today || day >= today + settings.advanceBooking) return { status: 'CLOSED', hasCustomHours, slots: [] };
  }
  if (plan.kind === 'blocked') return { status: 'BLOCKED', hasCustomHours, slots: [] };
  const planned = planSessions(
    { durationMinutes: activity.durationMinutes, capacity: 0, settings },
    timeZone,
    localDate,
    1,
  );
  const slots = planned.map((s) => ({
    localStartTime: s.localStartTime,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
  }));
  return { status: slots.length > 0 ? 'AVAILABLE' : 'CLOSED', hasCustomHours, slots };
}

const isView = (schedule: ActivitySettings | ScheduleView): schedule is ScheduleView =>
  Array.isArray(schedule.customHours);

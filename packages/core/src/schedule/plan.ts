import type { ActivitySettings } from '../settings.ts';
import { toMinutes, WEEKDAYS } from './weekdays.ts';
import { dayNumber, isoDateOf, LocalDay, weekdayIndex } from './tz.ts';

/** What planning needs of an activity: its schedule, slot length and seats. */
export interface PlanActivity {
  readonly durationMinutes: number;
  readonly capacity: number;
  readonly settings: ActivitySettings;
}

export interface PlannedSession {
  /** UTC instant of the venue-local start. */
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** Venue-local YYYY-MM-DD. */
  readonly localDate: string;
  /** Venue-local HH:mm. */
  readonly localStartTime: string;
  readonly capacity: number;
}

/** How one venue-local day is scheduled. */
export type DayPlan =
  | { readonly kind: 'blocked'; readonly reason: string | null }
  | { readonly kind: 'closed' }
  | {
      readonly kind: 'open';
      readonly startMinutes: number;
      readonly endMinutes: number;
      readonly customHours: boolean;
    };

/** Indexes custom and blocked dates once, so asking per day is O(1). */
export function scheduleIndex(settings: ActivitySettings) {
  const blocked = new Map(settings.blockedDates.map((b) => [b.date, b.reason ?? null]));
  const custom = new Map(settings.customDates.map((c) => [c.date, c]));
  const operating = new Set(settings.operatingDays);
  const dayPlan = (localDate: string, weekday: number = weekdayIndex(dayNumber(localDate))): DayPlan => {
    if (blocked.has(localDate)) return { kind: 'blocked', reason: blocked.get(localDate) ?? null };
    // A custom date adds hours even on a day the activity normally does not run.
    const c = custom.get(localDate);
    if (c)
      return {
        kind: 'open',
        startMinutes: toMinutes(c.startTime),
        endMinutes: toMinutes(c.endTime),
        customHours: true,
      };
    const name = WEEKDAYS[weekday]!;
    if (!operating.has(name)) return { kind: 'closed' };
    // A weekday entry whose `enabled` is false leaves that weekday on the default hours.
    const h = settings.customHoursEnabled ? settings.customHours[name] : undefined;
    if (h?.enabled)
      return {
        kind: 'open',
        startMinutes: toMinutes(h.startTime),
        endMinutes: toMinutes(h.endTime),
        customHours: true,
      };
    return {
      kind: 'open',
      startMinutes: toMinutes(settings.startTime),
      endMinutes: toMinutes(settings.endTime),
      customHours: false,
    };
  };
  return { dayPlan };
}

/** How the schedule treats one venue-local date. */
export function planDay(settings: ActivitySettings, localDate: string): DayPlan {
  return scheduleIndex(settings).dayPlan(localDate);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const HHMM: string[] = Array.from({ length: 24 * 60 }, (_, m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);

/** planSessions in columns: what bulk generation uses (no object per session). */
export interface PlannedColumns {
  /** Start instants, epoch milliseconds, ascending. */
  readonly startsMs: number[];
  /** Venue-local YYYY-MM-DD of each start (one shared string per day). */
  readonly localDates: string[];
  /** Venue-local minutes after midnight of each start. */
  readonly localMinutes: number[];
}

/**
 * The sessions the schedule asks for on `days` venue-local dates from
 * `fromDate`, as columns. Pure. Wall-clock rules: a slot starts every
 * `slotInterval` minutes from the day's start and must end (start + duration)
 * by its end time; a start skipped by a spring-forward does not exist, a start
 * repeated by a fall-back is scheduled once (its first occurrence).
 */
export function planColumns(
  activity: Omit<PlanActivity, 'capacity'>,
  venueTimezone: string,
  fromDate: string,
  days: number,
): PlannedColumns {
  const { durationMinutes, settings } = activity;
  const { dayPlan } = scheduleIndex(settings);
  const interval = settings.slotInterval;
  const first = dayNumber(fromDate);
  const startsMs: number[] = [];
  const localDates: string[] = [];
  const localMinutes: number[] = [];
  for (let day = first; day < first + days; day++) {
    const localDate = isoDateOf(day);
    const plan = dayPlan(localDate, weekdayIndex(day));
    if (plan.kind !== 'open') continue;
    const local = localDayFor(venueTimezone, day);
    for (let m = plan.startMinutes; m + durationMinutes <= plan.endMinutes; m += interval) {
      const startMs = local.instantOf(m);
      if (startMs === null) continue;
      startsMs.push(startMs);
      localDates.push(localDate);
      localMinutes.push(m);
    }
  }
  return { startsMs, localDates, localMinutes };
}

/** The same plan as one object per session (see planColumns for the rules). */
export function planSessions(
  activity: PlanActivity,
  venueTimezone: string,
  fromDate: string,
  days: number,
): PlannedSession[] {
  const { startsMs, localDates, localMinutes } = planColumns(activity, venueTimezone, fromDate, days);
  const durationMs = activity.durationMinutes * 60_000;
  return startsMs.map((ms, i) => ({
    startsAt: new Date(ms),
    endsAt: new Date(ms + durationMs),
    localDate: localDates[i]!,
    localStartTime: HHMM[localMinutes[i]!]!,
    capacity: activity.capacity,
  }));
}

// Many activities share a venue zone and the same dates: their day offsets are computed once.
const dayCache = new Map<string, LocalDay>();
const DAY_CACHE_LIMIT = 20_000;

function localDayFor(timeZone: string, day: number): LocalDay {
  const key = `${timeZone}|${day}`;
  let local = dayCache.get(key);
  if (!local) {
    if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
    local = new LocalDay(timeZone, day);
    dayCache.set(key, local);
  }
  return local;
}

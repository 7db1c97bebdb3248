// Admin preview of a configuration that may not be saved yet: the calendar and
// times are derived from the schedule itself instead of asked from the API.
// The planning (which hours a date has) is `hours()` alone, so it can give way
// to the server's own planner (@slotkit/core/schedule) in one line.
import { addDays, todayIn, weekday } from './dates.ts';
import type { Activity, CalendarDay, Session, WidgetConfig } from './types.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function hours(a: Activity, date: string): { startTime: string; endTime: string; custom: boolean } | undefined {
  const s = a.schedule;
  const day = DAYS[weekday(date)]!;
  const special =
    s.customDates.find((c) => c.date === date) ??
    (s.customHoursEnabled ? s.customHours.find((h) => h.enabled && h.day === day) : undefined);
  if (special) return { ...special, custom: true };
  return s.operatingDays.includes(day) ? { ...s, custom: false } : undefined;
}

export function planCalendar(a: Activity, from: string, to: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const h = hours(a, date);
    const blocked = a.schedule.blockedDates.find((b) => b.date === date);
    out.push({
      date,
      status: blocked ? 'BLOCKED' : h ? 'AVAILABLE' : 'CLOSED',
      hasCustomHours: !!h?.custom,
      reason: blocked?.reason ?? null,
    });
  }
  return out;
}

const minutes = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);

/** The instant of a venue-local wall time (one correction step: exact outside DST gaps). */
function instant(date: string, min: number, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`) + min * 60_000;
  const local = todayIn(timeZone, guess);
  const wall = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(guess);
  const seen = Date.parse(`${local}T${wall}:00Z`);
  return guess + (guess - seen);
}

export function planSessions(a: Activity, date: string, timeZone: string): Session[] {
  const h = hours(a, date);
  if (!h || a.schedule.blockedDates.some((b) => b.date === date)) return [];
  const out: Session[] = [];
  const end = minutes(h.endTime);
  for (let m = minutes(h.startTime); m + a.durationMinutes <= end; m += a.schedule.slotInterval) {
    const start = instant(date, m, timeZone);
    out.push({
      id: `preview-${date}-${m}`,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + a.durationMinutes * 60_000).toISOString(),
      localStartTime: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
      capacityTotal: a.capacity,
      capacityRemaining: a.capacity,
    });
  }
  return out;
}

/** What `<booking-widget preview>` shows when given neither a config nor an id: the look, on sample data. */
export function sampleConfig(timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): WidgetConfig {
  const price = (tier: 'ADULT' | 'CHILD', name: string, amountCents: number) => ({
    id: tier,
    tier,
    name,
    amountCents,
    currency: 'usd',
    names: [],
  });
  return {
    venue: {
      id: 'preview',
      name: 'Preview',
      timezone: timeZone,
      currency: 'USD',
      waiverUrl: null,
      address: null,
      theme: { mode: 'light', accentColor: null, radiusPx: null, fontFamily: null },
    },
    activities: [
      {
        id: 'preview',
        name: 'Sample activity',
        description: 'How the widget looks with your settings.',
        imageUrl: null,
        durationMinutes: 60,
        capacity: 8,
        minParty: 1,
        maxParty: 8,
        prices: [price('ADULT', 'Adult', 3000), price('CHILD', 'Child', 1500)],
        schedule: {
          operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
          startTime: '10:00',
          endTime: '18:00',
          slotInterval: 90,
          advanceBooking: 60,
          customHoursEnabled: false,
          customHours: [],
          customDates: [],
          blockedDates: [],
          minAge: null,
          requiresWaiver: false,
        },
      },
    ],
  };
}

// Admin preview of a configuration that may not be saved yet: the calendar and
// times come from the schedule itself, planned by the server's own planner
// (@slotkit/core/schedule), so the preview agrees with the sessions the server
// will generate, DST days included. A lazily loaded chunk: only previews pay for it.
import { previewDay } from '@slotkit/core/schedule';
import { addDays } from './dates.ts';
import type { Activity, CalendarDay, Session, WidgetConfig } from './types.ts';

export function planCalendar(a: Activity, from: string, to: string, timeZone: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = previewDay(a, date, timeZone);
    const reason = a.schedule.blockedDates.find((b) => b.date === date)?.reason ?? null;
    out.push({ date, status: day.status, hasCustomHours: day.hasCustomHours, reason });
  }
  return out;
}

export function planSessions(a: Activity, date: string, timeZone: string): Session[] {
  return previewDay(a, date, timeZone).slots.map((s) => ({
    id: `preview-${date}-${s.localStartTime}`,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    localStartTime: s.localStartTime,
    capacityTotal: a.capacity,
    capacityRemaining: a.capacity,
  }));
}

/** What `<booking-widget preview>` shows when given neither a config nor an id: the look, on sample data. */
export function sampleConfig(timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): WidgetConfig {
  const price = (tier: 'ADULT' | 'CHILD', name: string, amountCents: number) => ({
    id: tier,
    tier,
    name,
    amountCents,
    currency: 'usd',
    per: 'PERSON' as const,
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
          bookingMode: 'SHARED',
        },
      },
    ],
  };
}

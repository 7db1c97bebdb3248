import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planSessions, previewDay, settingsFromView, type ScheduleView } from '../src/schedule/index.ts';
import { activitySettingsSchema } from '../src/settings.ts';

const NEW_YORK = 'America/New_York';

const view: ScheduleView = {
  operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  startTime: '00:30',
  endTime: '04:00',
  slotInterval: 30,
  advanceBooking: 400,
  customHoursEnabled: true,
  customHours: [{ day: 'Saturday', enabled: true, startTime: '10:00', endTime: '12:00' }],
  customDates: [{ id: 'c1', date: '2026-12-24', startTime: '08:00', endTime: '09:00' }],
  blockedDates: [{ id: 'b1', date: '2026-12-25', reason: 'Closed for Christmas' }],
  minAge: null,
  requiresWaiver: false,
};
const settings = activitySettingsSchema.parse(settingsFromView(view));
const activity = { durationMinutes: 30, schedule: view };

describe('previewDay', () => {
  it('should plan the same slots as session generation on a spring-forward day', () => {
    const day = previewDay(activity, '2026-03-08', NEW_YORK);
    const generated = planSessions({ durationMinutes: 30, capacity: 1, settings }, NEW_YORK, '2026-03-08', 1);
    assert.equal(day.status, 'AVAILABLE');
    assert.deepEqual(
      day.slots.map((s) => [s.localStartTime, s.startsAt]),
      generated.map((s) => [s.localStartTime, s.startsAt.toISOString()]),
    );
    // 02:00–02:59 does not exist that night in New York.
    assert.ok(!day.slots.some((s) => s.localStartTime.startsWith('02:')));
  });

  it('should offer a time a fall-back repeats once, at its first occurrence', () => {
    const day = previewDay(activity, '2026-11-01', NEW_YORK);
    const at0130 = day.slots.filter((s) => s.localStartTime === '01:30');
    assert.deepEqual(at0130, [
      { localStartTime: '01:30', startsAt: '2026-11-01T05:30:00.000Z', endsAt: '2026-11-01T06:00:00.000Z' },
    ]);
  });

  it('should read the saved settings and the API view alike', () => {
    for (const date of ['2026-03-08', '2026-06-13', '2026-12-24', '2026-12-25']) {
      assert.deepEqual(
        previewDay({ durationMinutes: 30, schedule: settings }, date, NEW_YORK),
        previewDay(activity, date, NEW_YORK),
      );
    }
  });

  it('should show custom hours, custom dates and blocked dates like the calendar', () => {
    const saturday = previewDay(activity, '2026-06-13', NEW_YORK);
    assert.deepEqual(
      [saturday.status, saturday.hasCustomHours, saturday.slots[0]?.localStartTime],
      ['AVAILABLE', true, '10:00'],
    );
    const eve = previewDay(activity, '2026-12-24', NEW_YORK);
    assert.deepEqual(
      eve.slots.map((s) => s.localStartTime),
      ['08:00', '08:30'],
    );
    assert.deepEqual(previewDay(activity, '2026-12-25', NEW_YORK), {
      status: 'BLOCKED',
      hasCustomHours: false,
      slots: [],
    });
  });

  it('should close days before today and beyond advance booking when today is given', () => {
    const short = { durationMinutes: 30, schedule: { ...view, advanceBooking: 2 } };
    const status = (date: string) => previewDay(short, date, NEW_YORK, { today: '2026-06-10' }).status;
    assert.deepEqual(['2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12'].map(status), [
      'CLOSED',
      'AVAILABLE',
      'AVAILABLE',
      'CLOSED',
    ]);
  });

  it('should close a day whose hours are shorter than one slot', () => {
    const long = { durationMinutes: 600, schedule: view };
    assert.deepEqual(previewDay(long, '2026-06-10', NEW_YORK), { status: 'CLOSED', hasCustomHours: false, slots: [] });
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planDay, planSessions, type PlanActivity } from '../src/schedule/plan.ts';
import { activitySettingsSchema, isValidTimeZone, type ActivitySettingsInput } from '../src/settings.ts';
import { localDateOf, localTimeOf } from '../src/schedule/tz.ts';

const EVERY_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function activity(settings: Partial<ActivitySettingsInput>, durationMinutes = 30, capacity = 8): PlanActivity {
  return {
    durationMinutes,
    capacity,
    settings: activitySettingsSchema.parse({
      operatingDays: [...EVERY_DAY],
      startTime: '09:00',
      endTime: '17:00',
      slotInterval: 30,
      advanceBooking: 30,
      ...settings,
    }),
  };
}

interface Case {
  name: string;
  activity: PlanActivity;
  tz: string;
  from: string;
  days?: number;
  /** Expected local start times, in order. */
  local?: string[];
  /** Expected UTC instants of the starts (ISO, to the minute), in order. */
  utc?: string[];
  /** Expected local dates of the sessions (deduplicated, in order). */
  dates?: string[];
}

const iso = (d: Date) => d.toISOString().slice(0, 16) + 'Z';

const cases: Case[] = [
  {
    name: 'New York spring-forward (2026-03-08): 02:00 and 02:30 do not exist, 03:00 follows 01:30 by 30 real minutes',
    activity: activity({ startTime: '00:00', endTime: '05:00' }),
    tz: 'America/New_York',
    from: '2026-03-08',
    local: ['00:00', '00:30', '01:00', '01:30', '03:00', '03:30', '04:00', '04:30'],
    utc: [
      '2026-03-08T05:00Z',
      '2026-03-08T05:30Z',
      '2026-03-08T06:00Z',
      '2026-03-08T06:30Z',
      '2026-03-08T07:00Z',
      '2026-03-08T07:30Z',
      '2026-03-08T08:00Z',
      '2026-03-08T08:30Z',
    ],
  },
  {
    name: 'New York fall-back (2026-11-01): 01:00 and 01:30 are scheduled once, at their first (EDT) occurrence',
    activity: activity({ startTime: '00:00', endTime: '03:00' }),
    tz: 'America/New_York',
    from: '2026-11-01',
    local: ['00:00', '00:30', '01:00', '01:30', '02:00', '02:30'],
    utc: [
      '2026-11-01T04:00Z',
      '2026-11-01T04:30Z',
      '2026-11-01T05:00Z',
      '2026-11-01T05:30Z',
      '2026-11-01T07:00Z',
      '2026-11-01T07:30Z',
    ],
  },
  {
    name: 'New York: a 09:00 slot is 09:00 local on both sides of the spring change',
    activity: activity({ startTime: '09:00', endTime: '09:30' }),
    tz: 'America/New_York',
    from: '2026-03-07',
    days: 3,
    local: ['09:00', '09:00', '09:00'],
    utc: ['2026-03-07T14:00Z', '2026-03-08T13:00Z', '2026-03-09T13:00Z'],
  },
  {
    name: 'Sydney fall-back (2026-04-05): 02:30 is scheduled once, at its AEDT occurrence',
    activity: activity({ startTime: '01:30', endTime: '04:00' }),
    tz: 'Australia/Sydney',
    from: '2026-04-05',
    local: ['01:30', '02:00', '02:30', '03:00', '03:30'],
    utc: ['2026-04-04T14:30Z', '2026-04-04T15:00Z', '2026-04-04T15:30Z', '2026-04-04T17:00Z', '2026-04-04T17:30Z'],
    dates: ['2026-04-05'],
  },
  {
    name: 'Sydney spring-forward (2026-10-04): 02:00 and 02:30 do not exist',
    activity: activity({ startTime: '01:00', endTime: '04:00' }),
    tz: 'Australia/Sydney',
    from: '2026-10-04',
    local: ['01:00', '01:30', '03:00', '03:30'],
    utc: ['2026-10-03T15:00Z', '2026-10-03T15:30Z', '2026-10-03T16:00Z', '2026-10-03T16:30Z'],
    dates: ['2026-10-04'],
  },
  {
    name: 'Kolkata (UTC+05:30): local 09:00 is 03:30Z',
    activity: activity({ startTime: '09:00', endTime: '10:00' }),
    tz: 'Asia/Kolkata',
    from: '2026-06-01',
    local: ['09:00', '09:30'],
    utc: ['2026-06-01T03:30Z', '2026-06-01T04:00Z'],
  },
  {
    name: 'an interval that does not divide the day: 90-minute steps of 60-minute slots 10:00–22:00',
    activity: activity({ startTime: '10:00', endTime: '22:00', slotInterval: 90 }, 60),
    tz: 'UTC',
    from: '2026-06-01',
    local: ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30', '19:00', '20:30'],
  },
  {
    name: 'a slot must end by endTime: 120-minute slots every hour 18:00–23:00',
    activity: activity({ startTime: '18:00', endTime: '23:00', slotInterval: 60 }, 120),
    tz: 'Europe/Berlin',
    from: '2026-06-01',
    local: ['18:00', '19:00', '20:00', '21:00'],
  },
  {
    name: 'operating days only: Thursday–Sunday from a Monday',
    activity: activity(
      {
        operatingDays: ['Thursday', 'Friday', 'Saturday', 'Sunday'],
        startTime: '18:00',
        endTime: '19:00',
        slotInterval: 60,
      },
      60,
    ),
    tz: 'America/New_York',
    from: '2026-06-01',
    days: 7,
    dates: ['2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07'],
  },
  {
    name: 'custom hours override a weekday when enabled (Monday 16:00–18:00)',
    activity: activity(
      {
        startTime: '10:00',
        endTime: '12:00',
        slotInterval: 60,
        customHoursEnabled: true,
        customHours: {
          Monday: { enabled: true, startTime: '16:00', endTime: '18:00' },
          Tuesday: { enabled: false, startTime: '06:00', endTime: '07:00' },
        },
      },
      60,
    ),
    tz: 'UTC',
    from: '2026-06-01',
    days: 2,
    local: ['16:00', '17:00', '10:00', '11:00'],
  },
  {
    name: 'custom hours are ignored while customHoursEnabled is false',
    activity: activity(
      {
        startTime: '10:00',
        endTime: '12:00',
        slotInterval: 60,
        customHoursEnabled: false,
        customHours: { Monday: { enabled: true, startTime: '16:00', endTime: '18:00' } },
      },
      60,
    ),
    tz: 'UTC',
    from: '2026-06-01',
    local: ['10:00', '11:00'],
  },
  {
    name: 'a custom date overrides the hours of an operating day and adds a closed day',
    activity: activity(
      {
        operatingDays: ['Monday'],
        startTime: '10:00',
        endTime: '12:00',
        slotInterval: 60,
        customDates: [
          { id: 'a', date: '2026-06-01', startTime: '20:00', endTime: '21:00' },
          { id: 'b', date: '2026-06-03', startTime: '08:00', endTime: '09:00' },
        ],
      },
      60,
    ),
    tz: 'UTC',
    from: '2026-06-01',
    days: 3,
    local: ['20:00', '08:00'],
    dates: ['2026-06-01', '2026-06-03'],
  },
  {
    name: 'blocked dates have no sessions, even with a custom date on them',
    activity: activity(
      {
        startTime: '10:00',
        endTime: '11:00',
        slotInterval: 60,
        customDates: [{ id: 'c', date: '2026-06-02', startTime: '12:00', endTime: '13:00' }],
        blockedDates: [{ id: 'x', date: '2026-06-02', reason: 'private event' }],
      },
      60,
    ),
    tz: 'UTC',
    from: '2026-06-01',
    days: 3,
    dates: ['2026-06-01', '2026-06-03'],
  },
];

describe('planSessions', () => {
  for (const c of cases) {
    it(`should plan ${c.name}`, () => {
      const sessions = planSessions(c.activity, c.tz, c.from, c.days ?? 1);
      if (c.local)
        assert.deepEqual(
          sessions.map((s) => s.localStartTime),
          c.local,
        );
      if (c.utc)
        assert.deepEqual(
          sessions.map((s) => iso(s.startsAt)),
          c.utc,
        );
      if (c.dates) assert.deepEqual([...new Set(sessions.map((s) => s.localDate))], c.dates);
      for (const s of sessions) {
        // Every planned session is what it says in the venue's zone, lasts its duration and has the seats.
        assert.equal(localTimeOf(c.tz, s.startsAt), s.localStartTime);
        assert.equal(localDateOf(c.tz, s.startsAt), s.localDate);
        assert.equal(s.endsAt.getTime() - s.startsAt.getTime(), c.activity.durationMinutes * 60_000);
        assert.equal(s.capacity, c.activity.capacity);
      }
      assert.equal(new Set(sessions.map((s) => s.startsAt.getTime())).size, sessions.length, 'no instant twice');
    });
  }

  it('should ask Intl about offsets a few times per day, not once per slot', (t) => {
    const spy = t.mock.method(Intl.DateTimeFormat.prototype, 'formatToParts');
    const a = activity({ startTime: '09:00', endTime: '23:00', slotInterval: 15 }, 15);
    // A zone no other test used, so its per-day offsets are not cached yet.
    const sessions = planSessions(a, 'America/Chicago', '2026-01-01', 365);
    assert.equal(sessions.length, 365 * 56);
    // Two per day, plus a bisection (~12) on each of the 4 days whose window spans a change.
    assert.ok(
      spy.mock.callCount() <= 2 * 365 + 4 * 16,
      `${spy.mock.callCount()} Intl calls for ${sessions.length} sessions`,
    );
    const again = spy.mock.callCount();
    planSessions(a, 'America/Chicago', '2026-01-01', 365);
    assert.equal(spy.mock.callCount(), again, 'a second activity in the same zone reuses the day offsets');
  });

  it('should describe a day as blocked, closed or open with custom hours', () => {
    const s = activity({
      operatingDays: ['Monday'],
      customDates: [{ id: 'c', date: '2026-06-03', startTime: '08:00', endTime: '09:00' }],
      blockedDates: [{ id: 'b', date: '2026-06-08', reason: null }],
    }).settings;
    assert.deepEqual(planDay(s, '2026-06-01'), {
      kind: 'open',
      startMinutes: 540,
      endMinutes: 1020,
      customHours: false,
    });
    assert.deepEqual(planDay(s, '2026-06-02'), { kind: 'closed' });
    assert.deepEqual(planDay(s, '2026-06-03'), { kind: 'open', startMinutes: 480, endMinutes: 540, customHours: true });
    assert.deepEqual(planDay(s, '2026-06-08'), { kind: 'blocked', reason: null });
  });
});

describe('activitySettingsSchema', () => {
  const base = {
    operatingDays: ['Monday'],
    startTime: '09:00',
    endTime: '17:00',
    slotInterval: 30,
    advanceBooking: 30,
  };
  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['endTime not after startTime', { endTime: '09:00' }, 'endTime'],
    ['slotInterval under 5 minutes', { slotInterval: 4 }, 'slotInterval'],
    ['slotInterval over 720 minutes', { slotInterval: 721 }, 'slotInterval'],
    ['a date that is not YYYY-MM-DD', { blockedDates: [{ id: 'a', date: '2026-6-1' }] }, 'blockedDates'],
    [
      'an impossible date',
      { customDates: [{ id: 'a', date: '2026-02-30', startTime: '09:00', endTime: '10:00' }] },
      'customDates',
    ],
    [
      'the same blocked date twice',
      {
        blockedDates: [
          { id: 'a', date: '2026-06-01' },
          { id: 'b', date: '2026-06-01' },
        ],
      },
      'blockedDates',
    ],
    [
      'the same custom date twice',
      {
        customDates: [
          { id: 'a', date: '2026-06-01', startTime: '09:00', endTime: '10:00' },
          { id: 'b', date: '2026-06-01', startTime: '11:00', endTime: '12:00' },
        ],
      },
      'customDates',
    ],
    [
      'custom hours ending before they start',
      { customHours: { Monday: { enabled: true, startTime: '12:00', endTime: '11:00' } } },
      'customHours',
    ],
    ['a time that is not HH:mm', { startTime: '9:00' }, 'startTime'],
  ];
  for (const [what, patch, field] of bad) {
    it(`should refuse ${what}, naming ${field}`, () => {
      const r = activitySettingsSchema.safeParse({ ...base, ...patch });
      assert.equal(r.success, false);
      assert.equal(r.error.issues[0]!.path[0], field);
    });
  }

  it('should accept a minimal schedule and fill the defaults', () => {
    const r = activitySettingsSchema.parse(base);
    assert.deepEqual([r.customHoursEnabled, r.customDates, r.blockedDates, r.requiresWaiver], [false, [], [], false]);
  });

  it('should know IANA time zones and refuse others', () => {
    for (const tz of ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'])
      assert.equal(isValidTimeZone(tz), true, tz);
    for (const tz of ['Mars/Olympus', '', 'EST5EDT6']) assert.equal(isValidTimeZone(tz), false, tz);
  });
});

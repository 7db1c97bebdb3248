import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formOf,
  inputOf,
  localProblems,
  newActivityForm,
  previewConfigOf,
  type SavedActivity,
  type SavedVenue,
} from '../src/views/activities/form-model.ts';

const saved: SavedActivity = {
  id: 'a1',
  venueId: 'v1',
  name: 'The Haunted Library',
  description: null,
  imageUrl: null,
  durationMinutes: 60,
  capacity: 8,
  minParty: 2,
  maxParty: 8,
  status: 'ACTIVE',
  stripeProductId: null,
  schedule: {
    operatingDays: ['Monday', 'Friday'],
    startTime: '10:00',
    endTime: '22:00',
    slotInterval: 90,
    advanceBooking: 60,
    customHoursEnabled: true,
    customHours: [{ day: 'Monday', enabled: true, startTime: '16:00', endTime: '22:00' }],
    customDates: [{ id: 'c1', date: '2030-05-01', startTime: '09:00', endTime: '12:00' }],
    blockedDates: [{ id: 'b1', date: '2030-05-02', reason: 'Private event' }],
    minAge: 12,
    requiresWaiver: true,
    bookingMode: 'SHARED',
  },
  prices: [
    {
      id: 'p1',
      tier: 'ADULT',
      name: 'Adult',
      amountCents: 3500,
      currency: 'USD',
      lookupKey: 'activity_a1_adult',
      stripePriceId: null,
      active: true,
      per: 'PERSON',
      names: [],
    },
    {
      id: 'p2',
      tier: 'CUSTOM',
      name: 'Student',
      amountCents: 3000,
      currency: 'USD',
      lookupKey: 'activity_a1_custom_student_group',
      stripePriceId: null,
      active: true,
      per: 'GROUP',
      names: [{ locale: 'es', name: 'Estudiante' }],
    },
    {
      id: 'p3',
      tier: 'CHILD',
      name: 'Child',
      amountCents: 1000,
      currency: 'USD',
      lookupKey: 'activity_a1_child',
      stripePriceId: null,
      active: false,
      per: 'PERSON',
      names: [],
    },
  ],
};

const venue: SavedVenue = {
  id: 'v1',
  name: 'Mystery Manor',
  embedKey: 'demo-mystery-manor',
  timezone: 'America/New_York',
  currency: 'USD',
  allowedOrigins: [],
  waiverUrl: null,
  address: null,
  theme: { mode: 'light', accentColor: null, radiusPx: null, fontFamily: null },
  activities: [],
};

describe('the activity form model', () => {
  it('should send back the saved schedule unchanged: weekdays without own hours stay on the default hours', () => {
    const input = inputOf(formOf(saved));
    const monday = input.schedule.customHours!.find((h) => h.day === 'Monday');
    assert.deepEqual(monday, { day: 'Monday', enabled: true, startTime: '16:00', endTime: '22:00' });
    assert.ok(
      input.schedule.customHours!.filter((h) => h.day !== 'Monday').every((h) => !h.enabled),
      'a weekday without its own entry is not given one',
    );
    assert.deepEqual(input.schedule.operatingDays, ['Monday', 'Friday']);
    assert.deepEqual(input.schedule.blockedDates, [{ id: 'b1', date: '2030-05-02', reason: 'Private event' }]);
    assert.deepEqual(input.schedule.customDates, saved.schedule.customDates);
    assert.equal(input.schedule.minAge, 12);
    assert.equal(input.schedule.requiresWaiver, true);
  });

  it('should keep only active prices, in cents, with the custom code, names per locale and per person or group', () => {
    const prices = inputOf(formOf(saved)).prices;
    assert.deepEqual(prices, [
      { tier: 'ADULT', name: 'Adult', amountCents: 3500, slug: null, names: [], per: 'PERSON' },
      {
        tier: 'CUSTOM',
        name: 'Student',
        amountCents: 3000,
        // The lookup key's `_group` suffix is not part of the code.
        slug: 'student',
        names: [{ locale: 'es', name: 'Estudiante' }],
        per: 'GROUP',
      },
    ]);
  });

  it('should name the number fields to fix, as the server names them, before anything is sent', () => {
    const form = newActivityForm('v1');
    form.capacity = '';
    form.slotInterval = '7.5';
    form.prices[0]!.amount = 'ten';
    assert.deepEqual(localProblems(form), ['capacity', 'schedule.slotInterval', 'prices.0.amountCents']);
    form.capacity = '8';
    form.slotInterval = '30';
    form.prices[0]!.amount = '12,50';
    assert.deepEqual(localProblems(form), []);
    assert.equal(inputOf(form).prices[0]!.amountCents, 1250, 'a decimal comma is read as the decimal point');
  });

  it("should preview the unsaved form in the venue's currency and zone, with fallbacks for half-typed numbers", () => {
    const form = formOf(saved);
    form.name = 'Renamed';
    form.capacity = '';
    const config = previewConfigOf(form, venue);
    const activity = config.activities[0]!;
    assert.equal(config.venue.timezone, 'America/New_York');
    assert.equal(activity.name, 'Renamed');
    assert.equal(activity.capacity, 1);
    assert.ok(activity.prices.every((p) => p.currency === 'USD'));
    assert.deepEqual(
      activity.schedule.blockedDates.map((b) => b.reason),
      ['Private event'],
    );
  });
});

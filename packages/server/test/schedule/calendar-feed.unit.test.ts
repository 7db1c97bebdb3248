import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFeedKey, calendarSlice, monthsCovering } from '../../src/domain/schedule/calendar-feed.ts';

describe('calendar feed months', () => {
  it('should cover whole months, across a year end and a leap February', () => {
    assert.deepEqual(monthsCovering('2027-12-15', '2028-02-03'), [
      { first: '2027-12-01', last: '2027-12-31' },
      { first: '2028-01-01', last: '2028-01-31' },
      { first: '2028-02-01', last: '2028-02-29' },
    ]);
    assert.deepEqual(monthsCovering('2026-04-01', '2026-04-30'), [{ first: '2026-04-01', last: '2026-04-30' }]);
  });

  it('should give every range within the same months one key, and each its own slice', () => {
    assert.equal(calendarFeedKey('a', '2026-03-01', '2026-03-31'), calendarFeedKey('a', '2026-03-09', '2026-03-10'));
    assert.notEqual(calendarFeedKey('a', '2026-03-01', '2026-03-31'), calendarFeedKey('a', '2026-03-01', '2026-04-01'));
    assert.notEqual(calendarFeedKey('a', '2026-03-01', '2026-03-31'), calendarFeedKey('b', '2026-03-01', '2026-03-31'));
    const days = monthsCovering('2026-03-01', '2026-03-31').flatMap((m) =>
      Array.from({ length: Number(m.last.slice(8)) }, (_, i) => ({
        date: `2026-03-${String(i + 1).padStart(2, '0')}`,
      })),
    );
    assert.deepEqual(
      calendarSlice(days, '2026-03-09', '2026-03-11').map((d) => d.date),
      ['2026-03-09', '2026-03-10', '2026-03-11'],
    );
  });
});

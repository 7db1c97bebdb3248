import { dayNumber, instantOfLocal, isoDateOf, localDateOf } from '@slotkit/core/schedule';

/**
 * Times for fixtures, built in the venue's zone: a test must pass on any date,
 * in any season and in any machine zone, so nothing here assumes an offset.
 */

/** The venue-local date `days` after today in that zone (today by `now`, default the real clock). */
export function localDateAhead(timeZone: string, days: number, now: Date = new Date()): string {
  return isoDateOf(dayNumber(localDateOf(timeZone, now)) + days);
}

/** The instant of a venue-local wall time; throws on a time a DST change skips (pick another). */
export function venueInstant(timeZone: string, isoDate: string, wallTime: string): Date {
  const instant = instantOfLocal(timeZone, isoDate, wallTime);
  if (!instant) throw new Error(`${isoDate} ${wallTime} does not exist in ${timeZone}`);
  return instant;
}

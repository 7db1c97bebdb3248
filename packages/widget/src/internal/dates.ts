// Calendar dates are venue-local "YYYY-MM-DD" strings. Arithmetic runs in UTC
// so the browser's own timezone and DST never shift a day.

const pad = (n: number) => String(n).padStart(2, '0');
const toUtc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromUtc = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Today's date in `timeZone` at instant `now`. */
export function todayIn(timeZone: string, now: number): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}

export const addDays = (d: string, n: number): string => fromUtc(toUtc(d) + n * 864e5);

/** First day of the month `n` months after the month of `d`. */
export function addMonths(d: string, n: number): string {
  const x = new Date(toUtc(d));
  return fromUtc(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + n, 1));
}

/** Same day-of-month `n` months later, clamped to the month's end (PageDown). */
export function shiftMonth(d: string, n: number): string {
  const first = addMonths(d, n);
  const last = addDays(addMonths(first, 1), -1);
  return `${first.slice(0, 8)}${pad(Math.min(+d.slice(8), +last.slice(8)))}`;
}

/** 0 = Monday … 6 = Sunday. */
export const weekday = (d: string): number => (new Date(toUtc(d)).getUTCDay() + 6) % 7;

/** Weeks (Monday first) of the month containing `d`; null pads days of other months. */
export function monthWeeks(d: string): (string | null)[][] {
  const first = addMonths(d, 0);
  const days = +addDays(addMonths(first, 1), -1).slice(8);
  const cells = Array<string | null>(weekday(first)).fill(null);
  for (let i = 0; i < days; i++) cells.push(addDays(first, i));
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Formats a calendar date; UTC noon pins it to its own day in every zone. */
export const formatDay = (d: string, locale: string, o: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(toUtc(d) + 432e5);

/** Formats an instant's wall time in the venue's zone. */
export const formatTime = (iso: string, locale: string, timeZone: string): string =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));

export const formatMoney = (cents: number, locale: string, currency: string): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);

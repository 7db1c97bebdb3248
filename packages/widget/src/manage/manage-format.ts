// Date and money helpers of the manage chunk. They repeat a few lines of internal/dates.ts and i18n.ts on
// purpose: a chunk that imports a module of widget.js makes widget.js export it, and widget.js has no
// bytes to spare (22 KB gzip budget, DESIGN §7).

const pad = (n: number) => String(n).padStart(2, '0');
const toUtc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromUtc = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Today's venue-local date at instant `now`. */
export const todayIn = (timeZone: string, now: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

export const addDays = (d: string, n: number): string => fromUtc(toUtc(d) + n * 864e5);

/** First day of the month `n` months after the month of `d`. */
export const addMonths = (d: string, n: number): string => fromUtc(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1 + n, 1));

/** A calendar date; UTC noon pins it to its own day in every zone. */
export const formatDay = (d: string, locale: string, o: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(toUtc(d) + 432e5);

/** An instant's wall time in the venue's zone. */
export const formatTime = (iso: string, locale: string, timeZone: string): string =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));

export const formatMoney = (cents: number, locale: string, currency: string): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);

/** Fills `{name}` placeholders. */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

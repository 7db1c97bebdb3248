// Money, dates and times as staff read them: always in the venue's own time
// zone (a booking at 18:00 in Lisbon reads 18:00 wherever the browser is).
import { currentLocale } from '../i18n/i18n.ts';

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'currency', currency }).format(cents / 100);
}

/** What `quantity` tickets of a price cost: a GROUP price is one amount for the party, a PERSON price per ticket. */
export function ticketsCents(price: { readonly amountCents: number; readonly per?: string | null }, quantity: number) {
  if (price.per === 'GROUP') return quantity > 0 ? price.amountCents : 0;
  return price.amountCents * quantity;
}

export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** A venue-local `YYYY-MM-DD` as a short date (the string is read as a calendar date, not an instant). */
export function formatLocalDate(date: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(currentLocale(), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Today's `YYYY-MM-DD` in `timeZone` at `now`. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `YYYY-MM-DD` plus `days` (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

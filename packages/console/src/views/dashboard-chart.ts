// The 7-day chart, drawn by hand in SVG (no chart library: ~1 KB instead of
// tens): bars = bookings per day, line = revenue per day, each on its own
// scale. The SVG is one image for screen readers (role="img" + a name with the
// totals); the same numbers are in a visually hidden table right after it.
import { html, svg } from 'lit';
import { defineMessages } from '../i18n/i18n.ts';
import { formatLocalDate, formatMoney } from '../ui/format.ts';

const t = defineMessages({
  en: {
    name: 'Bookings in the last 7 days: {bookings} bookings, {revenue} revenue',
    day: 'Day',
    bookings: 'Bookings',
    revenue: 'Revenue',
    caption: 'Bookings and revenue per day, last 7 days',
  },
  es: {
    name: 'Reservas de los últimos 7 días: {bookings} reservas, {revenue} de ingresos',
    day: 'Día',
    bookings: 'Reservas',
    revenue: 'Ingresos',
    caption: 'Reservas e ingresos por día, últimos 7 días',
  },
  de: {
    name: 'Buchungen der letzten 7 Tage: {bookings} Buchungen, {revenue} Umsatz',
    day: 'Tag',
    bookings: 'Buchungen',
    revenue: 'Umsatz',
    caption: 'Buchungen und Umsatz pro Tag, letzte 7 Tage',
  },
});

export interface TrendDay {
  readonly date: string;
  readonly bookings: number;
  readonly revenueCents: number;
}

const W = 640;
const H = 220;
const PAD = { top: 16, right: 56, bottom: 32, left: 36 };

/** A round maximum for an axis: 1, 2, 5 × 10ⁿ at or above `value` (at least `floor`). */
export function niceMax(value: number, floor = 1): number {
  const v = Math.max(value, floor);
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p;
}

export function bookingsChart(days: readonly TrendDay[], currency: string) {
  const totalBookings = days.reduce((n, d) => n + d.bookings, 0);
  const totalRevenue = days.reduce((n, d) => n + d.revenueCents, 0);
  const maxB = niceMax(Math.max(...days.map((d) => d.bookings)), 4);
  const maxR = niceMax(Math.max(...days.map((d) => d.revenueCents)), 100);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(days.length, 1);
  const barW = Math.min(44, step * 0.56);
  const x = (i: number) => PAD.left + step * i + step / 2;
  const yB = (n: number) => PAD.top + innerH - (n / maxB) * innerH;
  const yR = (c: number) => PAD.top + innerH - (c / maxR) * innerH;
  const line = days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${yR(d.revenueCents).toFixed(1)}`).join('');
  const money = (c: number) => formatMoney(c, currency);
  const short = (c: number) =>
    new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact' }).format(c / 100);
  const name = t('name', { bookings: totalBookings, revenue: money(totalRevenue) });
  const grid = [0, 0.5, 1];

  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${name}>
      ${grid.map(
        (g) =>
          svg`<line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${yB(maxB * g)} y2=${yB(maxB * g)}></line>
          <text class="axis" x=${PAD.left - 8} y=${yB(maxB * g) + 4} text-anchor="end">
            ${Number.isInteger(maxB * g) ? maxB * g : ''}
          </text>
          <text class="axis revenue" x=${W - PAD.right + 8} y=${yR(maxR * g) + 4}>${short(maxR * g)}</text>`,
      )}
      ${days.map(
        (d, i) =>
          svg`<rect class="bar" x=${x(i) - barW / 2} y=${yB(d.bookings)} width=${barW}
              height=${Math.max(0, PAD.top + innerH - yB(d.bookings))} rx="4"></rect>
          <text class="axis" x=${x(i)} y=${H - 10} text-anchor="middle">${formatLocalDate(d.date).replace(/,.*$/, '')}</text>`,
      )}
      <path class="line" d=${line}></path>
      ${days.map((d, i) => svg`<circle class="dot" cx=${x(i)} cy=${yR(d.revenueCents)} r="3.5"></circle>`)}
    </svg>
    <div class="legend" aria-hidden="true">
      <span><i class="swatch bar"></i>${t('bookings')}</span>
      <span><i class="swatch line"></i>${t('revenue')}</span>
    </div>
    <table class="visually-hidden">
      <caption>
        ${t('caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('day')}</th>
          <th scope="col">${t('bookings')}</th>
          <th scope="col">${t('revenue')}</th>
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (d) =>
            html`<tr>
              <th scope="row">${formatLocalDate(d.date, 'long')}</th>
              <td>${d.bookings}</td>
              <td>${money(d.revenueCents)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

// The Sessions view's two layouts as pure render functions: a week of day
// columns (a list of sessions per day) and one day as a table. Actions are
// plain buttons named with their date and time, so keyboard and screen-reader
// users know which session each one acts on.
import { html, nothing } from 'lit';
import { addDays, formatLocalDate } from '../../ui/format.ts';
import type { AdminSession } from './actions.ts';
import { t } from './messages.ts';
import { tw } from './waitlist-messages.ts';

export interface DayModel {
  readonly date: string;
  readonly sessions: readonly AdminSession[];
  /** The reason customers see, '' when blocked without one; undefined when not blocked. */
  readonly blockedReason: string | undefined;
  /** Before the venue-local today: history, no actions. */
  readonly past: boolean;
}

export interface GridHandlers {
  block(date: string): void;
  cancel(session: AdminSession): void;
  waitlist(session: AdminSession): void;
}

export function buildDays(
  from: string,
  count: number,
  sessions: readonly AdminSession[],
  blocked: ReadonlyMap<string, string>,
  today: string,
): DayModel[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(from, i);
    return {
      date,
      sessions: sessions.filter((s) => s.localDate === date),
      blockedReason: blocked.get(date),
      past: date < today,
    };
  });
}

const free = (s: AdminSession) => Math.max(0, s.capacityTotal - s.confirmedCount - s.heldCount);

const seatsText = (s: AdminSession) => {
  const n = { booked: s.confirmedCount, held: s.heldCount, free: free(s), total: s.capacityTotal };
  return html`${t('seatsUsed', n)}<br />${t('seatsFree', n)}`;
};

const statusBadge = (s: AdminSession) =>
  s.status === 'OPEN'
    ? nothing
    : html`<span class="badge ${s.status === 'CANCELLED' ? 'danger' : 'warn'}">${t(s.status)}</span>`;

/**
 * Booked and held seats as one bar (decorative: the same numbers are in the text beside it). SVG
 * geometry attributes, not style widths: the console's CSP refuses inline styles.
 */
const seatBar = (s: AdminSession) => {
  const part = (n: number) => (s.capacityTotal ? (100 * n) / s.capacityTotal : 0);
  const booked = part(s.confirmedCount);
  return html`<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="bar-bg" width="100" height="6" rx="3"></rect>
    <rect class="bar-booked" width=${booked} height="6"></rect>
    <rect class="bar-held" x=${booked} width=${part(s.heldCount)} height="6"></rect>
  </svg>`;
};

const canAct = (day: DayModel, s: AdminSession) => !day.past && s.status !== 'CANCELLED';

function blockButton(day: DayModel, on: GridHandlers) {
  if (day.past) return nothing;
  const label = t('blockDay', { date: formatLocalDate(day.date, 'long') });
  return html`<button type="button" class="button small" aria-label=${label} @click=${() => on.block(day.date)}>
    ${t('shortBlock')}
  </button>`;
}

function cancelButton(day: DayModel, s: AdminSession, on: GridHandlers) {
  if (!canAct(day, s)) return nothing;
  const label = t('cancelSessionOf', { time: s.localStartTime, date: formatLocalDate(day.date, 'long') });
  return html`<button type="button" class="button small danger" aria-label=${label} @click=${() => on.cancel(s)}>
    ${t('shortCancel')}
  </button>`;
}

/** Shown only where someone waits: opens the session's waitlist panel. */
function waitlistButton(day: DayModel, s: AdminSession, on: GridHandlers) {
  if (s.waitlistCount === 0) return nothing;
  const vars = { time: s.localStartTime, date: formatLocalDate(day.date, 'long'), count: s.waitlistCount };
  return html`<button
    type="button"
    class="button small"
    aria-label=${tw('waitlistOf', vars)}
    @click=${() => on.waitlist(s)}
  >
    ${tw('shortWaitlist', vars)}
  </button>`;
}

const blockedNote = (day: DayModel) =>
  day.blockedReason === undefined
    ? nothing
    : html`<p class="blocked-note"><span class="badge danger">${t('blocked')}</span> ${day.blockedReason}</p>`;

export function renderWeek(days: readonly DayModel[], on: GridHandlers) {
  return html`<div class="week">
    ${days.map(
      (day) =>
        html`<section
          class="day card ${day.blockedReason !== undefined ? 'is-blocked' : ''}"
          aria-labelledby="day-${day.date}"
        >
          <header class="day-head">
            <h2 id="day-${day.date}">${formatLocalDate(day.date)}</h2>
            ${day.blockedReason === undefined ? blockButton(day, on) : nothing}
          </header>
          ${blockedNote(day)}
          ${
            day.sessions.length === 0
              ? html`<p class="muted small-text">${t('noSessionsDay')}</p>`
              : html`<ul class="slots">
                  ${day.sessions.map(
                    (s) =>
                      html`<li class="slot ${s.status.toLowerCase()}">
                        <div class="slot-line"><strong>${s.localStartTime}</strong> ${statusBadge(s)}</div>
                        ${seatBar(s)}
                        <div class="small-text muted">${seatsText(s)}</div>
                        ${waitlistButton(day, s, on)} ${cancelButton(day, s, on)}
                      </li>`,
                  )}
                </ul>`
          }
        </section>`,
    )}
  </div>`;
}

export function renderDay(day: DayModel, on: GridHandlers) {
  return html`<section class="card" aria-labelledby="day-${day.date}">
    <header class="day-head">
      <h2 id="day-${day.date}">${formatLocalDate(day.date, 'long')}</h2>
      ${day.blockedReason === undefined ? blockButton(day, on) : nothing}
    </header>
    ${blockedNote(day)}
    ${
      day.sessions.length === 0
        ? html`<p class="muted">${t('noSessionsDay')}</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('time')}</th>
                  <th scope="col" class="num">${t('capacity')}</th>
                  <th scope="col" class="num">${t('booked')}</th>
                  <th scope="col" class="num">${t('held')}</th>
                  <th scope="col" class="num">${t('free')}</th>
                  <th scope="col">${t('status')}</th>
                  <th scope="col"><span class="visually-hidden">${t('actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${day.sessions.map(
                  (s) =>
                    html`<tr>
                      <th scope="row">${s.localStartTime}</th>
                      <td class="num">${s.capacityTotal}</td>
                      <td class="num">${s.confirmedCount}</td>
                      <td class="num">${s.heldCount}</td>
                      <td class="num">${free(s)}</td>
                      <td>${s.status === 'OPEN' ? t('OPEN') : statusBadge(s)}</td>
                      <td>${waitlistButton(day, s, on)} ${cancelButton(day, s, on)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { addDays, addMonths, formatDay, monthWeeks, shiftMonth, weekday } from '../internal/dates.ts';
import { messagesFor, t, type Messages } from '../internal/i18n.ts';
import type { CalendarDay } from '../internal/types.ts';
import styles from './booking-calendar.styles.ts';

const STATUS_CLASS = { AVAILABLE: 'ok', SOLD_OUT: 'sold', BLOCKED: 'blocked', CLOSED: 'closed' } as const;
const LEGEND = [
  ['ok', 'legendAvailable'],
  ['sold', 'legendSoldOut'],
  ['blocked', 'legendBlocked'],
  ['closed', 'legendClosed'],
  ['custom', 'legendCustom'],
] as const;

export interface CalendarSelectDetail {
  date: string;
}
export interface CalendarMonthDetail {
  /** First day of the month to show, YYYY-MM-01. */
  month: string;
}

/**
 * @summary A month grid of venue-local dates with their availability.
 *
 * Keyboard: arrows move a day/week (mirrored in RTL), Home/End go to the
 * week's start/end, PageUp/PageDown change month; Enter or Space picks.
 *
 * @fires booking-calendar-select - A bookable date was picked (`detail.date`).
 * @fires booking-calendar-month - The user moved to another month (`detail.month`).
 *
 * @csspart grid - The table of days.
 * @csspart day - Each day button.
 */
export class BookingCalendar extends LitElement {
  static override styles = styles;
  static override properties = {
    month: {},
    days: { attribute: false },
    min: {},
    max: {},
    selected: {},
    messages: { attribute: false },
    focusDate: { state: true },
  };

  /** Any date in the month to show (YYYY-MM-DD). */
  month = '';
  /** Status per date, from the `calendar` query. */
  days: Record<string, CalendarDay> = {};
  /** First and last bookable dates (today and today + advanceBooking, venue-local). */
  min = '';
  max = '';
  selected = '';
  /** The catalog and locale of the customer's language. */
  messages: Messages = messagesFor('en');

  /** The date holding the roving tabindex. */
  private focusDate = '';
  private keyMoved = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') || !this.focusDate) {
      const first = addMonths(this.month, 0);
      if (this.focusDate.slice(0, 7) !== first.slice(0, 7)) {
        const pick = [this.selected, this.min].find((d) => d && d.slice(0, 7) === first.slice(0, 7));
        this.focusDate = pick ?? first;
      }
    }
  }

  protected override updated(): void {
    if (this.keyMoved) {
      this.keyMoved = false;
      this.renderRoot.querySelector<HTMLElement>(`[data-date="${this.focusDate}"]`)?.focus();
    }
  }

  private bookable(d: string): boolean {
    return d >= this.min && d <= this.max && this.days[d]?.status === 'AVAILABLE';
  }

  private fire<T>(name: string, detail: T) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  private moveTo(d: string, focus = true) {
    const lo = addMonths(this.min, 0);
    const hi = addDays(addMonths(this.max, 1), -1);
    const next = d < lo ? lo : d > hi ? hi : d;
    this.keyMoved = focus;
    this.focusDate = next;
    if (next.slice(0, 7) !== this.month.slice(0, 7)) {
      this.fire<CalendarMonthDetail>('booking-calendar-month', { month: addMonths(next, 0) });
    }
  }

  private onKey(e: KeyboardEvent) {
    const d = this.focusDate;
    const rtl = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const moves: Record<string, () => string> = {
      ArrowRight: () => addDays(d, rtl),
      ArrowLeft: () => addDays(d, -rtl),
      ArrowDown: () => addDays(d, 7),
      ArrowUp: () => addDays(d, -7),
      Home: () => addDays(d, -weekday(d)),
      End: () => addDays(d, 6 - weekday(d)),
      PageUp: () => shiftMonth(d, e.shiftKey ? -12 : -1),
      PageDown: () => shiftMonth(d, e.shiftKey ? 12 : 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    this.moveTo(move());
  }

  /** The tab stop follows focus, however it got there (click, Tab, script). */
  private onFocus(e: FocusEvent) {
    const d = (e.target as HTMLElement).dataset.date;
    if (d) this.focusDate = d;
  }

  private pick(d: string) {
    this.focusDate = d;
    if (this.bookable(d)) this.fire<CalendarSelectDetail>('booking-calendar-select', { date: d });
  }

  private label(d: string): string {
    const m = this.messages.s;
    const info = this.days[d];
    const inWindow = d >= this.min && d <= this.max;
    const parts = [formatDay(d, this.messages.locale, { dateStyle: 'full' })];
    parts.push(!inWindow ? m.notBookable : info ? m[info.status] : '');
    if (inWindow && info?.reason) parts.push(info.reason);
    if (info?.hasCustomHours) parts.push(m.customHours);
    return parts.filter(Boolean).join(', ');
  }

  private renderDay(d: string | null) {
    if (!d) return html`<td role="presentation"></td>`;
    const info = this.days[d];
    const inWindow = d >= this.min && d <= this.max;
    // One class per legend entry: available, sold out, blocked, closed (also: outside the booking window).
    const cls = !inWindow || !info ? 'closed' : STATUS_CLASS[info.status];
    return html`<td role="gridcell" aria-selected=${d === this.selected ? 'true' : 'false'}>
      <button
        part="day"
        class="day ${cls} ${d === this.selected ? 'sel' : ''} ${d === this.min ? 'today' : ''}"
        data-date=${d}
        tabindex=${d === this.focusDate ? 0 : -1}
        title=${(inWindow && info?.reason) || nothing}
        aria-label=${this.label(d)}
        aria-disabled=${this.bookable(d) ? nothing : 'true'}
        aria-current=${d === this.min ? 'date' : nothing}
        @click=${() => this.pick(d)}
      >
        ${+d.slice(8)}${info?.hasCustomHours ? html`<span class="dot" aria-hidden="true"></span>` : nothing}
      </button>
    </td>`;
  }

  protected override render() {
    const m = this.messages.s;
    const locale = this.messages.locale;
    const first = addMonths(this.month, 0);
    const weeks = monthWeeks(first);
    // Always six rows: the widget keeps its height from month to month.
    while (weeks.length < 6) weeks.push(Array<string | null>(7).fill(null));
    // Column headers Monday…Sunday, named from the dates of the first week.
    const cols = Array.from({ length: 7 }, (_, i) => addDays(first, i - weekday(first)));
    const prevOk = first.slice(0, 7) > this.min.slice(0, 7);
    const nextOk = first.slice(0, 7) < this.max.slice(0, 7);
    return html`
      <div class="head">
        <button
          class="nav"
          aria-label=${m.prevMonth}
          ?disabled=${!prevOk}
          @click=${() => this.moveTo(shiftMonth(this.focusDate, -1), false)}
        >
          ‹
        </button>
        <h3 id="title" aria-live="polite">${formatDay(first, locale, { month: 'long', year: 'numeric' })}</h3>
        <button
          class="nav"
          aria-label=${m.nextMonth}
          ?disabled=${!nextOk}
          @click=${() => this.moveTo(shiftMonth(this.focusDate, 1), false)}
        >
          ›
        </button>
      </div>
      <table
        role="grid"
        part="grid"
        aria-labelledby="title"
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @focusin=${(e: FocusEvent) => this.onFocus(e)}
      >
        <thead>
          <tr>
            ${cols.map(
              (c) =>
                html`<th scope="col" abbr=${formatDay(c, locale, { weekday: 'long' })}>
                  ${formatDay(c, locale, { weekday: 'narrow' })}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (w) =>
              html`<tr aria-hidden=${w.some(Boolean) ? nothing : 'true'}>
                ${w.map((d) => this.renderDay(d))}
              </tr>`,
          )}
        </tbody>
      </table>
      <ul class="legend">
        ${LEGEND.map(
          ([cls, key]) => html`<li><span class="sw ${cls}" aria-hidden="true"></span>${t(this.messages, key)}</li>`,
        )}
      </ul>
    `;
  }
}

// <booking-widget manage-token="…">: the customer's booking from the manage link in their email — what,
// when, how many, what was paid — with the changes the activity's policy allows now: cancel (the refund it
// gives is stated before confirming) and reschedule (a new date on the calendar of the same activity, a new
// time with room for the party, confirmed before it is sent). One lazily loaded chunk, reached through
// door.ts in the paying chunk. The server's /manage/<token> page keeps its script-free forms as the fallback.
import type { ManagedBookingFieldsFragment } from '@slotkit/sdk/generated';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CalendarMonthDetail, CalendarSelectDetail } from '../booking-calendar/booking-calendar.component.ts';
import type { BookingWidget } from '../booking-widget/booking-widget.component.ts';
import type { CalendarDay, Session } from '../internal/types.ts';
import {
  AvailabilityDocument,
  CalendarDocument,
  CancelManagedBookingDocument,
  ManagedBookingDocument,
  RescheduleManagedBookingDocument,
} from './manage-documents.ts';
import { addDays, addMonths, fill, formatDay, formatMoney, formatTime, todayIn } from './manage-format.ts';
import { manageText, type ManageText } from './manage-text.ts';
import styles from './manage.styles.ts';

type Managed = ManagedBookingFieldsFragment;
type Panel = 'none' | 'cancel' | 'move';

/** Looks after one widget in manage mode: loads the booking and sends the changes; `view()` draws it. */
class ManageController implements ReactiveController {
  booking?: Managed;
  failure = '';
  notice = '';
  panel: Panel = 'none';
  busy = false;
  month = '';
  days: Record<string, CalendarDay> = {};
  date = '';
  sessions?: Session[];
  target = '';
  /** Move focus to the panel or heading after the next render. */
  focus = false;

  constructor(private readonly host: BookingWidget) {
    host.addController(this);
  }

  /** A new token replaces this controller. */
  detach(): void {
    this.host.removeController(this);
  }

  private get s(): ManageText {
    return manageText(this.host.localeTag);
  }

  private get token(): string {
    return this.host.manageToken ?? '';
  }

  private get today(): string {
    return todayIn(this.booking?.venue.timezone ?? 'UTC', this.host.clock.now());
  }

  private set(patch: Partial<ManageController>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  private reason(e: unknown): string {
    // The ApiError's code, read by shape: importing the class would make widget.js export it (budget).
    const code = (e as { code?: string } | null)?.code;
    if (code === 'NOT_FOUND') return this.s.notFound;
    if (code === 'NETWORK' || code === 'ORIGIN') return this.s.network;
    return fill(this.s.failed, { reason: e instanceof Error ? e.message : String(e) });
  }

  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(styles.styleSheet!))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    const accent = this.booking?.venue.theme.accentColor;
    if (accent && !this.host.color) this.host.style.setProperty('--slotkit-accent', `#${accent}`);
    if (this.focus) {
      this.focus = false;
      root.querySelector<HTMLElement>('[data-manage-focus]')?.focus();
    }
  }

  async load(): Promise<void> {
    this.set({ booking: undefined, failure: '', notice: '', panel: 'none' });
    try {
      const { managedBooking } = await this.host.flow.q(ManagedBookingDocument, { token: this.token });
      // Back from the pay link's Checkout (`?paid=1`): the webhook may not have marked it paid yet.
      const back = new URLSearchParams(location.search).get('paid') === '1' && managedBooking.amountDueCents > 0;
      this.set({ booking: managedBooking, notice: back ? this.s.paying : '' });
    } catch (e) {
      this.set({ failure: this.reason(e) });
    }
  }

  open(panel: Panel): void {
    this.set({ panel, notice: '', failure: '', focus: true });
    if (panel === 'move' && this.booking) void this.showMonth(this.booking.localDate);
  }

  async showMonth(anyDay: string): Promise<void> {
    const month = addMonths(anyDay < this.today ? this.today : anyDay, 0);
    const from = month < this.today ? this.today : month;
    const to = addDays(addMonths(month, 1), -1);
    this.set({ month });
    try {
      const { calendar } = await this.host.flow.q(
        CalendarDocument,
        { activityId: this.booking!.activityId, from, to },
        true,
      );
      if (this.month === month)
        this.set({ days: { ...this.days, ...Object.fromEntries(calendar.map((d) => [d.date, d])) } });
    } catch (e) {
      this.set({ failure: this.reason(e) });
    }
  }

  async pickDate(date: string): Promise<void> {
    const b = this.booking!;
    this.set({ date, sessions: undefined, target: '' });
    try {
      const { availability } = await this.host.flow.q(AvailabilityDocument, {
        activityId: b.activityId,
        date,
      });
      if (this.date === date) this.set({ sessions: availability.filter((x) => x.id !== b.sessionId) });
    } catch (e) {
      this.set({ failure: this.reason(e) });
    }
  }

  async cancel(): Promise<void> {
    await this.send(async () => {
      const { cancelManagedBooking } = await this.host.flow.q(CancelManagedBookingDocument, {
        token: this.token,
      });
      return { booking: cancelManagedBooking, notice: this.s.cancelled };
    });
  }

  async move(): Promise<void> {
    await this.send(async () => {
      const { rescheduleManagedBooking: b } = await this.host.flow.q(RescheduleManagedBookingDocument, {
        token: this.token,
        sessionId: this.target,
      });
      return { booking: b, notice: fill(this.s.moved, { when: this.when(b.localDate, b.startsAt, b) }) };
    });
  }

  private async send(work: () => Promise<{ booking: Managed; notice: string }>): Promise<void> {
    this.set({ busy: true, failure: '' });
    try {
      const { booking, notice } = await work();
      this.set({ booking, notice, panel: 'none', date: '', sessions: undefined, target: '', focus: true });
    } catch (e) {
      this.set({ failure: this.reason(e) });
    } finally {
      this.set({ busy: false });
    }
  }

  when(date: string, iso: string, b = this.booking!): string {
    const m = this.host.messages;
    return `${formatDay(date, m.locale, { dateStyle: 'full' })}, ${formatTime(iso, m.locale, b.venue.timezone)}`;
  }

  money(cents: number): string {
    return formatMoney(cents, this.host.messages.locale, this.booking!.currency.toUpperCase());
  }

  view(): TemplateResult {
    const s = this.s;
    const b = this.booking;
    if (!b)
      return this.failure
        ? html`<p part="notice" class="notice on error" role="alert">${this.failure}</p>`
        : html`<p class="hint" aria-busy="true">${this.host.messages.s.loading}</p>`;
    const live = b.status === 'CONFIRMED';
    const payUrl = new URL(`/pay/${encodeURIComponent(this.token)}`, this.host.apiUrl).href;
    return html`<section part="manage" class="manage">
      <p class="venue">${b.venue.name}</p>
      <h2 tabindex="-1" ?data-manage-focus=${this.panel === 'none'}>${fill(s.title, { number: b.bookingNumber })}</h2>
      <p class="title" part="header">${b.activityName}</p>
      <dl class="facts">
        <dt>${s.when}</dt>
        <dd>${this.when(b.localDate, b.startsAt)}</dd>
        <dt>${s.party}</dt>
        <dd>${b.partySize}</dd>
        <dt>${s.total}</dt>
        <dd>${this.money(b.totalCents)}</dd>
        <dt>${s.status}</dt>
        <dd><span class="badge ${live ? 'ok' : ''}">${s[b.status as 'CONFIRMED'] ?? b.status}</span></dd>
      </dl>
      ${
        b.amountDueCents > 0
          ? html`<p class="due">
              ${fill(s.due, { amount: this.money(b.amountDueCents) })}
              <a class="button primary" href=${payUrl}>${fill(s.pay, { amount: this.money(b.amountDueCents) })}</a>
            </p>`
          : nothing
      }
      <p class="notice ${this.notice ? 'on info' : ''}" role="status">${this.notice}</p>
      ${this.failure ? html`<p class="notice on error" role="alert">${this.failure}</p>` : nothing}
      ${live ? this.actions(b) : html`<p class="hint">${s.ended}</p>`}
    </section>`;
  }

  private actions(b: Managed): TemplateResult {
    const s = this.s;
    if (this.panel === 'cancel') return this.cancelPanel(b);
    if (this.panel === 'move') return this.movePanel(b);
    const policy = [
      b.cancellation.allowed
        ? fill(s.cancelPolicy, { hours: b.cancellation.freeUntilHours, percent: b.cancellation.refundPercentAfter })
        : s.noCancel,
      b.reschedule.allowed ? fill(s.movePolicy, { hours: b.reschedule.untilHours }) : '',
    ].filter(Boolean);
    return html`<ul class="policy">
        ${policy.map((p) => html`<li>${p}</li>`)}
      </ul>
      ${
        b.canCancel || b.canReschedule
          ? html`<div class="row">
              ${
                b.canReschedule
                  ? html`<button class="primary" @click=${() => this.open('move')}>${s.move}</button>`
                  : nothing
              }
              ${b.canCancel ? html`<button @click=${() => this.open('cancel')}>${s.cancel}</button>` : nothing}
            </div>`
          : html`<p class="hint">${s.noChanges}</p>`
      }`;
  }

  private cancelPanel(b: Managed): TemplateResult {
    const s = this.s;
    const paid = b.totalCents - b.amountDueCents;
    const refund = b.refundCentsIfCancelled;
    const what =
      paid === 0
        ? s.refundUnpaid
        : refund >= paid
          ? fill(s.refundAll, { amount: this.money(refund) })
          : refund > 0
            ? fill(s.refundPart, { amount: this.money(refund), total: this.money(paid) })
            : s.refundNone;
    return html`<div class="panel" role="group" aria-labelledby="cancel-q">
      <h3 id="cancel-q" tabindex="-1" data-manage-focus>${fill(s.cancelQ, { number: b.bookingNumber })}</h3>
      <p>${what}</p>
      <div class="row">
        <button class="primary danger" ?disabled=${this.busy} @click=${() => void this.cancel()}>${s.cancelYes}</button>
        <button ?disabled=${this.busy} @click=${() => this.open('none')}>${s.keep}</button>
      </div>
    </div>`;
  }

  private movePanel(b: Managed): TemplateResult {
    const s = this.s;
    const m = this.host.messages;
    const target = this.sessions?.find((x) => x.id === this.target);
    return html`<div class="panel" role="group" aria-labelledby="move-q">
      <h3 id="move-q" tabindex="-1" data-manage-focus>${s.chooseDate}</h3>
      <booking-calendar
        part="calendar"
        exportparts="grid, day"
        .month=${this.month}
        .days=${this.days}
        .min=${this.today}
        .max=${addDays(this.today, 92)}
        .selected=${this.date}
        .messages=${m}
        @booking-calendar-select=${(e: CustomEvent<CalendarSelectDetail>) => void this.pickDate(e.detail.date)}
        @booking-calendar-month=${(e: CustomEvent<CalendarMonthDetail>) => void this.showMonth(e.detail.month)}
      ></booking-calendar>
      ${this.date ? this.times(b) : nothing}
      ${
        target
          ? html`<p class="confirm-q">
              ${fill(s.moveQ, {
                from: this.when(b.localDate, b.startsAt),
                to: this.when(this.date, target.startsAt),
              })}
            </p>`
          : nothing
      }
      <div class="row">
        ${
          target
            ? html`<button class="primary" ?disabled=${this.busy} @click=${() => void this.move()}>
                ${s.moveYes}
              </button>`
            : nothing
        }
        <button ?disabled=${this.busy} @click=${() => this.open('none')}>${s.back}</button>
      </div>
    </div>`;
  }

  private times(b: Managed): TemplateResult {
    const s = this.s;
    const m = this.host.messages;
    const label = fill(s.times, { date: formatDay(this.date, m.locale, { dateStyle: 'full' }) });
    if (!this.sessions) return html`<p class="hint" aria-busy="true">${m.s.loading}</p>`;
    if (this.sessions.length === 0) return html`<p class="hint">${fill(s.noTimes, { n: b.partySize })}</p>`;
    return html`<section part="slots">
      <h4>${label}</h4>
      <ul class="slots">
        ${this.sessions.map((x) => {
          const fits = x.capacityRemaining >= b.partySize;
          return html`<li>
            <button
              class="slot ${x.id === this.target ? 'on' : ''}"
              aria-disabled=${fits ? 'false' : 'true'}
              aria-pressed=${x.id === this.target ? 'true' : 'false'}
              @click=${() => fits && this.set({ target: x.id })}
            >
              <span class="time">${formatTime(x.startsAt, m.locale, b.venue.timezone)}</span>
              <span class="left">${fill(s.left, { n: x.capacityRemaining })}</span>
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

/** Puts a widget into manage mode for its current token and loads its booking; returns what to render. */
export default function attach(host: BookingWidget): () => TemplateResult {
  controllers.get(host)?.detach();
  const controller = new ManageController(host);
  controllers.set(host, controller);
  void controller.load();
  return () => controller.view();
}

const controllers = new WeakMap<BookingWidget, ManageController>();

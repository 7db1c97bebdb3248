import type { ReactiveController } from 'lit';
import { AvailabilityDocument, CalendarDocument, WidgetConfigDocument } from '@slotkit/sdk/generated';
import { ApiError, request } from '../internal/api.ts';
import { addDays, addMonths, todayIn } from '../internal/dates.ts';
import { emit } from '../internal/events.ts';
import { fill, type MessageKey } from '../internal/i18n.ts';
import { returningSession } from '../internal/page.ts';
import { previewCalendar, previewSessions, sampleConfig } from '../internal/preview.ts';
import type { Activity, Booking, CalendarDay, Reservation, Session, WidgetConfig } from '../internal/types.ts';
import type { BookingWidget } from './booking-widget.component.ts';

export type Step = 'idle' | 'loading' | 'activity' | 'date' | 'tickets' | 'contact' | 'hold' | 'redirect' | 'done';
export type Field = 'name' | 'email' | 'phone' | 'waiver' | 'party';

/** A sentence for the customer: a catalog key (localised) or the server's own text. */
export interface Notice {
  key?: MessageKey;
  text?: string;
  vars?: Record<string, string | number>;
  retry?: () => void;
}

const POLL_MS = 15_000;

/** Choosing: config, activity, month, date, slot, tickets. `BookingFlow` adds the hold and payment. */
export abstract class BrowseFlow implements ReactiveController {
  step: Step = 'idle';
  config?: WidgetConfig;
  activity?: Activity;
  today = '';
  lastDay = '';
  month = '';
  days: Record<string, CalendarDay> = {};
  date = '';
  sessions?: Session[];
  session?: Session;
  qty: Record<string, number> = {};
  form = { name: '', email: '', phone: '' };
  waiver = false;
  errors: Partial<Record<Field, MessageKey>> = {};
  reservation?: Reservation;
  secondsLeft = 0;
  checkoutUrl = '';
  booking?: Booking;
  notice?: Notice;
  busy = false;

  private token = 0;
  protected attemptKey?: string;
  private wsFailed = false;
  protected stops: Record<'live' | 'poll' | 'timer', (() => void) | undefined> = {
    live: undefined,
    poll: undefined,
    timer: undefined,
  };

  constructor(protected readonly host: BookingWidget) {
    host.addController(this);
  }

  /** Re-attached (moved in the DOM): watch the picked date again. */
  hostConnected(): void {
    if (this.date && this.activity && !this.stops.live && !this.stops.poll) this.watch();
  }

  hostDisconnected(): void {
    this.stop('live', 'poll', 'timer');
    this.host.live.close();
  }

  protected stop(...names: ('live' | 'poll' | 'timer')[]) {
    for (const n of names) {
      this.stops[n]?.();
      this.stops[n] = undefined;
    }
  }

  protected update(patch: Partial<BrowseFlow>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  protected q<R, V>(doc: Parameters<typeof request<R, V>>[1], vars: V, get = false): Promise<R> {
    return request(this.host.apiUrl, doc, vars, get);
  }

  /** Turns any failure into a sentence and a `slotkit-error` event. */
  fail(e: unknown, retry?: () => void): void {
    const err = e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL');
    const key: MessageKey =
      err.code === 'NETWORK' || err.code === 'RATE_LIMITED' || err.code === 'NOT_FOUND' ? err.code : 'ERROR';
    const vars = { n: err.retryAfterSeconds ?? 1 };
    this.update({ notice: { key, vars, retry }, busy: false });
    emit(this.host, 'slotkit-error', { code: err.code, message: fill(this.host.messages[key], vars) });
  }

  /** (Re)starts from the element's attributes. */
  async load(): Promise<void> {
    const token = ++this.token;
    const h = this.host;
    this.stop('live', 'poll', 'timer');
    this.update({
      step: 'idle',
      notice: undefined,
      config: undefined,
      activity: undefined,
      reservation: undefined,
      booking: undefined,
    });
    const given = h.config ?? (h.preview && !h.activityId && !h.embedKey ? sampleConfig() : undefined);
    if (!given && !h.activityId && !h.embedKey) return;
    this.update({ step: 'loading' });
    try {
      const vars = { activityId: h.activityId ?? null, embedKey: h.embedKey ?? null };
      const config = given ?? (await this.q(WidgetConfigDocument, vars, true)).widgetConfig;
      if (token !== this.token) return;
      this.config = config;
      const session = h.preview ? null : returningSession();
      if (session) return await this.confirm(session);
      const acts = config.activities;
      const only = acts.find((a) => a.id === h.activityId) ?? (acts.length === 1 ? acts[0] : undefined);
      if (only) await this.chooseActivity(only);
      else this.update({ step: 'activity' });
    } catch (e) {
      if (token === this.token) this.fail(e, () => void this.load());
    }
  }

  async chooseActivity(a: Activity): Promise<void> {
    const today = todayIn(this.config!.venue.timezone, this.host.clock.now());
    this.update({
      activity: a,
      today,
      lastDay: addDays(today, a.schedule.advanceBooking),
      date: '',
      sessions: undefined,
      session: undefined,
      step: 'date',
      days: {},
    });
    await this.showMonth(today);
  }

  backToActivities(): void {
    this.stop('live', 'poll');
    this.update({ step: 'activity', activity: undefined, notice: undefined });
  }

  async showMonth(anyDay: string): Promise<void> {
    const from = addMonths(anyDay, 0);
    this.update({ month: from });
    const to = addDays(addMonths(from, 1), -1);
    try {
      const list = this.offline
        ? previewCalendar(this.activity!, from, to)
        : (await this.q(CalendarDocument, { activityId: this.activity!.id, from, to })).calendar;
      const days = { ...this.days };
      for (const d of list) days[d.date] = d;
      this.update({ days });
    } catch (e) {
      this.fail(e, () => void this.showMonth(anyDay));
    }
  }

  async selectDate(date: string): Promise<void> {
    this.update({ date, sessions: undefined, session: undefined, notice: undefined });
    // Watch before reading: a change committed between the read and the subscription would
    // otherwise show only with the next change (pushes carry whole snapshots, so order is safe).
    this.watch();
    await this.refresh();
  }

  /** Reloads the selected date's sessions (also the polling fallback's tick). */
  async refresh(): Promise<void> {
    const { date } = this;
    try {
      const list = this.offline
        ? previewSessions(this.activity!, date, this.config!.venue.timezone)
        : (await this.q(AvailabilityDocument, { activityId: this.activity!.id, date })).availability;
      if (date === this.date) this.apply(list);
    } catch (e) {
      this.fail(e, () => void this.refresh());
    }
  }

  /** Previewing a given config: nothing about it is asked from the API. */
  private get offline(): boolean {
    return this.host.preview && (!!this.host.config || !(this.host.activityId || this.host.embedKey));
  }

  protected watch(): void {
    this.stop('live', 'poll');
    if (this.offline) return;
    const { date } = this;
    const activityId = this.activity!.id;
    const poll = () => {
      this.wsFailed = true;
      this.stop('live');
      this.stops.poll = this.host.clock.every(POLL_MS, () => void this.refresh());
    };
    if (this.wsFailed) return poll();
    this.stops.live = this.host.live.watch(activityId, date, (s) => date === this.date && this.apply(s), poll);
  }

  /** New sessions for the selected date, from a query, a push or a poll. */
  apply(sessions: Session[]): void {
    const session = this.session && sessions.find((s) => s.id === this.session!.id);
    const day = this.days[this.date];
    const days = day
      ? {
          ...this.days,
          [this.date]: {
            ...day,
            status: sessions.some((s) => s.capacityRemaining > 0) ? 'AVAILABLE' : 'SOLD_OUT',
          } as CalendarDay,
        }
      : this.days;
    this.update({ sessions, days, session: session ?? this.session });
  }

  selectSession(s: Session): void {
    const a = this.activity!;
    const first = a.prices.find((p) => p.tier === 'ADULT') ?? a.prices[0];
    this.attemptKey = undefined;
    this.update({
      session: s,
      qty: first ? { [first.id]: Math.min(a.minParty, s.capacityRemaining) } : {},
      step: 'tickets',
      notice: undefined,
      errors: {},
    });
  }

  get partySize(): number {
    return Object.values(this.qty).reduce((a, b) => a + b, 0);
  }

  get maxParty(): number {
    return Math.min(this.activity!.maxParty, this.session?.capacityRemaining ?? 0);
  }

  get totalCents(): number {
    return this.activity!.prices.reduce((t, p) => t + p.amountCents * (this.qty[p.id] ?? 0), 0);
  }

  /** One more (+1) or one fewer (-1) ticket of a tier, within 0 and the party maximum. */
  addTicket(priceId: string, delta: 1 | -1): void {
    const n = (this.qty[priceId] ?? 0) + delta;
    if (n < 0 || (delta > 0 && this.partySize >= this.maxParty)) return;
    this.attemptKey = undefined;
    this.update({ qty: { ...this.qty, [priceId]: n }, errors: {} });
  }

  setField(f: 'name' | 'email' | 'phone', v: string): void {
    if (f === 'email') this.attemptKey = undefined;
    this.form[f] = v;
  }

  toContact(): void {
    const ok = this.partySize >= this.activity!.minParty && this.partySize <= this.maxParty;
    this.update(ok ? { step: 'contact', errors: {} } : { errors: { party: 'errParty' } });
  }

  protected abstract confirm(checkoutSessionId: string): Promise<void>;

  back(step: Step): void {
    this.update({ step, notice: undefined, errors: {} });
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AvailabilityDocument, CalendarDocument, WidgetConfigDocument } from '@slotkit/sdk/generated';
import { ApiError, forget, request, type ApiErrorCode } from '../internal/api.ts';
import type { Clock } from '../internal/clock.ts';
import { addDays, addMonths, todayIn } from '../internal/dates.ts';
import { emit } from '../internal/events.ts';
import { loadCatalog, messagesFor, t, type MessageKey, type Messages } from '../internal/i18n.ts';
import type { LiveQuery, LiveSource } from '../internal/live.ts';
import {
  cancelUrl,
  instanceOf,
  newKey,
  onHost,
  returnPage,
  successUrl,
  takeBack,
  trips,
  type Back,
} from '../internal/page.ts';
import type { Activity, WidgetConfig } from '../internal/types.ts';
import { initialState, reduce } from './reduce.ts';
import type { FlowEvent, FlowState, Notice, RetryOp } from './state.ts';

/** What the controller needs of its element: attributes in, a few services. */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly activityId?: string;
  readonly embedKey?: string;
  readonly preview: boolean;
  readonly config?: WidgetConfig;
  readonly clock: Clock;
  readonly apiUrl: string;
  readonly live: LiveSource;
  readonly messages: Messages;
  /** The BCP 47 tag the customer reads. */
  readonly localeTag: string;
  navigate(url: string): void;
}

const POLL_MS = 15_000;

/** The sentence of every error code (the generated ErrorCode: a new code does not compile without one). */
const SENTENCE: Record<ApiErrorCode, MessageKey> = {
  NETWORK: 'NETWORK',
  ORIGIN: 'ORIGIN',
  FORBIDDEN: 'ORIGIN', // the origin is allowed for some venue, not this one
  RATE_LIMITED: 'RATE_LIMITED',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'ERROR',
  INTERNAL: 'ERROR',
  PERSISTED_QUERY_NOT_FOUND: 'ERROR',
};

const ticketsOf = ({ activity, qty }: { activity: Activity; qty: Readonly<Record<string, number>> }) =>
  activity.prices.filter((p) => qty[p.id]).map((p) => ({ tier: p.tier, priceId: p.id, quantity: qty[p.id]! }));

/** A failure as the customer's sentence (and the code `slotkit-error` reports). */
export function noticeOf(e: unknown, op?: RetryOp): Notice {
  const err = e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL');
  // A reason with a sentence of its own (HOLD_EXPIRED, NOT_PAID…) says more than the code.
  const reason = err.reason && err.reason in messagesFor('en').s ? (err.reason as MessageKey) : undefined;
  const key: MessageKey = reason ?? SENTENCE[err.code];
  return {
    key,
    vars: { n: err.retryAfterSeconds ?? 1 },
    retry: op && key !== 'NOT_FOUND' && key !== 'ORIGIN' ? { type: 'retry', op } : undefined,
    tone: 'error',
    code: err.reason ?? err.code,
  };
}

/**
 * The flow's I/O, as one ReactiveController: it feeds `reduce` events (the
 * customer's, the API's, the clock's) and keeps the world in step with the
 * state — live watches (or polls), the hold countdown, the trip to Checkout.
 */
export class FlowController implements ReactiveController {
  state: FlowState = initialState();
  private token = 0;
  private wsFailed = false;
  private hostInstance?: string;
  private watches = new Map<string, () => void>();
  private timer?: () => void;
  private offHost?: () => void;

  constructor(private readonly host: FlowHost) {
    host.addController(this);
  }

  readonly dispatch = (e: FlowEvent): void => {
    const prev = this.state;
    // Views do not know the venue's today: events that start afresh get it here.
    if ((e.type === 'again' || e.type === 'pickActivity') && !e.today && 'config' in prev && prev.config) {
      e = { ...e, today: this.today(prev.config) };
    }
    const next = reduce(prev, e);
    this.state = next;
    if (next !== prev) this.host.requestUpdate();
    if (next.notice && next.notice !== prev.notice && next.notice.tone === 'error') {
      const n = next.notice;
      emit(this.host, 'slotkit-error', { code: n.code ?? n.key, message: t(this.host.messages, n.key, n.vars) });
    }
    this.sync();
    void this.effect(e, prev, next);
  };

  hostConnected(): void {
    this.offHost = onHost((h) => {
      this.hostInstance = h.instance;
      const s = this.state;
      if (h.back && (s.step === 'date' || s.step === 'activity')) {
        const back = takeBack(this.instance, this.first);
        if (back) void this.comeBack(back);
      }
    });
    addEventListener('pageshow', this.onPageShow);
    this.sync();
  }

  hostDisconnected(): void {
    this.offHost?.();
    removeEventListener('pageshow', this.onPageShow);
    this.stopAll();
    this.host.live.close();
  }

  /** Back from Checkout with the back button (page restored from the back/forward cache). */
  private onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted && this.state.step === 'redirect') this.dispatch({ type: 'cameBack' });
  };

  get instance(): string {
    return this.hostInstance ?? instanceOf(this.host);
  }

  private get first(): boolean {
    return document.querySelector('booking-widget') === this.host;
  }

  /** Previewing a given config: nothing is asked from the API. */
  private get offline(): boolean {
    const h = this.host;
    return h.preview && (!!h.config || !(h.activityId || h.embedKey));
  }

  private today(config: WidgetConfig): string {
    return todayIn(config.venue.timezone, this.host.clock.now());
  }

  /** One request to the widget's API (the manage chunk sends its own through here too). */
  q<R, V>(doc: Parameters<typeof request<R, V>>[1], vars: V, get = false): Promise<R> {
    return request(this.host.apiUrl, doc, vars, get);
  }

  /** The admin preview's own planner: a chunk of its own, only previews load it. */
  private planner = () => import('../internal/preview.ts');
  /** The paying half's documents (reserve, checkout, confirm, release): a chunk most page views never need. */
  private docs = () => import('./paying-documents.ts');

  private get configVars() {
    return { activityId: this.host.activityId ?? null, embedKey: this.host.embedKey ?? null };
  }

  /** (Re)starts from the element's attributes. */
  async load(): Promise<void> {
    const token = ++this.token;
    const h = this.host;
    this.stopAll();
    this.dispatch({ type: 'reset', preview: h.preview });
    const bare = h.preview && !h.activityId && !h.embedKey;
    if (!h.config && !bare && !h.activityId && !h.embedKey) return;
    const local = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, h.clock.now());
    this.dispatch({ type: 'load', venueMode: !h.activityId && !h.config && !bare, today: local });
    try {
      const given = h.config ?? (bare ? (await this.planner()).sampleConfig() : undefined);
      const [answer] = await Promise.all([
        given ?? this.q(WidgetConfigDocument, this.configVars, true).then((r) => r.widgetConfig),
        loadCatalog(h.localeTag),
      ]);
      const config = answer;
      if (token !== this.token) return;
      const back = h.preview ? null : takeBack(this.instance, this.first);
      this.dispatch({ type: 'loaded', config, today: this.today(config), activityId: h.activityId });
      if (back) await this.comeBack(back);
      else await this.open();
    } catch (e) {
      if (token === this.token) this.dispatch({ type: 'failed', notice: noticeOf(e, 'load') });
    }
  }

  /** The days of the month shown, and the times of the chosen date, if any. */
  private async open(): Promise<void> {
    const s = this.state;
    if (!('activity' in s)) return;
    await Promise.all([this.fetchMonth(), s.date ? this.fetchTimes() : undefined]);
  }

  private async comeBack(back: Back): Promise<void> {
    const s = this.state;
    if (!('config' in s) || !s.config) return;
    const today = this.today(s.config);
    if (back.cancelled) {
      const trip = trips.take(this.instance);
      // Cancelled at Checkout: the seats go back at once, not when the hold runs out.
      const { ReleaseReservationDocument } = await this.docs();
      await this.q(ReleaseReservationDocument, { reservationId: trip?.reservationId ?? back.session }).catch(() => {});
      this.dispatch({ type: 'paymentCancelled', trip, today });
      return this.open();
    }
    this.dispatch({ type: 'confirming' });
    try {
      const { ConfirmCheckoutDocument } = await this.docs();
      const { confirmCheckout } = await this.q(ConfirmCheckoutDocument, { checkoutSessionId: back.session });
      trips.take(this.instance);
      this.dispatch({ type: 'booked', booking: confirmCheckout });
      emit(this.host, 'slotkit-booked', confirmCheckout);
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT')) {
        // Someone else's, an old or a made-up session: say so here, and book as usual.
        this.dispatch({ type: 'unknownReturn', today });
        return this.open();
      }
      this.retryConfirm = back;
      this.dispatch({ type: 'failed', notice: noticeOf(e, 'confirm') });
    }
  }

  private retryConfirm?: Back;

  private async effect(e: FlowEvent, prev: FlowState, next: FlowState): Promise<void> {
    switch (e.type) {
      case 'pickActivity':
      case 'again':
        return this.open();
      case 'showMonth':
        return this.fetchMonth();
      case 'pickDate':
        return this.fetchTimes();
      case 'submit':
        if (next.step === 'contact' && next.busy && !(prev.step === 'contact' && prev.busy)) return this.reserve();
        return;
      case 'pay':
        if (next.step === 'hold' && next.busy && !(prev.step === 'hold' && prev.busy)) return this.pay();
        return;
      case 'soldOut':
        return this.fetchTimes();
      case 'promo':
      case 'ticket':
        // Apply, or other tickets under an applied code (a percent depends on them).
        if (e.type === 'promo' ? e.quote : 'promo' in next && next.promo) return this.quote();
        return;
      case 'cancelHold':
        if ('reservation' in prev) {
          const { ReleaseReservationDocument } = await this.docs();
          await this.q(ReleaseReservationDocument, { reservationId: prev.reservation.id }).catch(() => {
            // The sweeper releases it within the hold anyway; nothing for the customer to do.
          });
        }
        return this.fetchTimes();
      case 'tick':
        if (prev.step === 'hold' && next.step !== 'hold') return this.fetchTimes();
        return;
      case 'retry':
        return this.retry(e.op);
      default:
        return;
    }
  }

  private retry(op: RetryOp): Promise<void> | void {
    switch (op) {
      case 'load':
        return this.load();
      case 'confirm':
        return this.retryConfirm && this.comeBack(this.retryConfirm);
      case 'month':
        return this.fetchMonth();
      case 'times':
        return this.fetchTimes();
      case 'reserve':
        return this.dispatch({ type: 'submit', key: newKey() });
      case 'pay':
        return this.dispatch({ type: 'pay' });
    }
  }

  private async fetchMonth(): Promise<void> {
    const s = this.state;
    if (!('activity' in s)) return;
    const { activity, month } = s;
    const to = addDays(addMonths(month, 1), -1);
    try {
      const days = this.offline
        ? (await this.planner()).planCalendar(activity, month, to, s.config.venue.timezone)
        : (await this.q(CalendarDocument, { activityId: activity.id, from: month, to })).calendar;
      this.dispatch({ type: 'days', days });
    } catch (e) {
      this.dispatch({ type: 'failed', notice: noticeOf(e, 'month') });
    }
  }

  /** Reloads the chosen date's times (also the polling fallback's tick). */
  private async fetchTimes(): Promise<void> {
    const s = this.state;
    if (!('activity' in s) || !s.date) return;
    const { activity, date, config } = s;
    try {
      const sessions = this.offline
        ? (await this.planner()).planSessions(activity, date, config.venue.timezone)
        : (await this.q(AvailabilityDocument, { activityId: activity.id, date })).availability;
      this.dispatch({ type: 'sessions', date, sessions });
    } catch (e) {
      this.dispatch({ type: 'failed', notice: noticeOf(e, 'times') });
    }
  }

  /** Asks the server what the tickets cost with the code (the paying chunk does the asking). */
  private async quote(): Promise<void> {
    const s = this.state;
    if (s.step !== 'tickets') return;
    try {
      const { quotePromo } = await this.docs();
      this.dispatch(await quotePromo((doc, vars) => this.q(doc, vars), s, ticketsOf(s)));
    } catch (e) {
      this.dispatch({ type: 'failed', notice: noticeOf(e) });
    }
  }

  private async reserve(): Promise<void> {
    const s = this.state;
    if (s.step !== 'contact') return;
    if (s.preview) return this.dispatch({ type: 'failed', notice: { key: 'preview', tone: 'info' } });
    const { activity, form } = s;
    const tickets = ticketsOf(s);
    try {
      const { ReserveSlotDocument } = await this.docs();
      const { reserveSlot: r } = await this.q(ReserveSlotDocument, {
        input: {
          sessionId: s.session.id,
          tickets,
          email: form.email.trim(),
          idempotencyKey: s.attempt!,
          waiverAccepted: activity.schedule.requiresWaiver ? form.waiver : null,
          minAgeAccepted: activity.schedule.minAge ? form.minAge : null,
          locale: this.host.messages.lang,
          promoCode: s.promo?.code ?? null,
        },
      });
      if (r.__typename === 'Reservation') {
        this.dispatch({ type: 'reserved', reservation: r, now: this.host.clock.now() });
        const { id, sessionId, partySize, expiresAt, totalCents, currency } = r;
        emit(this.host, 'slotkit-reserved', { id, sessionId, partySize, expiresAt, totalCents, currency });
      } else if (r.__typename === 'SlotUnavailable') {
        this.dispatch({ type: 'soldOut', remaining: r.remaining });
      } else {
        this.dispatch({ type: 'refused', reason: r.reason, retryAfterSeconds: r.retryAfterSeconds });
      }
    } catch (e) {
      this.dispatch({ type: 'failed', notice: noticeOf(e, 'reserve') });
    }
  }

  private async pay(): Promise<void> {
    const s = this.state;
    if (s.step !== 'hold') return;
    const { name, email, phone } = s.form;
    const page = returnPage();
    const reservationId = s.reservation.id;
    try {
      const { CreateCheckoutDocument } = await this.docs();
      const { createCheckout } = await this.q(CreateCheckoutDocument, {
        input: {
          reservationId,
          customer: { name: name.trim(), email: email.trim(), phone: phone.trim() || null },
          successUrl: successUrl(page, this.instance),
          cancelUrl: cancelUrl(page, this.instance, reservationId),
        },
      });
      trips.save(this.instance, { reservationId, activityId: s.activity.id, date: s.date });
      this.dispatch({ type: 'redirecting', url: createCheckout.url });
      this.host.navigate(createCheckout.url);
    } catch (e) {
      const ended = e instanceof ApiError && (e.reason === 'HOLD_EXPIRED' || e.reason === 'HOLD_ENDED');
      if (ended) this.dispatch({ type: 'tick', now: Number.MAX_SAFE_INTEGER });
      else this.dispatch({ type: 'failed', notice: noticeOf(e, 'pay') });
    }
  }

  /** What should be watched for this state: the config, the month shown, the chosen date. */
  private wanted(): Map<string, LiveQuery> {
    const s = this.state;
    const want = new Map<string, LiveQuery>();
    if (this.offline || !this.host.isConnected) return want;
    if ((s.step === 'activity' || 'activity' in s) && s.step !== 'redirect') {
      const q: LiveQuery = { kind: 'config', ...this.configVars };
      want.set('config', q);
    }
    if ('activity' in s && s.step !== 'redirect') {
      const { id } = s.activity;
      const to = addDays(addMonths(s.month, 1), -1);
      want.set(`calendar:${id}:${s.month}`, { kind: 'calendar', activityId: id, from: s.month, to });
      if (s.date) want.set(`availability:${id}:${s.date}`, { kind: 'availability', activityId: id, date: s.date });
    }
    return want;
  }

  /** Keeps watches (or polls) and the countdown in step with the state. */
  private sync(): void {
    const want = this.wanted();
    for (const [key, stop] of this.watches) {
      if (!want.has(key)) {
        stop();
        this.watches.delete(key);
      }
    }
    for (const [key, q] of want) if (!this.watches.has(key)) this.watches.set(key, this.watch(q));
    const counting = this.state.step === 'hold' && this.host.isConnected;
    if (counting && !this.timer) {
      this.timer = this.host.clock.every(1000, () => this.dispatch({ type: 'tick', now: this.host.clock.now() }));
    } else if (!counting && this.timer) {
      this.timer();
      this.timer = undefined;
    }
  }

  private watch(q: LiveQuery): () => void {
    if (this.wsFailed) return this.poll(q);
    return this.host.live.watch(
      q,
      (data) => {
        if (q.kind === 'availability') this.dispatch({ type: 'sessions', date: q.date, sessions: data as never });
        else if (q.kind === 'calendar') this.dispatch({ type: 'days', days: data as never });
        else {
          const config = data as WidgetConfig;
          forget(this.host.apiUrl, WidgetConfigDocument, this.configVars);
          this.dispatch({ type: 'configChanged', config, today: this.today(config) });
        }
      },
      () => {
        // WebSockets blocked: every watch turns into a poll for the rest of the visit.
        if (this.wsFailed) return;
        this.wsFailed = true;
        for (const stop of this.watches.values()) stop();
        this.watches.clear();
        this.sync();
      },
    );
  }

  private poll(q: LiveQuery): () => void {
    if (q.kind === 'config') return () => {};
    return this.host.clock.every(POLL_MS, () => void (q.kind === 'calendar' ? this.fetchMonth() : this.fetchTimes()));
  }

  private stopAll(): void {
    for (const stop of this.watches.values()) stop();
    this.watches.clear();
    this.timer?.();
    this.timer = undefined;
  }
}

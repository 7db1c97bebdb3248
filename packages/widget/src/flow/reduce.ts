// The flow's one state machine: a pure function of (state, event). The
// controller feeds it events (the customer's and the API's) and does the I/O.
import { addDays, addMonths } from '../internal/dates.ts';
import type { Activity, CalendarDay, Session, WidgetConfig } from '../internal/types.ts';
import { maxParty, partySize } from './selectors.ts';
import type { Browse, Errors, FlowEvent, FlowState, Form, Held, Notice, Picked } from './state.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,20}$/;
const EMPTY_FORM: Form = { name: '', email: '', phone: '', waiver: false, minAge: false };
/** A hold's countdown never claims more than this, whatever the clocks say. */
const MAX_HOLD_MS = 120 * 60_000;

export const initialState = (preview = false): FlowState => ({ step: 'idle', preview });

const error = (key: Notice['key'], vars?: Notice['vars'], retry?: FlowEvent, code: string = key): Notice => ({
  key,
  vars,
  retry,
  tone: 'error',
  code,
});

function browse(
  config: WidgetConfig,
  activity: Activity,
  today: string,
  preview: boolean,
  form: Form = EMPTY_FORM,
): Browse & { step: 'date' } {
  return {
    step: 'date',
    preview,
    config,
    activity,
    today,
    lastDay: addDays(today, activity.schedule.advanceBooking),
    month: addMonths(today, 0),
    days: {},
    form,
  };
}

/** Back to the times of the chosen date, keeping what the customer typed. */
function toTimes(s: Browse, notice?: Notice): FlowState {
  return {
    step: 'date',
    preview: s.preview,
    config: s.config,
    activity: s.activity,
    today: s.today,
    lastDay: s.lastDay,
    month: s.month,
    days: s.days,
    date: s.date,
    sessions: s.sessions,
    form: s.form,
    notice,
  };
}

function validate(s: Picked): Errors {
  const { name, email, phone, waiver, minAge } = s.form;
  const errors: Partial<Record<keyof Errors, Notice['key']>> = {};
  if (!name.trim()) errors.name = 'errName';
  if (!EMAIL.test(email.trim())) errors.email = 'errEmail';
  if (phone.trim() && !PHONE.test(phone.trim())) errors.phone = 'errPhone';
  if (s.activity.schedule.requiresWaiver && !waiver) errors.waiver = 'errWaiver';
  if (s.activity.schedule.minAge && !minAge) errors.minAge = 'errMinAge';
  return errors;
}

/** A date's times arrived (query, push or poll): the day's status follows, and a time that sold out is announced. */
function withSessions(
  s: Browse,
  date: string,
  sessions: readonly Session[],
): Partial<Browse> & { days: Browse['days'] } {
  const day = s.days[date];
  const open = sessions.some((x) => x.capacityRemaining > 0);
  const days: Record<string, CalendarDay> =
    day && day.status !== 'BLOCKED' && day.status !== 'CLOSED'
      ? { ...s.days, [date]: { ...day, status: open ? 'AVAILABLE' : 'SOLD_OUT' } }
      : { ...s.days };
  const gone = (s.date === date ? (s.sessions ?? []) : []).find(
    (old) => old.capacityRemaining > 0 && sessions.some((x) => x.id === old.id && x.capacityRemaining <= 0),
  );
  return { days, sessions, announce: gone ? gone.startsAt : undefined };
}

function onConfig(s: FlowState, config: WidgetConfig, today: string): FlowState {
  if (!('config' in s) || !s.config) return s;
  if (!('activity' in s)) return { ...s, config };
  const activity = config.activities.find((a) => a.id === s.activity.id);
  // The activity left the venue: back to choosing.
  if (!activity) return { step: 'activity', preview: s.preview, config };
  const next = { ...s, config, activity, lastDay: addDays(today, activity.schedule.advanceBooking) };
  if (next.step !== 'tickets' && next.step !== 'contact') return next;
  // Prices changed while choosing tickets: drop tiers that are gone.
  const qty = Object.fromEntries(Object.entries(next.qty).filter(([id]) => activity.prices.some((p) => p.id === id)));
  return { ...next, qty };
}

export function reduce(s: FlowState, e: FlowEvent): FlowState {
  switch (e.type) {
    case 'reset':
      return initialState(e.preview);
    case 'load':
      return { step: 'loading', preview: s.preview, venueMode: e.venueMode, today: e.today };
    case 'loaded': {
      const only =
        e.config.activities.find((a) => a.id === e.activityId) ??
        (e.config.activities.length === 1 ? e.config.activities[0] : undefined);
      return only
        ? browse(e.config, only, e.today, s.preview)
        : { step: 'activity', preview: s.preview, config: e.config };
    }
    case 'failed':
      return { ...s, notice: e.notice, ...('busy' in s ? { busy: false } : {}) };
    case 'dismiss':
    case 'retry':
      return { ...s, notice: undefined };
    case 'configChanged':
      return onConfig(s, e.config, e.today);
    case 'pickActivity': {
      if (!('config' in s) || !s.config) return s;
      const a = s.config.activities.find((x) => x.id === e.activityId);
      return a ? browse(s.config, a, e.today, s.preview, 'form' in s ? s.form : EMPTY_FORM) : s;
    }
    case 'backToActivities':
      return 'config' in s && s.config ? { step: 'activity', preview: s.preview, config: s.config } : s;
    case 'again':
    case 'unknownReturn':
    case 'paymentCancelled': {
      const config = 'config' in s ? s.config : undefined;
      if (!config) return s;
      const trip = e.type === 'paymentCancelled' ? e.trip : undefined;
      const notice: Notice | undefined =
        e.type === 'again'
          ? undefined
          : e.type === 'unknownReturn'
            ? error('UNKNOWN_RETURN')
            : { key: 'PAYMENT_CANCELLED', tone: 'info' };
      const a =
        config.activities.find((x) => x.id === trip?.activityId) ??
        (config.activities.length === 1 ? config.activities[0] : undefined);
      if (!a) return { step: 'activity', preview: s.preview, config, notice };
      const fresh = browse(config, a, e.today, s.preview);
      const date = trip && trip.date >= fresh.today && trip.date <= fresh.lastDay ? trip.date : undefined;
      return { ...fresh, month: date ? addMonths(date, 0) : fresh.month, date, notice };
    }
    case 'confirming':
      return { step: 'confirming', preview: s.preview, config: 'config' in s ? s.config : undefined };
    case 'booked':
      return { step: 'done', preview: s.preview, config: 'config' in s ? s.config : undefined, booking: e.booking };
    default:
      return browsing(s, e);
  }
}

/** Events that only mean something once an activity is open. */
function browsing(s: FlowState, e: FlowEvent): FlowState {
  if (!('activity' in s)) return s;
  switch (e.type) {
    case 'showMonth':
      return { ...s, month: addMonths(e.month, 0) };
    case 'days': {
      const days = { ...s.days };
      for (const d of e.days) days[d.date] = d;
      return { ...s, days };
    }
    case 'pickDate':
      if (s.step !== 'date' && s.step !== 'tickets') return s;
      return { ...toTimes(s), date: e.date, sessions: undefined, notice: undefined } as FlowState;
    case 'sessions': {
      const changed = withSessions(s, e.date, e.sessions);
      if (s.date !== e.date) return { ...s, days: changed.days };
      if (s.step === 'date') return { ...s, ...changed };
      // While the slot is chosen, its seats follow too.
      const session = e.sessions.find((x) => x.id === s.session.id) ?? s.session;
      return { ...s, ...changed, session };
    }
    case 'pickSession': {
      if ((s.step !== 'date' && s.step !== 'tickets') || !s.sessions || !s.date) return s;
      const session = s.sessions.find((x) => x.id === e.sessionId);
      if (!session || session.capacityRemaining <= 0) return s;
      const first = s.activity.prices.find((p) => p.tier === 'ADULT') ?? s.activity.prices[0];
      const qty = first ? { [first.id]: Math.min(s.activity.minParty, session.capacityRemaining) } : {};
      return {
        ...s,
        step: 'tickets',
        date: s.date,
        sessions: s.sessions,
        session,
        qty,
        errors: {},
        busy: false,
        notice: undefined,
        announce: undefined,
      };
    }
    case 'back':
      if (s.step === 'tickets') return toTimes(s);
      if (s.step === 'contact') return { ...s, step: 'tickets', errors: {}, notice: undefined };
      return s;
    default:
      return 'session' in s ? picked(s, e) : s;
  }
}

function picked(s: Extract<FlowState, Picked>, e: FlowEvent): FlowState {
  switch (e.type) {
    case 'ticket': {
      if (s.step !== 'tickets') return s;
      const n = (s.qty[e.priceId] ?? 0) + e.delta;
      if (n < 0 || (e.delta > 0 && partySize(s) >= maxParty(s))) return s;
      return { ...s, qty: { ...s.qty, [e.priceId]: n }, errors: {}, attempt: undefined };
    }
    case 'promo':
      // A changed code is another request: a new idempotency key.
      return { ...s, ...e.patch, attempt: undefined };
    case 'toContact': {
      if (s.step !== 'tickets') return s;
      const n = partySize(s);
      const ok = n >= s.activity.minParty && n <= maxParty(s);
      return ok ? { ...s, step: 'contact', errors: {} } : { ...s, errors: { party: 'errParty' } };
    }
    case 'field': {
      if (s.step !== 'contact') return s;
      // A changed email is another request: a new idempotency key.
      const attempt = e.name === 'email' ? undefined : s.attempt;
      return { ...s, form: { ...s.form, [e.name]: e.value }, attempt };
    }
    case 'submit': {
      if (s.step !== 'contact' || s.busy) return s;
      const errors = validate(s);
      if (Object.keys(errors).length) return { ...s, errors };
      return { ...s, errors, busy: true, notice: undefined, attempt: s.attempt ?? e.key };
    }
    case 'reserved': {
      if (s.step !== 'contact') return s;
      const expires = Date.parse(e.reservation.expiresAt);
      const deadline = Math.min(Math.max(expires, e.now + 1000), e.now + MAX_HOLD_MS);
      return { ...s, step: 'hold', reservation: e.reservation, deadline, now: e.now, busy: false, attempt: undefined };
    }
    case 'soldOut':
      return toTimes({ ...s, sessions: s.sessions }, error('SOLD_OUT_ERR', { n: e.remaining }, undefined, 'SOLD_OUT'));
    case 'refused': {
      // Each InvalidReservation reason has its own sentence (an unknown one reads as ERROR: see `t`).
      const notice = error(e.reason as Notice['key'], { n: e.retryAfterSeconds ?? 60 }, undefined, e.reason);
      if (e.reason === 'SESSION_CLOSED' || e.reason === 'SESSION_STARTED') return toTimes(s, notice);
      return { ...s, busy: false, attempt: undefined, notice };
    }
    default:
      return 'reservation' in s ? held(s, e) : s;
  }
}

function held(s: Extract<FlowState, Held>, e: FlowEvent): FlowState {
  switch (e.type) {
    case 'tick':
      if (s.step !== 'hold') return s;
      if (e.now >= s.deadline) return toTimes(s, error('HOLD_EXPIRED'));
      return { ...s, now: e.now };
    case 'cancelHold':
      return toTimes(s, { key: 'released', tone: 'info' });
    case 'pay':
      return s.step === 'hold' && !s.busy ? { ...s, busy: true, notice: undefined } : s;
    case 'redirecting':
      return { ...s, step: 'redirect', checkoutUrl: e.url, busy: false };
    case 'cameBack':
      // Back from Checkout with the browser's back button: the hold may still run.
      return s.step === 'redirect' ? { ...s, step: 'hold' } : s;
    default:
      return s;
  }
}

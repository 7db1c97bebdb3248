// The widget's flow as data: one union keyed on `step`, changed only by
// `reduce(state, event)` (reduce.ts). I/O lives in controller.ts.
import type { MessageKey } from '../internal/i18n.ts';
import type { Trip } from '../internal/page.ts';
import type { Activity, Booking, CalendarDay, Reservation, Session, WidgetConfig } from '../internal/types.ts';

export type Field = 'name' | 'email' | 'phone' | 'waiver' | 'minAge' | 'party';
export type Errors = Readonly<Partial<Record<Field, MessageKey>>>;

export interface Form {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly waiver: boolean;
  readonly minAge: boolean;
}

/** A sentence for the customer; `retry` is the event its "Try again" sends. */
export interface Notice {
  readonly key: MessageKey;
  readonly vars?: Readonly<Record<string, string | number>>;
  readonly retry?: FlowEvent;
  /** error: also a `slotkit-error` event (with `code`); info: news such as "payment cancelled". */
  readonly tone: 'error' | 'info';
  readonly code?: string;
}

interface Base {
  readonly notice?: Notice;
  /** Admin preview: nothing is reserved. */
  readonly preview: boolean;
}

interface Loaded extends Base {
  readonly config: WidgetConfig;
}

/** Choosing: an activity, its month, a date and its times. */
export interface Browse extends Loaded {
  readonly activity: Activity;
  /** Venue-local today and the last bookable day. */
  readonly today: string;
  readonly lastDay: string;
  /** First day of the month shown. */
  readonly month: string;
  readonly days: Readonly<Record<string, CalendarDay>>;
  readonly date?: string;
  /** Times of `date`; undefined while loading. */
  readonly sessions?: readonly Session[];
  /** Polite news for screen readers (a time sold out while shown). */
  readonly announce?: string;
  readonly form: Form;
}

export interface Picked extends Browse {
  readonly date: string;
  readonly sessions: readonly Session[];
  readonly session: Session;
  readonly qty: Readonly<Record<string, number>>;
  readonly errors: Errors;
  /** Idempotency key of the current hold attempt, reused when the same attempt is retried. */
  readonly attempt?: string;
  readonly busy: boolean;
  /** The promo code field; `promo` is the server's quote once Apply succeeded (its code goes with the hold). */
  readonly promoCode?: string;
  readonly promo?: PromoQuote;
  /** The server refused the code (quote or hold): the field says so. */
  readonly promoError?: boolean;
}

/**
 * A change to the promo code part of a choice. One event for all of them keeps widget.js small: the
 * paying chunk (views, quote) decides what changes; `quote` asks the server for the discount.
 */
export type PromoPatch = Partial<Pick<Picked, 'promoCode' | 'promo' | 'promoError'>>;

export interface PromoQuote {
  readonly code: string;
  readonly discountCents: number;
  readonly totalCents: number;
}

export interface Held extends Picked {
  readonly reservation: Reservation;
  /** When the hold ends (the server's expiresAt) and the clock's last tick, both ms. */
  readonly deadline: number;
  readonly now: number;
}

export type FlowState =
  | ({ readonly step: 'idle' } & Base)
  | ({ readonly step: 'loading'; readonly venueMode: boolean; readonly today: string } & Base)
  | ({ readonly step: 'activity' } & Loaded)
  | ({ readonly step: 'date' } & Browse)
  | ({ readonly step: 'tickets' } & Picked)
  | ({ readonly step: 'contact' } & Picked)
  | ({ readonly step: 'hold' } & Held)
  | ({ readonly step: 'redirect'; readonly checkoutUrl: string } & Held)
  | ({ readonly step: 'confirming'; readonly config?: WidgetConfig } & Base)
  | ({ readonly step: 'done'; readonly booking: Booking; readonly config?: WidgetConfig } & Base);

export type Step = FlowState['step'];

/** What a notice's "Try again" redoes. */
export type RetryOp = 'load' | 'confirm' | 'month' | 'times' | 'reserve' | 'pay';

export type FlowEvent =
  | { readonly type: 'reset'; readonly preview: boolean }
  | { readonly type: 'load'; readonly venueMode: boolean; readonly today: string }
  | {
      readonly type: 'loaded';
      readonly config: WidgetConfig;
      readonly today: string;
      /** The activity to open at once (single-activity mode), if any. */
      readonly activityId?: string;
    }
  | { readonly type: 'failed'; readonly notice: Notice }
  | { readonly type: 'dismiss' }
  | { readonly type: 'retry'; readonly op: RetryOp }
  | { readonly type: 'pickActivity'; readonly activityId: string; readonly today: string }
  | { readonly type: 'backToActivities' }
  | { readonly type: 'showMonth'; readonly month: string }
  | { readonly type: 'days'; readonly days: readonly CalendarDay[] }
  | { readonly type: 'pickDate'; readonly date: string }
  | { readonly type: 'sessions'; readonly date: string; readonly sessions: readonly Session[] }
  | { readonly type: 'pickSession'; readonly sessionId: string }
  | { readonly type: 'ticket'; readonly priceId: string; readonly delta: 1 | -1 }
  | { readonly type: 'toContact' }
  | { readonly type: 'promo'; readonly patch: PromoPatch; readonly quote?: boolean }
  | { readonly type: 'back' }
  | { readonly type: 'field'; readonly name: keyof Form; readonly value: string | boolean }
  | { readonly type: 'submit'; readonly key: string }
  | { readonly type: 'reserved'; readonly reservation: Reservation; readonly now: number }
  | { readonly type: 'soldOut'; readonly remaining: number }
  | { readonly type: 'refused'; readonly reason: string; readonly retryAfterSeconds?: number | null }
  | { readonly type: 'tick'; readonly now: number }
  | { readonly type: 'cancelHold' }
  | { readonly type: 'pay' }
  | { readonly type: 'redirecting'; readonly url: string }
  | { readonly type: 'cameBack' }
  | { readonly type: 'confirming' }
  | { readonly type: 'booked'; readonly booking: Booking }
  | { readonly type: 'paymentCancelled'; readonly trip?: Trip; readonly today: string }
  | { readonly type: 'unknownReturn'; readonly today: string }
  | { readonly type: 'again'; readonly today: string }
  | { readonly type: 'configChanged'; readonly config: WidgetConfig; readonly today: string };

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import '../booking-calendar/booking-calendar.ts';
import { FlowController } from '../flow/controller.ts';
import type { FlowState } from '../flow/state.ts';
import { realClock, type Clock } from '../internal/clock.ts';
import { hexColor, readableOn } from '../internal/color.ts';
import { formatTime } from '../internal/dates.ts';
import { loadCatalog, messagesFor, t, type Messages } from '../internal/i18n.ts';
import { wsLiveSource, type LiveSource } from '../internal/live.ts';
import { navigateTop, newKey } from '../internal/page.ts';
import type { WidgetConfig } from '../internal/types.ts';
import { activityStep, dateStep } from '../views/browse.ts';
import { confirmingStep } from '../views/confirming.ts';
import { notice, skeleton } from '../views/shared.ts';
import type * as PayingViews from '../views/paying.ts';
import styles from './booking-widget.styles.ts';

const DEFAULT_ACCENT = '#4338ca';
/** The paying steps' views, loaded with the first ticket choice or Checkout return. */
let paying: typeof PayingViews | undefined;
let payingLoad: Promise<unknown> | undefined;

/**
 * @summary Books a slot of an activity: calendar → time → tickets → details → hold → Stripe Checkout → confirmation.
 *
 * @fires slotkit-reserved - Seats are held; `detail` is the reservation (id, partySize, expiresAt, total).
 * @fires slotkit-booked - Payment confirmed; `detail` is the booking with its `bookingNumber`.
 * @fires slotkit-error - Something the customer sees as an error; `detail` = `{ code, message }`.
 *
 * @csspart base - The widget's box.
 * @csspart header - The activity's name.
 * @csspart details - The activity's picture, facts and description.
 * @csspart notice - Error and status sentences.
 * @csspart activities - The activity picker (venue mode).
 * @csspart calendar - The month calendar.
 * @csspart grid - The calendar's table of days.
 * @csspart day - A day of the calendar.
 * @csspart slots - The times of the chosen date.
 * @csspart tickets - Ticket steppers and total.
 * @csspart summary - The chosen date, time, tickets and total.
 * @csspart contact - The contact form.
 * @csspart hold - The countdown while seats are held.
 * @csspart success - The confirmation with the booking number.
 *
 * @cssproperty --slotkit-accent - Accent colour, #rrggbb (the `color` attribute wins).
 * @cssproperty --slotkit-accent-text - Text over the accent (default: black or white, whichever contrasts more).
 * @cssproperty --slotkit-radius - Corner radius (default: the venue's, else 10px).
 * @cssproperty --slotkit-font - Font family (default: the venue's, else the system UI font).
 * @cssproperty --slotkit-font-size - Base text size; the type scale derives from it (default 15px).
 * @cssproperty --slotkit-space - Spacing unit; every gap is a multiple (default 4px).
 * @cssproperty --slotkit-bg - Background colour.
 * @cssproperty --slotkit-fg - Text colour.
 */
export class BookingWidget extends LitElement {
  static override styles = styles;
  // Properties without decorators: no decorator helpers in the bundle (budget).
  static override properties = {
    activityId: { attribute: 'activity-id', reflect: true },
    embedKey: { attribute: 'embed-key', reflect: true },
    api: { reflect: true },
    theme: { reflect: true },
    color: { reflect: true },
    locale: { reflect: true },
    preview: { type: Boolean, reflect: true },
    manageToken: { attribute: 'manage-token' },
    config: { attribute: false },
    clock: { attribute: false },
    liveSource: { attribute: false },
    navigate: { attribute: false },
  };

  /** One activity to book (single-activity mode). */
  activityId?: string;
  /** A venue's embed key: the customer first picks one of its activities. */
  embedKey?: string;
  /** GraphQL endpoint; default: `/graphql` on the origin that served widget.js. */
  api?: string;
  /** Colour scheme; default: the venue's theme. */
  theme?: 'light' | 'dark';
  /** Accent colour as hex without '#', e.g. `0f766e`. */
  color?: string;
  /** BCP 47 language tag (en, es, de catalogs); default: the page's `lang`, then the browser's. */
  locale?: string;
  /** Admin preview: renders everything, reserves nothing. */
  preview = false;
  /** The token of a manage link: shows that booking with the changes its policy allows (manage mode). */
  manageToken?: string;
  /** A configuration to render instead of fetching one (admin preview of unsaved settings). */
  config?: WidgetConfig;
  /** Time source (tests inject a manual clock). */
  clock: Clock = realClock;
  /** Push channel for live data; default: graphql-ws on `api`. */
  liveSource?: LiveSource;
  /** Opens Stripe Checkout; default: top-level navigation, else a new tab. */
  navigate: (url: string) => void = navigateTop;

  /** @internal */
  readonly flow = new FlowController(this);
  private defaultLive?: LiveSource;
  private shown = '';

  get apiUrl(): string {
    return this.api || new URL('/graphql', import.meta.url).href;
  }

  /** @internal */
  get live(): LiveSource {
    return this.liveSource ?? (this.defaultLive ??= wsLiveSource(this.apiUrl));
  }

  /** @internal The customer's language tag. */
  get localeTag(): string {
    return this.locale || document.documentElement.lang || navigator.language || 'en';
  }

  /** @internal The catalog of that language (English until its chunk arrived). */
  get messages(): Messages {
    return messagesFor(this.localeTag);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) void loadCatalog(this.localeTag).then(() => this.requestUpdate());
    if (changed.has('api')) {
      this.defaultLive?.close();
      this.defaultLive = undefined;
    }
    // `preview` too: a bare <booking-widget preview> (the /embed preview page) has no other attribute to start it.
    if (['activityId', 'embedKey', 'api', 'config', 'preview'].some((k) => changed.has(k as keyof BookingWidget))) {
      void this.flow.load();
    }
  }

  protected override updated(): void {
    this.applyTheme();
    // The paying views' styles arrive with their chunk: adopted (constructable, so CSP-safe) next to ours.
    const sheet = paying?.styles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Focus follows the flow: a new step's heading, the times of a new date, the first field to fix.
    const s = this.flow.state;
    const at = `${s.step}:${'date' in s ? (s.date ?? '') : ''}`;
    if (s.step === 'contact' && !s.busy && Object.keys(s.errors).length) {
      root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    if (at === this.shown) return;
    const [was, wasDate] = this.shown.split(':');
    // Not on first paint, nor when data merely arrives: only when the customer moved (or came back paid).
    const quiet = !was || was === 'idle' || (was === 'loading' && s.step !== 'done');
    const target = quiet
      ? null
      : s.step === 'date' && was === 'date' && wasDate !== s.date
        ? root.querySelector<HTMLElement>('[data-slots]')
        : s.step !== was
          ? root.querySelector<HTMLElement>('[data-focus]')
          : null;
    // A view still loading (its chunk) has no heading yet: try again on the next update.
    if (!quiet && s.step !== was && !target) return;
    this.shown = at;
    target?.focus();
  }

  /**
   * Theme values go through CSSOM (`style.setProperty`), not a `style`
   * attribute: host pages with a strict CSP (`style-src 'self'`) block the latter.
   */
  private applyTheme(): void {
    const s = this.flow.state;
    const v = 'config' in s ? s.config?.venue.theme : undefined;
    const page = hexColor(getComputedStyle(this).getPropertyValue('--slotkit-accent').trim());
    const accent = hexColor(this.color) ?? page ?? hexColor(v?.accentColor) ?? DEFAULT_ACCENT;
    const style = this.renderRoot.querySelector<HTMLElement>('.base')!.style;
    const set = (name: string, value?: string | false | null) =>
      value ? style.setProperty(name, value) : style.removeProperty(name);
    set('--_accent', accent);
    set('--_on-accent', this.color ? readableOn(accent) : `var(--slotkit-accent-text,${readableOn(accent)})`);
    set('--_venue-radius', v?.radiusPx != null && `${v.radiusPx}px`);
    set('--_venue-font', v?.fontFamily);
  }

  private body(s: FlowState, m: Messages) {
    const d = this.flow.dispatch;
    // Prefetched once a date's times show; needed for tickets, the hold, a return from Checkout, and the
    // manage mode (whose own chunk the paying chunk loads).
    if (!paying && (this.manageToken || ('date' in s && s.date) || s.step === 'confirming' || s.step === 'done')) {
      payingLoad ??= import('../views/paying.ts').then((v) => (paying = v));
      void payingLoad.then(() => this.requestUpdate());
    }
    switch (s.step) {
      case 'loading':
        return s.notice ? nothing : skeleton(m, s.venueMode, s.today);
      case 'activity':
        return activityStep(s, m, d);
      case 'date':
        return dateStep(s, m, d, ...(paying?.waitlist(this, s, m) ?? []));
      case 'tickets':
        return dateStep(s, m, d, paying?.ticketsStep(s, m, d));
      case 'contact':
        return paying ? paying.contactStep(s, m, d, newKey) : confirmingStep(m);
      case 'hold':
      case 'redirect':
        return paying ? paying.holdStep(s, m, d) : confirmingStep(m);
      case 'confirming':
        return confirmingStep(m);
      case 'done':
        return paying ? paying.doneStep(s, m, d) : confirmingStep(m);
      default:
        return nothing;
    }
  }

  protected override render() {
    const s = this.flow.state;
    const m = this.messages;
    const mode = this.theme ?? ('config' in s ? s.config?.venue.theme.mode : undefined);
    const news =
      'announce' in s && s.announce
        ? t(m, 'soldOutNow', { time: formatTime(s.announce, m.locale, s.config.venue.timezone) })
        : '';
    return html`<div part="base" class="base ${mode === 'dark' ? 'dark' : ''}" lang=${m.locale}>
      <p class="sr" aria-live="polite">${news}</p>
      ${notice(s, m, this.flow.dispatch)} ${paying?.manage(this) ?? this.body(s, m)}
    </div>`;
  }
}

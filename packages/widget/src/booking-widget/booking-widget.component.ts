import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import '../booking-calendar/booking-calendar.ts';
import { realClock, type Clock } from '../internal/clock.ts';
import { hexColor, readableOn } from '../internal/color.ts';
import { messagesFor, type Messages } from '../internal/i18n.ts';
import { wsLiveSource, type LiveSource } from '../internal/live.ts';
import { navigateTop } from '../internal/page.ts';
import type { WidgetConfig } from '../internal/types.ts';
import { BookingFlow, type Step } from './booking-flow.ts';
import styles from './booking-widget.styles.ts';
import { activityStep, dateStep, t, ticketStep } from './views.ts';
import { contactStep, doneStep, holdStep, redirectStep } from './views-checkout.ts';

const DEFAULT_ACCENT = '#1d4ed8';

/**
 * @summary Books a slot of an activity: calendar → time → tickets → details → hold → Stripe Checkout.
 *
 * @fires slotkit-reserved - Seats are held; `detail` is the reservation (id, partySize, expiresAt, total).
 * @fires slotkit-booked - Payment confirmed; `detail` is the booking with its `bookingNumber`.
 * @fires slotkit-error - Something the customer sees as an error; `detail` = `{ code, message }`.
 *
 * @csspart base - The widget's box.
 * @csspart header - Venue and activity name.
 * @csspart notice - Error and status sentences.
 * @csspart activities - The activity picker (venue mode).
 * @csspart calendar - The month calendar.
 * @csspart grid - The calendar's table of days.
 * @csspart day - A day of the calendar.
 * @csspart slots - The list of times of the chosen date.
 * @csspart tickets - Ticket steppers and total.
 * @csspart summary - The chosen date, time, tickets and total.
 * @csspart contact - The contact form.
 * @csspart hold - The countdown while seats are held.
 * @csspart success - The confirmation with the booking number.
 *
 * @cssproperty --slotkit-accent - Accent colour, #rrggbb (the `color` attribute wins).
 * @cssproperty --slotkit-accent-text - Text over the accent (default: black or white, whichever contrasts more).
 * @cssproperty --slotkit-radius - Corner radius (default: the venue's, else 8px).
 * @cssproperty --slotkit-font - Font family (default: the venue's, else system-ui).
 * @cssproperty --slotkit-bg - Background colour.
 * @cssproperty --slotkit-fg - Text colour.
 */
export class BookingWidget extends LitElement {
  static override styles = styles;

  /** One activity to book (single-activity mode). */
  @property({ attribute: 'activity-id', reflect: true }) activityId?: string;
  /** A venue's embed key: the customer first picks one of its activities. */
  @property({ attribute: 'embed-key', reflect: true }) embedKey?: string;
  /** GraphQL endpoint; default: `/graphql` on the origin that served widget.js. */
  @property({ reflect: true }) api?: string;
  /** Colour scheme; default: the venue's theme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Accent colour as hex without '#', e.g. `0f766e`. */
  @property({ reflect: true }) color?: string;
  /** BCP 47 language tag (en, es, de catalogs); default: the page's `lang`, then the browser's. */
  @property({ reflect: true }) locale?: string;
  /** Admin preview: renders everything, reserves nothing. */
  @property({ type: Boolean, reflect: true }) preview = false;
  /** A configuration to render instead of fetching one (admin preview of unsaved settings). */
  @property({ attribute: false }) config?: WidgetConfig;
  /** Time source (tests inject a manual clock). */
  @property({ attribute: false }) clock: Clock = realClock;
  /** Push channel for live availability; default: graphql-ws on `api`. */
  @property({ attribute: false }) liveSource?: LiveSource;
  /** Opens Stripe Checkout; default: top-level navigation, else a new tab. */
  @property({ attribute: false }) navigate: (url: string) => void = navigateTop;

  /** @internal */
  readonly flow = new BookingFlow(this);
  private defaultLive?: LiveSource;
  private shown: Step | '' = '';
  private shownDate = '';

  get apiUrl(): string {
    return this.api || new URL('/graphql', import.meta.url).href;
  }

  /** @internal */
  get live(): LiveSource {
    return this.liveSource ?? (this.defaultLive ??= wsLiveSource(this.apiUrl));
  }

  /** @internal The effective locale. */
  get effectiveLocale(): string {
    return this.locale || document.documentElement.lang || navigator.language || 'en';
  }

  /** @internal */
  get messages(): Messages {
    return messagesFor(this.effectiveLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) {
      this.defaultLive?.close();
      this.defaultLive = undefined;
    }
    // `preview` too: a bare <booking-widget preview> (the /embed preview page) has no other attribute to start it.
    if (
      changed.has('activityId') ||
      changed.has('embedKey') ||
      changed.has('api') ||
      changed.has('config') ||
      changed.has('preview')
    ) {
      void this.flow.load();
    }
  }

  protected override updated(): void {
    this.applyTheme();
    // Focus follows the flow: a new step's heading, or the times of a new date.
    const f = this.flow;
    const root = this.renderRoot;
    if (f.step !== this.shown) {
      const first = this.shown === '' || this.shown === 'idle' || (this.shown === 'loading' && f.step !== 'done');
      this.shown = f.step;
      this.shownDate = f.date;
      if (!first) root.querySelector<HTMLElement>('[data-focus]')?.focus();
    } else if (f.date !== this.shownDate && f.sessions) {
      this.shownDate = f.date;
      root.querySelector<HTMLElement>('[data-slots]')?.focus();
    }
  }

  /**
   * Theme values go through CSSOM (`style.setProperty`), not a `style`
   * attribute: host pages with a strict CSP (`style-src 'self'`) block the latter.
   */
  private applyTheme(): void {
    const v = this.flow.config?.venue.theme;
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

  private body() {
    const f = this.flow;
    switch (f.step) {
      case 'activity':
        return activityStep(this);
      case 'date':
        return dateStep(this);
      case 'tickets':
        return ticketStep(this);
      case 'contact':
        return contactStep(this);
      case 'hold':
        return holdStep(this);
      case 'redirect':
        return redirectStep(this);
      case 'done':
        return doneStep(this);
      case 'loading':
        return f.notice ? nothing : html`<p role="status">${t(this, 'loading')}</p>`;
      default:
        return nothing;
    }
  }

  protected override render() {
    const f = this.flow;
    const n = f.notice;
    const dark = (this.theme ?? f.config?.venue.theme.mode) === 'dark';
    return html`<div part="base" class="base ${dark ? 'dark' : ''}" lang=${this.effectiveLocale}>
      ${
        f.config
          ? html`<header part="header">
              <p class="venue">${f.config.venue.name}</p>
              ${f.activity ? html`<p class="title">${f.activity.name}</p>` : nothing}
            </header>`
          : nothing
      }
      <div part="notice" class="notice" role="alert">
        ${
          n
            ? html`<p>${n.text ?? t(this, n.key!, n.vars)}</p>
                ${
                  n.retry
                    ? html`<button
                        class="secondary"
                        @click=${() => {
                          f.notice = undefined;
                          n.retry!();
                        }}
                      >
                        ${t(this, 'retry')}
                      </button>`
                    : nothing
                }`
            : nothing
        }
      </div>
      ${this.body()}
    </div>`;
  }
}

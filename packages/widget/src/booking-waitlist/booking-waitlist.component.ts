import { LitElement, html, nothing } from 'lit';
import type { JoinWaitlistMutation, JoinWaitlistMutationVariables, TypedDocumentString } from '@slotkit/sdk/generated';
import { isEmailAddress } from '@slotkit/core/contact';
import { ApiError, request } from '../internal/api.ts';
import { fill, messagesFor, t, type Messages } from '../internal/i18n.ts';
import styles from './booking-waitlist.styles.ts';
import { waitlistText, type WaitlistText } from './booking-waitlist.text.ts';

/**
 * The SDK's JoinWaitlist document (packages/sdk/src/operations/waitlist.graphql) as a string of this chunk:
 * importing the generated constant would put it in widget.js (shared module), over its budget. A unit test
 * keeps the two the same operation.
 */
export const JOIN_WAITLIST = `mutation JoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    id
    sessionId
    partySize
    status
    position
  }
}` as unknown as TypedDocumentString<JoinWaitlistMutation, JoinWaitlistMutationVariables>;

export interface WaitlistCloseDetail {
  readonly sessionId: string;
}

/**
 * @summary The "Join the waitlist" form of a sold-out time: party size and email, then the place in line.
 * Renders into the light DOM so the booking widget's styles (fields, buttons) apply inside its shadow root.
 *
 * @fires booking-waitlist-close - The customer closed the form.
 */
export class BookingWaitlist extends LitElement {
  static override properties = {
    api: {},
    sessionId: { attribute: 'session-id' },
    time: {},
    minParty: { type: Number, attribute: 'min-party' },
    maxParty: { type: Number, attribute: 'max-party' },
    email: {},
    locale: {},
    messages: { attribute: false },
    party: { state: true },
    busy: { state: true },
    error: { state: true },
    invalid: { state: true },
    position: { state: true },
  };

  /** GraphQL endpoint. */
  api = '';
  sessionId = '';
  /** The sold-out time as the customer reads it. */
  time = '';
  minParty = 1;
  maxParty = 1;
  /** Prefilled from the widget's contact form. */
  email = '';
  /** BCP 47 tag for the emails. */
  locale = 'en';
  messages: Messages = messagesFor('en');
  party = 0;
  busy = false;
  /** A sentence of the form's own text, or of the widget's catalog (email, rate limits, network). */
  error?: string;
  position?: number;
  invalid = false;

  protected override createRenderRoot() {
    const root = this.getRootNode();
    const sheet = styles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return this;
  }

  private readonly submit = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const email = (form.elements.namedItem('wl-email') as HTMLInputElement).value.trim();
    if (!isEmailAddress(email)) {
      this.error = t(this.messages, 'errEmail');
      this.invalid = true;
      return;
    }
    this.busy = true;
    this.error = undefined;
    this.invalid = false;
    try {
      const partySize = this.party || this.minParty;
      const input = { sessionId: this.sessionId, partySize, email, locale: this.locale };
      const { joinWaitlist } = await request(this.api, JOIN_WAITLIST, { input });
      this.position = joinWaitlist.position;
    } catch (err) {
      const x = err instanceof ApiError ? err : undefined;
      const own = this.text()[x?.reason as keyof WaitlistText];
      this.error = own ?? t(this.messages, (x?.code ?? 'ERROR') as 'ERROR', { n: x?.retryAfterSeconds ?? 60 });
    } finally {
      this.busy = false;
    }
  };

  private readonly close = () => {
    this.dispatchEvent(
      new CustomEvent<WaitlistCloseDetail>('booking-waitlist-close', {
        detail: { sessionId: this.sessionId },
        bubbles: true,
        composed: true,
      }),
    );
  };

  private text(): WaitlistText {
    return waitlistText(this.messages.lang);
  }

  protected override render() {
    const m = this.messages;
    const w = this.text();
    if (this.position !== undefined)
      return html`<div class="waitlist" part="waitlist">
        <p role="status">${fill(w.joined, { time: this.time, n: this.position })}</p>
        <button class="link" @click=${this.close}>${w.close}</button>
      </div>`;
    const sizes = [];
    for (let n = this.minParty; n <= this.maxParty; n++) sizes.push(n);
    return html`<form class="waitlist" part="waitlist" aria-labelledby="wl-h" novalidate @submit=${this.submit}>
      <h3 id="wl-h" tabindex="-1">${w.join}</h3>
      <p class="hint">${fill(w.intro, { time: this.time })}</p>
      <div class="field">
        <label for="wl-party">${w.partySize}</label>
        <select id="wl-party" @change=${(e: Event) => (this.party = Number((e.target as HTMLSelectElement).value))}>
          ${sizes.map((n) => html`<option value=${n} ?selected=${n === (this.party || this.minParty)}>${n}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="wl-email">${t(m, 'email')}</label>
        <input
          id="wl-email"
          name="wl-email"
          type="email"
          autocomplete="email"
          required
          .value=${this.email}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${this.error ? 'wl-err' : nothing}
        />
      </div>
      ${this.error ? html`<p class="error" id="wl-err" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="button" class="link" @click=${this.close}>${w.close}</button>
        <button type="submit" class="primary" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
          ${w.submit}
        </button>
      </div>
    </form>`;
  }

  protected override firstUpdated() {
    this.querySelector<HTMLElement>('#wl-h')?.focus();
  }
}

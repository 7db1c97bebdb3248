// <booking-widget mode="gift-card">: choose an amount, the recipient and your email, pay through Stripe
// Checkout; back on the page the purchase is confirmed (the card is issued and emailed by the server).
// A chunk of its own: booking pages never load it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { BuyGiftCardDocument, ConfirmGiftCardPurchaseDocument, WidgetConfigDocument } from '@slotkit/sdk/generated';
import { ApiError, request } from '../internal/api.ts';
import { fill, t, type MessageKey, type Messages } from '../internal/i18n.ts';
import { instanceOf, returnPage, successUrl, takeBack, type Back } from '../internal/page.ts';
import type { BookingWidget } from '../booking-widget/booking-widget.component.ts';
import type { WidgetConfig } from '../internal/types.ts';
import type { Notice } from '../flow/state.ts';
import { heading, money } from '../views/shared.ts';
import payingStyles from '../views/paying.styles.ts';

/** The gift card form's own sentences, in its chunk (widget.js stays within its budget). */
const TEXT = {
  en: {
    giftTitle: 'Give a gift card',
    giftAmount: 'Amount',
    giftOther: 'Other amount',
    giftRecipient: "Recipient's email",
    giftBuyer: 'Your email (for the receipt)',
    giftBuy: 'Continue to payment',
    giftSent: 'Gift card sent',
    giftSentText: 'A {amount} gift card was emailed to {email}, ready to print.',
    errAmount: 'Choose an amount from {min} to {max}.',
    giftAgain: 'Give another',
  },
  es: {
    giftTitle: 'Regala una tarjeta regalo',
    giftAmount: 'Importe',
    giftOther: 'Otro importe',
    giftRecipient: 'Email de quien la recibe',
    giftBuyer: 'Tu email (para el recibo)',
    giftBuy: 'Continuar al pago',
    giftSent: 'Tarjeta regalo enviada',
    giftSentText: 'Enviamos una tarjeta regalo de {amount} a {email}, lista para imprimir.',
    errAmount: 'Elige un importe entre {min} y {max}.',
    giftAgain: 'Regalar otra',
  },
  de: {
    giftTitle: 'Gutschein verschenken',
    giftAmount: 'Betrag',
    giftOther: 'Anderer Betrag',
    giftRecipient: 'E-Mail der beschenkten Person',
    giftBuyer: 'Ihre E-Mail (für den Beleg)',
    giftBuy: 'Weiter zur Zahlung',
    giftSent: 'Gutschein versendet',
    giftSentText: 'Ein Gutschein über {amount} wurde an {email} gesendet, bereit zum Ausdrucken.',
    errAmount: 'Wählen Sie einen Betrag von {min} bis {max}.',
    giftAgain: 'Noch einen verschenken',
  },
};
type GiftKey = keyof (typeof TEXT)['en'];

/** A sentence of the gift card form in the customer's language (English when not es or de). */
const g = (m: Messages, key: GiftKey, vars?: Record<string, string | number>): string =>
  fill((TEXT[m.lang as keyof typeof TEXT] ?? TEXT.en)[key], vars);

/** A failure as the customer's sentence (the booking flow's noticeOf, without its retry: buying again is one press). */
function noticeOf(e: unknown): Notice {
  const code = e instanceof ApiError ? e.code : 'INTERNAL';
  const key: MessageKey = code === 'NETWORK' || code === 'ORIGIN' || code === 'RATE_LIMITED' ? code : 'ERROR';
  return { key, vars: { n: (e instanceof ApiError && e.retryAfterSeconds) || 1 }, tone: 'error', code };
}

/** Preset amounts in the venue's currency (minor units); any other from MIN to MAX. */
export const GIFT_AMOUNTS = [2500, 5000, 10_000] as const;
export const GIFT_MIN_CENTS = 100;
export const GIFT_MAX_CENTS = 1_000_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type GiftField = 'amount' | 'recipient' | 'buyer';
/** Which fields need fixing (the amount's sentence is the form's own). */
type GiftErrors = { readonly amount?: 'errAmount'; readonly recipient?: MessageKey; readonly buyer?: MessageKey };

export interface GiftForm {
  /** A preset's cents, or 'other' with `other` as typed (major units, e.g. "75" or "75.50"). */
  readonly amount: number | 'other';
  readonly other: string;
  readonly recipient: string;
  readonly buyer: string;
}

export type GiftState =
  | { readonly step: 'loading'; readonly notice?: Notice }
  | {
      readonly step: 'form';
      readonly config: WidgetConfig;
      readonly form: GiftForm;
      readonly errors: GiftErrors;
      readonly busy: boolean;
      readonly notice?: Notice;
    }
  | { readonly step: 'confirming'; readonly notice?: Notice }
  | {
      readonly step: 'sent';
      readonly config?: WidgetConfig;
      readonly amountCents: number;
      readonly currency: string;
      readonly recipientEmail: string;
    };

/** What the element gives the gift flow. */
export interface GiftHost {
  readonly apiUrl: string;
  readonly activityId?: string;
  readonly embedKey?: string;
  readonly messages: Messages;
  readonly theme?: 'light' | 'dark';
  readonly instance: string;
  readonly first: boolean;
  navigate(url: string): void;
  requestUpdate(): void;
}

/** The amount the form names, in cents, or undefined when it is not a valid amount. */
export function giftAmountCents(form: GiftForm): number | undefined {
  if (form.amount !== 'other') return form.amount;
  const text = form.other.trim().replace(',', '.');
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(text)) return undefined;
  const cents = Math.round(Number(text) * 100);
  return cents >= GIFT_MIN_CENTS && cents <= GIFT_MAX_CENTS ? cents : undefined;
}

export function validateGift(form: GiftForm): GiftErrors {
  const errors: { amount?: 'errAmount'; recipient?: MessageKey; buyer?: MessageKey } = {};
  if (giftAmountCents(form) === undefined) errors.amount = 'errAmount';
  if (!EMAIL.test(form.recipient.trim())) errors.recipient = 'errEmail';
  if (!EMAIL.test(form.buyer.trim())) errors.buyer = 'errEmail';
  return errors;
}

/** The gift card mode's state and I/O: load the venue, buy, confirm a return from Checkout. */
export class GiftCardFlow {
  state: GiftState = { step: 'loading' };
  constructor(private readonly host: GiftHost) {}

  /** The venue's configuration once loaded: the element takes its theme (accent, radius, font) from it. */
  get config(): WidgetConfig | undefined {
    return 'config' in this.state ? this.state.config : undefined;
  }

  /** The whole widget in this mode: the element's base box around the form or the confirmation. */
  render(m: Messages): TemplateResult {
    const dark = (this.host.theme ?? this.config?.venue.theme.mode) === 'dark';
    return html`<div part="base" class="base ${dark ? 'dark' : ''}" lang=${m.locale}>${giftCardView(this, m)}</div>`;
  }

  private set(next: GiftState): void {
    this.state = next;
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    const h = this.host;
    this.set({ step: 'loading' });
    try {
      const vars = { activityId: h.activityId ?? null, embedKey: h.embedKey ?? null };
      const { widgetConfig } = await request(h.apiUrl, WidgetConfigDocument, vars, true);
      const back = takeBack(h.instance, h.first);
      if (back && !back.cancelled) return await this.confirm(back, widgetConfig);
      const form: GiftForm = { amount: GIFT_AMOUNTS[1], other: '', recipient: '', buyer: '' };
      this.set({ step: 'form', config: widgetConfig, form, errors: {}, busy: false });
    } catch (e) {
      this.set({ step: 'loading', notice: noticeOf(e) });
    }
  }

  readonly edit = (patch: Partial<GiftForm>): void => {
    const s = this.state;
    if (s.step !== 'form') return;
    this.set({ ...s, form: { ...s.form, ...patch }, errors: {}, notice: undefined });
  };

  readonly again = (): void => void this.load();

  readonly buy = async (): Promise<void> => {
    const s = this.state;
    if (s.step !== 'form' || s.busy) return;
    const errors = validateGift(s.form);
    if (Object.keys(errors).length) return this.set({ ...s, errors });
    this.set({ ...s, busy: true, notice: undefined });
    const page = returnPage();
    try {
      const { buyGiftCard } = await request(this.host.apiUrl, BuyGiftCardDocument, {
        input: {
          venueId: s.config.venue.id,
          amountCents: giftAmountCents(s.form)!,
          recipientEmail: s.form.recipient.trim(),
          buyerEmail: s.form.buyer.trim(),
          successUrl: successUrl(page, this.host.instance),
          cancelUrl: page,
        },
      });
      this.host.navigate(buyGiftCard.url);
    } catch (e) {
      this.set({ ...s, busy: false, notice: noticeOf(e) });
    }
  };

  private async confirm(back: Back, config: WidgetConfig): Promise<void> {
    this.set({ step: 'confirming' });
    try {
      const { confirmGiftCardPurchase: p } = await request(this.host.apiUrl, ConfirmGiftCardPurchaseDocument, {
        checkoutSessionId: back.session,
      });
      this.set({
        step: 'sent',
        config,
        amountCents: p.amountCents,
        currency: p.currency,
        recipientEmail: p.recipientEmail,
      });
    } catch (e) {
      const unknown = e instanceof ApiError && (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT');
      const form: GiftForm = { amount: GIFT_AMOUNTS[1], other: '', recipient: '', buyer: '' };
      const notice: Notice = unknown ? { key: 'UNKNOWN_RETURN', tone: 'error' } : noticeOf(e);
      this.set({ step: 'form', config, form, errors: {}, busy: false, notice });
    }
  }
}

function input(
  id: GiftField,
  label: string,
  value: string,
  err: MessageKey | undefined,
  m: Messages,
  onInput: (v: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for="gift-${id}">${label}</label>
    <input
      id="gift-${id}"
      type="email"
      autocomplete=${id === 'buyer' ? 'email' : 'off'}
      required
      .value=${value}
      aria-invalid=${err ? 'true' : 'false'}
      aria-describedby=${err ? `gift-${id}-err` : nothing}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    ${err ? html`<p class="error" id="gift-${id}-err">${t(m, err)}</p>` : nothing}
  </div>`;
}

/** The gift card form, the confirmation, or a waiting line. */
export function giftCardView(flow: GiftCardFlow, m: Messages): TemplateResult {
  const s = flow.state;
  const n = s.step !== 'sent' ? s.notice : undefined;
  const note = n
    ? html`<div part="notice" class="notice on ${n.tone}" role=${n.tone === 'info' ? 'status' : 'alert'}>
        <p>${t(m, n.key, n.vars)}</p>
      </div>`
    : nothing;
  if (s.step === 'loading' || s.step === 'confirming')
    return html`${note}
      <p class="note" role="status">${t(m, 'loading')}</p>`;
  if (s.step === 'sent') {
    const amount = money(m, s.amountCents, s.currency);
    return html`<section part="success" class="success gift-sent">
      <div class="tick" aria-hidden="true">✓</div>
      ${heading(g(m, 'giftSent'))}
      <p>${g(m, 'giftSentText', { amount, email: s.recipientEmail })}</p>
      <div class="actions">
        <button class="secondary" @click=${flow.again}>${g(m, 'giftAgain')}</button>
      </div>
    </section>`;
  }
  const cur = s.config.venue.currency;
  const { form, errors } = s;
  const submit = (e: Event) => {
    e.preventDefault();
    void flow.buy();
  };
  const range = { min: money(m, GIFT_MIN_CENTS, cur), max: money(m, GIFT_MAX_CENTS, cur) };
  return html`${note}
    <section part="gift-card" class="gift">
      ${heading(g(m, 'giftTitle'))}
      <p class="venue-name">${s.config.venue.name}</p>
      <form novalidate @submit=${submit}>
        <fieldset aria-describedby=${errors.amount ? 'gift-amount-err' : nothing}>
          <legend>${g(m, 'giftAmount')}</legend>
          <div class="amounts">
            ${GIFT_AMOUNTS.map(
              (cents) =>
                html`<label class="amount ${form.amount === cents ? 'on' : ''}">
                  <input
                    type="radio"
                    name="gift-amount"
                    .checked=${form.amount === cents}
                    @change=${() => flow.edit({ amount: cents })}
                  />
                  ${money(m, cents, cur)}
                </label>`,
            )}
            <label class="amount ${form.amount === 'other' ? 'on' : ''}">
              <input
                type="radio"
                name="gift-amount"
                .checked=${form.amount === 'other'}
                @change=${() => flow.edit({ amount: 'other' })}
              />
              ${g(m, 'giftOther')}
            </label>
          </div>
          ${
            form.amount === 'other'
              ? html`<div class="field">
                  <label for="gift-other">${g(m, 'giftOther')} (${cur.toUpperCase()})</label>
                  <input
                    id="gift-other"
                    inputmode="decimal"
                    autocomplete="off"
                    .value=${form.other}
                    aria-invalid=${errors.amount ? 'true' : 'false'}
                    @input=${(e: Event) => flow.edit({ other: (e.target as HTMLInputElement).value })}
                  />
                </div>`
              : nothing
          }
          ${errors.amount ? html`<p class="error" id="gift-amount-err">${g(m, 'errAmount', range)}</p>` : nothing}
        </fieldset>
        ${input('recipient', g(m, 'giftRecipient'), form.recipient, errors.recipient, m, (v) =>
          flow.edit({ recipient: v }),
        )}
        ${input('buyer', g(m, 'giftBuyer'), form.buyer, errors.buyer, m, (v) => flow.edit({ buyer: v }))}
        <div class="actions">
          <button class="primary" aria-disabled=${s.busy ? 'true' : 'false'}>${g(m, 'giftBuy')}</button>
        </div>
      </form>
    </section>`;
}

const styles = [
  payingStyles,
  css`
    .gift {
      display: grid;
      gap: var(--_s3);
    }
    .gift h2 {
      margin: 0;
    }
    .venue-name {
      margin: 0;
      color: var(--_muted);
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      display: grid;
      gap: var(--_s2);
    }
    legend {
      padding: 0;
      margin-block-end: var(--_s2);
      font-weight: 600;
    }
    .amounts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
      gap: var(--_s2);
    }
    .amount {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: var(--_s2);
      min-block-size: 2.75rem;
      padding: var(--_s2) var(--_s3);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      font-weight: 600;
      cursor: pointer;
    }
    .amount.on {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    .amount input {
      inline-size: auto;
      margin: 0;
      accent-color: var(--_accent);
    }
    .amount:has(input:focus-visible) {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
  `,
];

/** Starts gift card mode on an element (its `mode="gift-card"`): the flow is made once, then (re)loaded. */
export function start(el: BookingWidget): Promise<void> {
  // This mode's rules, adopted next to the element's own (constructable sheets: CSP-safe).
  const root = el.renderRoot as ShadowRoot;
  const sheets = styles.map((c) => c.styleSheet!).filter((x) => !root.adoptedStyleSheets.includes(x));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  const flow =
    (el.gift as GiftCardFlow | undefined) ??
    new GiftCardFlow({
      get apiUrl() {
        return el.apiUrl;
      },
      get activityId() {
        return el.activityId;
      },
      get embedKey() {
        return el.embedKey;
      },
      get messages() {
        return el.messages;
      },
      get theme() {
        return el.theme;
      },
      get instance() {
        return instanceOf(el);
      },
      get first() {
        return document.querySelector('booking-widget') === el;
      },
      navigate: (url) => el.navigate(url),
      requestUpdate: () => el.requestUpdate(),
    });
  el.gift = flow;
  return flow.load();
}

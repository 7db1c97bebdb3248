import { html, nothing, type TemplateResult } from 'lit';
import { t, type Messages } from '../internal/i18n.ts';
import { priceName, secondsLeft } from '../flow/selectors.ts';
import type { FlowState, Picked } from '../flow/state.ts';
import { lineCents, st, totalCents } from './selling.ts';
import { details, heading, money, when, type Dispatch } from './shared.ts';

// The paying steps: contact, hold with its countdown, the way to Checkout.

/** Date, time, tickets and total of the current choice. */
function summary(s: Picked, m: Messages, total = s.promo?.totalCents ?? totalCents(s)): TemplateResult {
  const cur = s.config.venue.currency;
  return html`<dl part="summary" class="summary">
    <dt>${when(m, s.date, s.session.startsAt, s.config.venue.timezone)}</dt>
    ${s.activity.prices
      .filter((p) => s.qty[p.id])
      .map(
        (p) =>
          html`<dd>
            <span>${s.qty[p.id]} × ${priceName(p, m)}</span
            ><span>${money(m, lineCents(p, s.qty[p.id] ?? 0), cur)}</span>
          </dd>`,
      )}
    ${
      s.promo?.discountCents
        ? html`<dd>
            <span>${st(m, 'discount', { code: s.promo.code.toUpperCase() })}</span
            ><span>−${money(m, s.promo.discountCents, cur)}</span>
          </dd>`
        : nothing
    }
    <dd class="total"><span>${t(m, 'total')}</span><strong>${money(m, total, cur)}</strong></dd>
  </dl>`;
}

type Contact = Extract<FlowState, { step: 'contact' }>;
type Held = Extract<FlowState, { step: 'hold' | 'redirect' }>;

function field(
  s: Contact,
  m: Messages,
  dispatch: Dispatch,
  name: 'name' | 'email' | 'phone',
  type: string,
  ac: string,
) {
  const err = s.errors[name];
  return html`<div class="field">
    <label for=${name}>${t(m, name)}</label>
    <input
      id=${name}
      name=${name}
      type=${type}
      autocomplete=${ac}
      ?required=${name !== 'phone'}
      .value=${s.form[name]}
      aria-invalid=${err ? 'true' : 'false'}
      aria-describedby=${err ? `${name}-err` : nothing}
      @input=${(e: Event) => dispatch({ type: 'field', name, value: (e.target as HTMLInputElement).value })}
    />
    ${err ? html`<p class="error" id="${name}-err">${t(m, err)}</p>` : nothing}
  </div>`;
}

function check(s: Contact, m: Messages, dispatch: Dispatch, name: 'waiver' | 'minAge', label: string, extra: unknown) {
  const err = s.errors[name];
  return html`<div class="field check">
    <input
      id=${name}
      type="checkbox"
      .checked=${s.form[name]}
      aria-invalid=${err ? 'true' : 'false'}
      aria-describedby=${err ? `${name}-err` : nothing}
      @change=${(e: Event) => dispatch({ type: 'field', name, value: (e.target as HTMLInputElement).checked })}
    />
    <label for=${name}>${label}</label>
    ${extra} ${err ? html`<p class="error" id="${name}-err">${t(m, err)}</p>` : nothing}
  </div>`;
}

/** `key` makes the idempotency key a new hold attempt gets. */
export function contactStep(s: Contact, m: Messages, dispatch: Dispatch, key: () => string): TemplateResult {
  const { schedule } = s.activity;
  const url = s.config.venue.waiverUrl;
  const submit = (e: Event) => {
    e.preventDefault();
    dispatch({ type: 'submit', key: key() });
  };
  return html`<div class="panes">
    <div class="pane">${details(s, m)} ${summary(s, m)}</div>
    <section part="contact" class="pane">
      ${heading(t(m, 'contact'))}
      <form novalidate @submit=${submit}>
        ${field(s, m, dispatch, 'name', 'text', 'name')} ${field(s, m, dispatch, 'email', 'email', 'email')}
        ${field(s, m, dispatch, 'phone', 'tel', 'tel')}
        ${
          schedule.minAge ? check(s, m, dispatch, 'minAge', t(m, 'minAgeOk', { n: schedule.minAge }), nothing) : nothing
        }
        ${
          schedule.requiresWaiver
            ? check(
                s,
                m,
                dispatch,
                'waiver',
                t(m, 'waiver'),
                url ? html`<a href=${url} target="_blank" rel="noopener">${t(m, 'waiverLink')}</a>` : nothing,
              )
            : nothing
        }
        ${s.preview ? html`<p class="note">${t(m, 'preview')}</p>` : nothing}
        <div class="actions">
          <button type="button" class="secondary" @click=${() => dispatch({ type: 'back' })}>${t(m, 'back')}</button>
          <button class="primary" aria-disabled=${s.busy ? 'true' : 'false'}>${t(m, 'reserve')}</button>
        </div>
      </form>
    </section>
  </div>`;
}

export function holdStep(s: Held, m: Messages, dispatch: Dispatch): TemplateResult {
  const left = secondsLeft(s);
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  const urgent = left <= 60;
  const body =
    s.step === 'redirect'
      ? html`${heading(t(m, 'redirect'))}
          <p><a href=${s.checkoutUrl} target="_top">${t(m, 'payLink')}</a></p>`
      : html`${heading(t(m, 'holdTitle'))}
          <p class="timer ${urgent ? 'urgent' : ''}">
            <span id="left">${t(m, 'holdLeft')}</span> <span role="timer" aria-labelledby="left">${clock}</span>
          </p>
          <p class="sr" aria-live=${urgent ? 'assertive' : 'polite'}>
            ${urgent ? t(m, 'holdUrgent') : t(m, 'holdMinutes', { n: Math.ceil(left / 60) })}
          </p>
          <div class="actions">
            <button class="secondary" @click=${() => dispatch({ type: 'cancelHold' })}>${t(m, 'cancel')}</button>
            <button
              class="primary"
              aria-disabled=${s.busy ? 'true' : 'false'}
              @click=${() => dispatch({ type: 'pay' })}
            >
              ${t(m, 'pay')}
            </button>
          </div>`;
  return html`<div class="panes">
    <div class="pane">${details(s, m)} ${summary(s, m, s.reservation.totalCents)}</div>
    <section part="hold" class="pane hold">${body}</section>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDay, formatMoney, formatTime, todayIn } from '../internal/dates.ts';
import type { BookingWidget } from './booking-widget.component.ts';
import { heading, summary, t } from './views.ts';

// Templates of the paying steps: contact, hold with countdown, redirect, success.

function field(w: BookingWidget, name: 'name' | 'email' | 'phone', type: string, autocomplete: string) {
  const f = w.flow;
  const err = f.errors[name];
  return html`<div class="field">
    <label for=${name}>${t(w, name)}</label>
    <input
      id=${name}
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      ?required=${name !== 'phone'}
      .value=${live(f.form[name])}
      aria-invalid=${err ? 'true' : 'false'}
      aria-describedby=${err ? `${name}-err` : nothing}
      @input=${(e: Event) => f.setField(name, (e.target as HTMLInputElement).value)}
    />
    ${err ? html`<p class="error" id="${name}-err">${t(w, err)}</p>` : nothing}
  </div>`;
}

export function contactStep(w: BookingWidget): TemplateResult {
  const f = w.flow;
  const waiver = f.activity!.schedule.requiresWaiver;
  const url = f.config!.venue.waiverUrl;
  const submit = (e: Event) => {
    e.preventDefault();
    void f.reserve().then(() => {
      // Invalid input: focus the first field that needs fixing.
      w.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  };
  return html`<section part="contact">
    ${heading(t(w, 'contact'))} ${summary(w)}
    <form novalidate @submit=${submit}>
      ${field(w, 'name', 'text', 'name')} ${field(w, 'email', 'email', 'email')} ${field(w, 'phone', 'tel', 'tel')}
      ${
        waiver
          ? html`<div class="field check">
              <input
                id="waiver"
                type="checkbox"
                .checked=${live(f.waiver)}
                aria-invalid=${f.errors.waiver ? 'true' : 'false'}
                aria-describedby=${f.errors.waiver ? 'waiver-err' : nothing}
                @change=${(e: Event) => (f.waiver = (e.target as HTMLInputElement).checked)}
              />
              <label for="waiver">${t(w, 'waiver')}</label>
              ${url ? html`<a href=${url} target="_blank" rel="noopener">${t(w, 'waiverLink')}</a>` : nothing}
              ${f.errors.waiver ? html`<p class="error" id="waiver-err">${t(w, 'errWaiver')}</p>` : nothing}
            </div>`
          : nothing
      }
      ${w.preview ? html`<p class="note">${t(w, 'preview')}</p>` : nothing}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => f.back('tickets')}>${t(w, 'back')}</button>
        <button class="primary" aria-disabled=${f.busy ? 'true' : 'false'}>${t(w, 'reserve')}</button>
      </div>
    </form>
  </section>`;
}

export function holdStep(w: BookingWidget): TemplateResult {
  const f = w.flow;
  const s = f.secondsLeft;
  const clock = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return html`<section part="hold">
    ${heading(t(w, 'holdTitle'))} ${summary(w)}
    <p class="timer">
      <span id="left">${t(w, 'holdLeft')}</span> <span role="timer" aria-labelledby="left">${clock}</span>
    </p>
    <p class="sr" aria-live="polite">${t(w, 'holdMinutes', { n: Math.ceil(s / 60) })}</p>
    <div class="actions">
      <button class="secondary" @click=${() => void f.cancel()}>${t(w, 'cancel')}</button>
      <button class="primary" aria-disabled=${f.busy ? 'true' : 'false'} @click=${() => void f.pay()}>
        ${t(w, 'pay')}
      </button>
    </div>
  </section>`;
}

export function redirectStep(w: BookingWidget): TemplateResult {
  return html`<section part="hold">
    ${heading(t(w, 'redirect'))}
    <p><a href=${w.flow.checkoutUrl} target="_top">${t(w, 'payLink')}</a></p>
  </section>`;
}

export function doneStep(w: BookingWidget): TemplateResult {
  const b = w.flow.booking!;
  const tz = w.flow.config?.venue.timezone ?? 'UTC';
  return html`<section part="success">
    ${heading(t(w, 'booked'))}
    <p>${t(w, 'bookingNumber')}: <strong class="number">${b.bookingNumber}</strong></p>
    ${b.activityName ? html`<p>${b.activityName}</p>` : nothing}
    ${
      b.startsAt
        ? html`<p>
            ${formatDay(todayIn(tz, Date.parse(b.startsAt)), w.effectiveLocale, { dateStyle: 'full' })} ·
            ${formatTime(b.startsAt, w.effectiveLocale, tz)}
          </p>`
        : nothing
    }
    <p>${t(w, 'total')}: ${formatMoney(b.totalCents, w.effectiveLocale, b.currency)}</p>
    <div class="actions"><button class="secondary" @click=${() => w.flow.again()}>${t(w, 'again')}</button></div>
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { formatDay, formatMoney, formatTime } from '../internal/dates.ts';
import { t, type Messages } from '../internal/i18n.ts';
import type { Activity } from '../internal/types.ts';
import { fromCents } from '../flow/selectors.ts';
import type { Browse, FlowEvent, FlowState } from '../flow/state.ts';

/** Every view is a function of the state, the customer's language and a way to send events. */
export type Dispatch = (e: FlowEvent) => void;

export const money = (m: Messages, cents: number, currency: string): string => formatMoney(cents, m.locale, currency);

/** A step's heading: the element moves focus here when the step changes. */
export const heading = (text: string): TemplateResult => html`<h2 data-focus tabindex="-1">${text}</h2>`;

export const when = (m: Messages, date: string, iso: string, tz: string): string =>
  `${formatDay(date, m.locale, { weekday: 'short', month: 'short', day: 'numeric' })} · ${formatTime(iso, m.locale, tz)}`;

/** The picture of an activity, or its initial on the accent colour; always the same box (no layout shift). */
export const picture = (a: Pick<Activity, 'name' | 'imageUrl'>, cls: string): TemplateResult =>
  html`<div class="pic ${cls}" aria-hidden="true">
    ${a.imageUrl ? html`<img src=${a.imageUrl} alt="" loading="lazy" decoding="async" />` : html`<span>${a.name[0]}</span>`}
  </div>`;

export function meta(m: Messages, a: Activity, currency: string): TemplateResult {
  const from = fromCents(a);
  return html`<p class="meta">
    <span>${t(m, 'minutes', { n: a.durationMinutes })}</span>
    ${from === undefined ? nothing : html`<span>${t(m, 'from', { price: money(m, from, currency) })}</span>`}
    ${a.schedule.minAge ? html`<span>${t(m, 'ages', { n: a.schedule.minAge })}</span>` : nothing}
  </p>`;
}

/** The chosen activity: picture, name, facts, description. Left pane on wide widgets. */
export function details(s: Browse, m: Messages): TemplateResult {
  const a = s.activity;
  return html`<section class="details" part="details">
    ${picture(a, 'banner')}
    <div class="intro">
      <p class="venue">${s.config.venue.name}</p>
      <p class="title" part="header">${a.name}</p>
      ${meta(m, a, s.config.venue.currency)} ${a.description ? html`<p class="desc">${a.description}</p>` : nothing}
    </div>
  </section>`;
}

/** Error and status sentences, with "Try again" when it can help. */
export function notice(s: FlowState, m: Messages, dispatch: Dispatch): TemplateResult {
  const n = s.notice;
  return html`<div part="notice" class="notice ${n?.tone ?? ''}" role=${n?.tone === 'info' ? 'status' : 'alert'}>
    ${
      n
        ? html`<p>${t(m, n.key, n.vars)}</p>
            ${
              n.retry
                ? html`<button class="link" @click=${() => dispatch(n.retry!)}>${t(m, 'retry')}</button>`
                : html`<button class="link" @click=${() => dispatch({ type: 'dismiss' })}>${t(m, 'dismiss')}</button>`
            }`
        : nothing
    }
  </div>`;
}

/** Boxes of the real layout's sizes while the data is on its way: the element does not grow later (CLS). */
export function skeleton(m: Messages, venueMode: boolean): TemplateResult {
  const bar = (cls: string) => html`<div class="sk ${cls}"></div>`;
  const label = html`<p class="sr" role="status">${t(m, 'loading')}</p>`;
  if (venueMode) {
    return html`${label}
      <div class="sk-head">${bar('line w40')}</div>
      <ul class="cards" aria-hidden="true">
        ${[0, 1].map(() => html`<li class="card sk-card">${bar('pic')}${bar('line w60')}${bar('line w80')}${bar('line w40')}</li>`)}
      </ul>`;
  }
  return html`${label}
    <div class="panes" aria-hidden="true">
      <div class="pane">
        <div class="details">
          ${bar('pic banner')}
          <div class="intro">${bar('line w40')}${bar('line w60 big')}${bar('line w80')}</div>
        </div>
        ${bar('cal')}
      </div>
      <div class="pane times-pane">${bar('line w60')}${bar('hint')}</div>
    </div>`;
}

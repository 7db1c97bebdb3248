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
  [formatDay(date, m.locale, { weekday: 'short', month: 'short', day: 'numeric' }), formatTime(iso, m.locale, tz)].join(
    ' · ',
  );

/** The picture of an activity, or its initial on the accent colour; always the same box (no layout shift). */
export const picture = (a: Pick<Activity, 'name' | 'imageUrl'>, cls: string): TemplateResult =>
  html`<span class="pic ${cls}" aria-hidden="true">
    ${
      a.imageUrl
        ? html`<img src=${a.imageUrl} alt="" loading="lazy" decoding="async" />`
        : html`<span>${a.name[0]}</span>`
    }
  </span>`;

export function meta(m: Messages, a: Activity, currency: string): TemplateResult {
  const from = fromCents(a);
  // Phrasing content only: the same line sits inside the activity cards' buttons.
  return html`<span class="meta">
    <span>${t(m, 'minutes', { n: a.durationMinutes })}</span>
    ${from === undefined ? nothing : html`<span>${t(m, 'from', { price: money(m, from, currency) })}</span>`}
    ${a.schedule.minAge ? html`<span>${t(m, 'ages', { n: a.schedule.minAge })}</span>` : nothing}
  </span>`;
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
  return html`<div
    part="notice"
    class="notice ${n ? `on ${n.tone}` : ''}"
    role=${n?.tone === 'info' ? 'status' : 'alert'}
  >
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

/**
 * The real layout's boxes while the data is on its way, so the element does
 * not grow later (CLS): the same text elements with blank lines, and the real
 * calendar for the local month with no days yet.
 */
export function skeleton(m: Messages, venueMode: boolean, today: string): TemplateResult {
  const line = (cls: string, lines = 1) =>
    html`<p class="sk-t ${cls}">
      ${Array.from({ length: lines }, (_, i) => (i ? html`<br />&nbsp;` : html`&nbsp;`))}
    </p>`;
  const label = html`<p class="sr" role="status">${t(m, 'loading')}</p>`;
  if (venueMode) {
    return html`${label}
      <section aria-hidden="true" inert>
        ${line('venue')}
        <h2 class="sk-t">&nbsp;</h2>
        <ul class="cards">
          ${[0, 1].map(
            () =>
              html`<li>
                <div class="card">
                  <div class="pic sk"></div>
                  ${line('name')} ${line('desc', 2)} ${line('meta')}
                </div>
              </li>`,
          )}
        </ul>
      </section>`;
  }
  return html`${label}
    <div class="panes" aria-hidden="true" inert>
      <div class="pane">
        <section class="details">
          <div class="pic banner sk"></div>
          <div class="intro">${line('venue')} ${line('title')} ${line('meta')} ${line('desc', 2)}</div>
        </section>
        <section class="cal-pane">
          <h2 class="sk-t">&nbsp;</h2>
          <booking-calendar .month=${today} .min=${today} .max=${today} .messages=${m}></booking-calendar>
        </section>
      </div>
      <div class="pane times-pane"><p class="hint sk-t">&nbsp;</p></div>
    </div>`;
}

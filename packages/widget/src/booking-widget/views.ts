import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarMonthDetail, CalendarSelectDetail } from '../booking-calendar/booking-calendar.component.ts';
import { formatDay, formatMoney, formatTime } from '../internal/dates.ts';
import { fill, type MessageKey } from '../internal/i18n.ts';
import type { BookingWidget } from './booking-widget.component.ts';

// Templates of the choosing steps. Each step's heading carries `data-focus`:
// the element moves focus there when the step changes.

export const t = (w: BookingWidget, key: MessageKey, vars?: Record<string, string | number>): string =>
  fill(w.messages[key], vars);

export const money = (w: BookingWidget, cents: number): string =>
  formatMoney(cents, w.effectiveLocale, w.flow.config!.venue.currency);

export const heading = (text: string): TemplateResult => html`<h2 data-focus tabindex="-1">${text}</h2>`;

export function activityStep(w: BookingWidget): TemplateResult {
  return html`<section part="activities">
    ${heading(t(w, 'chooseActivity'))}
    <ul class="list">
      ${w.flow.config!.activities.map(
        (a) =>
          html`<li>
            <button class="choice" @click=${() => void w.flow.chooseActivity(a)}>
              <strong>${a.name}</strong>
              <span
                >${a.durationMinutes}
                min${a.prices[0] ? html` · ${money(w, Math.min(...a.prices.map((p) => p.amountCents)))}+` : nothing}</span
              >
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

export function dateStep(w: BookingWidget): TemplateResult {
  const f = w.flow;
  const many = f.config!.activities.length > 1;
  return html`${heading(t(w, 'chooseDate'))}
    <booking-calendar
      part="calendar"
      exportparts="grid, day"
      .month=${f.month}
      .days=${f.days}
      .min=${f.today}
      .max=${f.lastDay}
      .selected=${f.date}
      .locale=${w.effectiveLocale}
      .messages=${w.messages}
      @booking-calendar-select=${(e: CustomEvent<CalendarSelectDetail>) => void f.selectDate(e.detail.date)}
      @booking-calendar-month=${(e: CustomEvent<CalendarMonthDetail>) => void f.showMonth(e.detail.month)}
    ></booking-calendar>
    ${f.date ? slotList(w) : nothing}
    ${many ? html`<div class="actions"><button class="secondary" @click=${() => f.backToActivities()}>${t(w, 'back')}</button></div>` : nothing}`;
}

function slotList(w: BookingWidget): TemplateResult {
  const f = w.flow;
  const tz = f.config!.venue.timezone;
  const day = formatDay(f.date, w.effectiveLocale, { dateStyle: 'full' });
  return html`<section part="slots" aria-busy=${f.sessions ? 'false' : 'true'}>
    <h3 data-slots tabindex="-1">${t(w, 'chooseTime', { date: day })}</h3>
    ${
      !f.sessions
        ? html`<p role="status">${t(w, 'loading')}</p>`
        : f.sessions.length === 0
          ? html`<p>${t(w, 'noSlots')}</p>`
          : html`<ul class="slots">
              ${f.sessions.map((s) => {
                const full = s.capacityRemaining <= 0;
                return html`<li>
                  <button
                    class="slot"
                    aria-disabled=${full ? 'true' : 'false'}
                    @click=${() => !full && f.selectSession(s)}
                  >
                    <span class="time">${formatTime(s.startsAt, w.effectiveLocale, tz)}</span>
                    <span class="left">${full ? t(w, 'full') : t(w, 'left', { n: s.capacityRemaining })}</span>
                  </button>
                </li>`;
              })}
            </ul>`
    }
  </section>`;
}

/** Date, time, party and total of the current choice. */
export function summary(w: BookingWidget): TemplateResult {
  const f = w.flow;
  const a = f.activity!;
  return html`<dl part="summary" class="summary">
    <dt>${a.name}</dt>
    <dd>
      ${formatDay(f.date, w.effectiveLocale, { dateStyle: 'medium' })} ·
      ${formatTime(f.session!.startsAt, w.effectiveLocale, f.config!.venue.timezone)}
    </dd>
    ${a.prices.filter((p) => f.qty[p.id]).map((p) => html`<dd>${f.qty[p.id]} × ${p.name}</dd>`)}
    <dd class="total">${t(w, 'total')}: <strong>${money(w, f.totalCents)}</strong></dd>
  </dl>`;
}

export function ticketStep(w: BookingWidget): TemplateResult {
  const f = w.flow;
  const a = f.activity!;
  const full = f.partySize >= f.maxParty;
  const err = f.errors.party;
  return html`<section part="tickets">
    ${heading(t(w, 'tickets'))}
    <p class="note" id="party-note">
      ${t(w, 'party', { min: a.minParty, max: f.maxParty })}
      ${a.schedule.minAge ? t(w, 'minAge', { n: a.schedule.minAge }) : nothing}
    </p>
    ${a.prices.map((p) => {
      const n = f.qty[p.id] ?? 0;
      return html`<div class="tier" role="group" aria-labelledby="tier-${p.id}" aria-describedby="party-note">
        <span id="tier-${p.id}" class="tier-name">${p.name} <span class="price">${money(w, p.amountCents)}</span></span>
        <button
          class="step"
          aria-label=${t(w, 'fewer', { name: p.name })}
          aria-disabled=${n <= 0 ? 'true' : 'false'}
          @click=${() => f.addTicket(p.id, -1)}
        >
          −
        </button>
        <output aria-live="polite" aria-label=${p.name}>${n}</output>
        <button
          class="step"
          aria-label=${t(w, 'more', { name: p.name })}
          aria-disabled=${full ? 'true' : 'false'}
          @click=${() => f.addTicket(p.id, 1)}
        >
          +
        </button>
      </div>`;
    })}
    <p class="total" aria-live="polite">${t(w, 'total')}: <strong>${money(w, f.totalCents)}</strong></p>
    ${err ? html`<p class="error" role="alert">${t(w, err, { min: a.minParty, max: f.maxParty })}</p>` : nothing}
    <div class="actions">
      <button class="secondary" @click=${() => f.back('date')}>${t(w, 'back')}</button>
      <button class="primary" @click=${() => f.toContact()}>${t(w, 'next')}</button>
    </div>
  </section>`;
}

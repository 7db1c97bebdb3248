import { html, nothing, type TemplateResult } from 'lit';
import { googleHref, icsHref, type CalendarEntry } from '../internal/calendar-links.ts';
import { formatDay, formatTime, todayIn } from '../internal/dates.ts';
import { t, type Messages } from '../internal/i18n.ts';
import type { FlowState } from '../flow/state.ts';
import { heading, money, type Dispatch } from './shared.ts';

// After Checkout: confirming, then a confirmation worth keeping.

type Done = Extract<FlowState, { step: 'done' }>;

export function doneStep(s: Done, m: Messages, dispatch: Dispatch): TemplateResult {
  const b = s.booking;
  const venue = b.venue ?? s.config?.venue;
  const tz = venue?.timezone ?? 'UTC';
  const where = [venue?.name, venue?.address].filter(Boolean).join(', ');
  const entry: CalendarEntry | undefined =
    b.startsAt && b.endsAt
      ? {
          uid: b.id,
          title: b.activityName ?? b.bookingNumber,
          start: b.startsAt,
          end: b.endsAt,
          location: where,
          details: `${t(m, 'bookingNumber')}: ${b.bookingNumber}`,
        }
      : undefined;
  return html`<section part="success" class="success">
    <div class="tick" aria-hidden="true">✓</div>
    ${heading(t(m, 'booked'))}
    <p class="number-line">${t(m, 'bookingNumber')}: <strong class="number">${b.bookingNumber}</strong></p>
    ${b.customerEmail ? html`<p class="note">${t(m, 'emailed', { email: b.customerEmail })}</p>` : nothing}
    <dl class="summary">
      ${b.activityName ? html`<dt>${b.activityName}</dt>` : nothing}
      ${
        b.startsAt
          ? html`<dd class="when">
              ${formatDay(todayIn(tz, Date.parse(b.startsAt)), m.locale, { dateStyle: 'full' })} ·
              ${formatTime(b.startsAt, m.locale, tz)}
            </dd>`
          : nothing
      }
      ${b.lineItems.map(
        (l) => html`<dd><span>${l.quantity} × ${l.name}</span><span>${money(m, l.totalCents, b.currency)}</span></dd>`,
      )}
      <dd class="total"><span>${t(m, 'total')}</span><strong>${money(m, b.totalCents, b.currency)}</strong></dd>
    </dl>
    ${venue?.address ? html`<p class="address"><span class="label">${t(m, 'address')}</span> ${where}</p>` : nothing}
    ${
      entry
        ? html`<p class="links">
            <a class="button secondary" href=${icsHref(entry)} download="booking-${b.bookingNumber}.ics"
              >${t(m, 'addCalendar')}</a
            >
            <a class="button secondary" href=${googleHref(entry)} target="_blank" rel="noopener"
              >${t(m, 'googleCalendar')}</a
            >
          </p>`
        : nothing
    }
    <div class="actions">
      <button class="secondary" @click=${() => dispatch({ type: 'again', today: '' })}>${t(m, 'again')}</button>
    </div>
  </section>`;
}

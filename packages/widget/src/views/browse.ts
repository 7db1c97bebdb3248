import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarMonthDetail, CalendarSelectDetail } from '../booking-calendar/booking-calendar.component.ts';
import { formatDay, formatTime } from '../internal/dates.ts';
import { t, type Messages } from '../internal/i18n.ts';
import type { Session, WidgetConfig } from '../internal/types.ts';
import type { Browse, FlowState, Picked } from '../flow/state.ts';
import { details, heading, meta, picture, type Dispatch } from './shared.ts';

// The choosing steps: the activity picker (venue mode), then one layout of two
// panes — details and calendar | times and tickets — one column when narrow.

export function activityStep(s: { config: WidgetConfig }, m: Messages, dispatch: Dispatch): TemplateResult {
  const cur = s.config.venue.currency;
  return html`<section part="activities">
    <p class="venue">${s.config.venue.name}</p>
    ${heading(t(m, 'chooseActivity'))}
    <ul class="cards">
      ${s.config.activities.map(
        (a) =>
          html`<li>
            <button class="card" @click=${() => dispatch({ type: 'pickActivity', activityId: a.id, today: '' })}>
              ${picture(a, '')}
              <strong class="name">${a.name}</strong>
              ${a.description ? html`<span class="desc">${a.description}</span>` : nothing} ${meta(m, a, cur)}
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

type Choosing = Extract<FlowState, { step: 'date' | 'tickets' }>;

/** What a lazily loaded view adds after each time (the waitlist button of a sold-out one). */
export type SlotExtra = (session: Session) => unknown;

/**
 * `tickets`: the tickets of the chosen time (a lazily loaded view), shown under the times; or, on a date
 * step, an open waitlist form.
 */
export function dateStep(
  s: Choosing,
  m: Messages,
  dispatch: Dispatch,
  tickets: unknown = nothing,
  extra?: SlotExtra,
): TemplateResult {
  const many = s.config.activities.length > 1;
  return html`<div class="panes">
    <div class="pane">
      ${
        many
          ? html`<button class="link backlink" @click=${() => dispatch({ type: 'backToActivities' })}>
              ← ${t(m, 'chooseActivity')}
            </button>`
          : nothing
      }
      ${details(s, m)}
      <section class="cal-pane">
        ${heading(t(m, 'chooseDate'))}
        <booking-calendar
          part="calendar"
          exportparts="grid, day"
          .month=${s.month}
          .days=${s.days}
          .min=${s.today}
          .max=${s.lastDay}
          .selected=${s.date ?? ''}
          .messages=${m}
          @booking-calendar-select=${(e: CustomEvent<CalendarSelectDetail>) =>
            dispatch({ type: 'pickDate', date: e.detail.date })}
          @booking-calendar-month=${(e: CustomEvent<CalendarMonthDetail>) =>
            dispatch({ type: 'showMonth', month: e.detail.month })}
        ></booking-calendar>
      </section>
    </div>
    <div class="pane times-pane">${times(s, m, dispatch, extra)} ${tickets}</div>
  </div>`;
}

function times(s: Browse, m: Messages, dispatch: Dispatch, extra?: SlotExtra): TemplateResult {
  if (!s.date) return html`<p class="hint">${t(m, 'pickDateFirst')}</p>`;
  const tz = s.config.venue.timezone;
  const chosen = 'session' in s ? (s as Picked).session.id : '';
  const label = t(m, 'chooseTime', { date: formatDay(s.date, m.locale, { dateStyle: 'full' }) });
  return html`<section part="slots" aria-busy=${s.sessions ? 'false' : 'true'}>
    <h3 data-slots tabindex="-1">${label}</h3>
    ${
      !s.sessions
        ? html`<ul class="slots" aria-hidden="true">
            ${[0, 1, 2, 3].map(() => html`<li class="sk slot-sk"></li>`)}
          </ul>`
        : s.sessions.length === 0
          ? html`<p class="hint">${t(m, 'noSlots')}</p>`
          : html`<ul class="slots">
              ${s.sessions.map((x) => {
                const full = x.capacityRemaining <= 0;
                return html`<li>
                  <button
                    class="slot ${x.id === chosen ? 'on' : ''}"
                    aria-disabled=${full ? 'true' : 'false'}
                    aria-pressed=${x.id === chosen ? 'true' : 'false'}
                    @click=${() => !full && dispatch({ type: 'pickSession', sessionId: x.id })}
                  >
                    <span class="time">${formatTime(x.startsAt, m.locale, tz)}</span>
                    <span class="left">${full ? t(m, 'full') : t(m, 'left', { n: x.capacityRemaining })}</span>
                  </button>
                  ${extra?.(x)}
                </li>`;
              })}
            </ul>`
    }
  </section>`;
}

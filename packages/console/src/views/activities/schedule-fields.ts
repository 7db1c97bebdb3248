// The schedule step of the activity form (the seed's): operating days, hours,
// interval, booking window, custom hours per weekday, custom dates and blocked
// dates with the reason customers see.
import { html, nothing } from 'lit';
import { checkField, fieldMessage, formInput, idOf, inputField, rowInput, type Binding } from './fields.ts';
import { WEEKDAYS } from './form-model.ts';
import { t, weekdayName } from './messages.ts';

/** A date `days` after today in the browser (a starting value only; the admin picks the real one). */
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function operatingDays(b: Binding) {
  return html`<fieldset
    class="days"
    aria-describedby=${b.error('schedule.operatingDays') ? `${idOf('schedule.operatingDays')}-error` : nothing}
  >
    <legend>${t('operatingDays')}</legend>
    ${WEEKDAYS.map((day, i) => {
      const id = `${idOf('schedule.operatingDays')}-${day}`;
      return html`<span class="day-check">
        <input
          id=${id}
          type="checkbox"
          .checked=${b.form.operatingDays.includes(day)}
          @change=${(e: Event) =>
            b.change((f) => {
              const on = (e.target as HTMLInputElement).checked;
              f.operatingDays = on ? [...f.operatingDays, day] : f.operatingDays.filter((d) => d !== day);
            })}
        />
        <label for=${id}>${weekdayName(i, b.locale, 'short')}</label>
      </span>`;
    })}
    ${fieldMessage(b, 'schedule.operatingDays')}
  </fieldset>`;
}

function customHours(b: Binding) {
  const f = b.form;
  return html`<fieldset>
    <legend>${t('customHours')}</legend>
    ${checkField(b, 'schedule.customHoursEnabled', t('customHoursEnabled'), f.customHoursEnabled, (x, v) => {
      x.customHoursEnabled = v;
    })}
    ${
      f.customHoursEnabled
        ? html`<div class="rows">
            ${WEEKDAYS.map((day, i) => {
              const h = f.customHours[day];
              const base = `schedule.customHours.${day}`;
              const name = weekdayName(i, b.locale);
              return html`<div class="row" role="group" aria-label=${name}>
                <span class="row-name">${name}</span>
                ${checkField(b, `${base}.enabled`, t('open'), h.enabled, (x, v) => {
                  x.customHours[day] = { ...x.customHours[day], enabled: v };
                })}
                ${inputField(
                  b,
                  `${base}.startTime`,
                  `${name}: ${t('startTime')}`,
                  h.startTime,
                  (x, v) => {
                    x.customHours[day] = { ...x.customHours[day], startTime: v };
                  },
                  { type: 'time', hiddenLabel: true },
                )}
                ${inputField(
                  b,
                  `${base}.endTime`,
                  `${name}: ${t('endTime')}`,
                  h.endTime,
                  (x, v) => {
                    x.customHours[day] = { ...x.customHours[day], endTime: v };
                  },
                  { type: 'time', hiddenLabel: true },
                )}
              </div>`;
            })}
          </div>`
        : nothing
    }
  </fieldset>`;
}

function customDates(b: Binding) {
  return html`<fieldset>
    <legend>${t('customDates')}</legend>
    <p class="hint">${t('customDatesHint')}</p>
    <div class="rows">
      ${b.form.customDates.map((d, i) => {
        return html`<div class="row" role="group" aria-label="${t('date')} ${d.date}">
          ${rowInput(b, 'customDates', i, 'date', t('date'), { type: 'date' })}
          ${rowInput(b, 'customDates', i, 'startTime', t('startTime'), { type: 'time' })}
          ${rowInput(b, 'customDates', i, 'endTime', t('endTime'), { type: 'time' })}
          <button
            type="button"
            class="button small"
            aria-label=${t('removeOf', { what: d.date })}
            @click=${() => b.change((x) => x.customDates.splice(i, 1))}
          >
            ${t('remove')}
          </button>
        </div>`;
      })}
    </div>
    ${fieldMessage(b, 'schedule.customDates')}
    <button
      type="button"
      class="button small"
      @click=${() =>
        b.change((x) => {
          x.customDates.push({ id: null, date: soon(14), startTime: x.startTime, endTime: x.endTime });
        })}
    >
      + ${t('addDate')}
    </button>
  </fieldset>`;
}

function blockedDates(b: Binding) {
  return html`<fieldset>
    <legend>${t('blockedDates')}</legend>
    <p class="hint">${t('blockedDatesHint')}</p>
    <div class="rows">
      ${b.form.blockedDates.map((d, i) => {
        return html`<div class="row" role="group" aria-label="${t('blockedDates')} ${d.date}">
          ${rowInput(b, 'blockedDates', i, 'date', t('date'), { type: 'date' })}
          ${rowInput(b, 'blockedDates', i, 'reason', t('reason'), { wide: true })}
          <button
            type="button"
            class="button small"
            aria-label=${t('removeOf', { what: d.date })}
            @click=${() => b.change((x) => x.blockedDates.splice(i, 1))}
          >
            ${t('remove')}
          </button>
        </div>`;
      })}
    </div>
    ${fieldMessage(b, 'schedule.blockedDates')}
    <button
      type="button"
      class="button small"
      @click=${() => b.change((x) => x.blockedDates.push({ id: null, date: soon(7), reason: '' }))}
    >
      + ${t('addBlocked')}
    </button>
  </fieldset>`;
}

export function renderSchedule(b: Binding) {
  const f = b.form;
  return html`<section class="card section" aria-labelledby="schedule-h">
    <h2 id="schedule-h">${t('schedule')}</h2>
    ${operatingDays(b)}
    <div class="fields">
      ${formInput(b, 'schedule.startTime', 'startTime', t('startTime'), { type: 'time' })}
      ${formInput(b, 'schedule.endTime', 'endTime', t('endTime'), { type: 'time' })}
      ${formInput(b, 'schedule.slotInterval', 'slotInterval', t('slotInterval'), { type: 'number', min: 5 })}
      ${formInput(b, 'schedule.advanceBooking', 'advanceBooking', t('advanceBooking'), { type: 'number', min: 1 })}
    </div>
    ${customHours(b)} ${customDates(b)} ${blockedDates(b)}
    <fieldset>
      <legend>${t('rules')}</legend>
      <div class="fields">${formInput(b, 'schedule.minAge', 'minAge', t('minAge'), { type: 'number', min: 0 })}</div>
      ${checkField(b, 'schedule.requiresWaiver', t('requiresWaiver'), f.requiresWaiver, (x, v) => {
        x.requiresWaiver = v;
      })}
      <div class="field">
        <label for="f-schedule-bookingMode">${t('bookingMode')}</label>
        <select
          id="f-schedule-bookingMode"
          aria-describedby="f-schedule-bookingMode-hint"
          @change=${(e: Event) =>
            b.change((x) => {
              x.bookingMode = (e.target as HTMLSelectElement).value as 'SHARED' | 'PRIVATE';
            })}
        >
          <option value="SHARED" ?selected=${f.bookingMode !== 'PRIVATE'}>${t('shared')}</option>
          <option value="PRIVATE" ?selected=${f.bookingMode === 'PRIVATE'}>${t('private')}</option>
        </select>
        <p class="hint" id="f-schedule-bookingMode-hint">${t('bookingModeHint')}</p>
      </div>
    </fieldset>
  </section>`;
}

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './booking-calendar.ts';
import type { BookingCalendar } from './booking-calendar.component.ts';
import type { CalendarDay } from '../internal/types.ts';

function days(from: string, to: string): Record<string, CalendarDay> {
  const out: Record<string, CalendarDay> = {};
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 864e5) {
    const date = new Date(d).toISOString().slice(0, 10);
    out[date] = { date, status: date === '2026-03-12' ? 'SOLD_OUT' : 'AVAILABLE', hasCustomHours: false, reason: null };
  }
  return out;
}

async function calendar(dir = 'ltr'): Promise<BookingCalendar> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div dir=${dir}>
      <booking-calendar
        month="2026-03-01"
        min="2026-03-09"
        max="2026-05-20"
        .days=${days('2026-03-01', '2026-05-31')}
      ></booking-calendar>
    </div>`,
  );
  const el = wrap.querySelector('booking-calendar')!;
  await el.updateComplete;
  return el;
}

const focused = (el: BookingCalendar) => el.shadowRoot!.activeElement?.getAttribute('data-date');
const cell = (el: BookingCalendar, d: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-date="${d}"]`)!;

async function press(el: BookingCalendar, key: string, shiftKey = false) {
  el.shadowRoot!.activeElement!.dispatchEvent(
    new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true }),
  );
  await el.updateComplete;
  await el.updateComplete;
}

/** What the widget does on booking-calendar-month: show the asked month. */
function followMonths(el: BookingCalendar) {
  el.addEventListener('booking-calendar-month', (e) => (el.month = e.detail.month));
}

describe('<booking-calendar>', () => {
  it('should render a labelled grid with one tab stop on the first bookable day', async () => {
    const el = await calendar();
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).to.equal('title');
    expect(el.shadowRoot!.getElementById('title')!.textContent).to.equal('March 2026');
    const tabbable = [...el.shadowRoot!.querySelectorAll('[data-date]')].filter(
      (b) => b.getAttribute('tabindex') === '0',
    );
    expect(tabbable.map((b) => b.getAttribute('data-date'))).to.deep.equal(['2026-03-09']);
    expect(el.shadowRoot!.querySelectorAll('th')[0]!.getAttribute('abbr')).to.equal('Monday');
    await expect(el).to.be.accessible();
  });

  it('should move with arrows, Home and End, keeping a single tab stop', async () => {
    const el = await calendar();
    cell(el, '2026-03-09').focus();
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('2026-03-10');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('2026-03-17');
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('2026-03-16');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('2026-03-09');
    await press(el, 'End');
    expect(focused(el)).to.equal('2026-03-15');
    await press(el, 'Home');
    expect(focused(el)).to.equal('2026-03-09');
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });

  it('should change month with PageDown/PageUp and arrows across the month edge', async () => {
    const el = await calendar();
    followMonths(el);
    cell(el, '2026-03-09').focus();
    const moved = oneEvent(el, 'booking-calendar-month');
    await press(el, 'PageDown');
    expect((await moved).detail.month).to.equal('2026-04-01');
    await el.updateComplete;
    expect(focused(el)).to.equal('2026-04-09');
    expect(el.shadowRoot!.getElementById('title')!.textContent).to.equal('April 2026');
    await press(el, 'PageUp');
    expect(focused(el)).to.equal('2026-03-09');
    await press(el, 'PageDown');
    await press(el, 'ArrowUp'); // April 2 → March 26 … walk back into March
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('2026-03-26');
  });

  it('should not move before the first bookable month or after the last', async () => {
    const el = await calendar();
    followMonths(el);
    cell(el, '2026-03-09').focus();
    await press(el, 'PageUp');
    expect(focused(el)).to.equal('2026-03-01');
    await press(el, 'PageDown', true); // Shift+PageDown: a year, clamped to May
    expect(focused(el)).to.equal('2026-05-31');
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.disabled).to.equal(true);
  });

  it('should mirror left and right in RTL', async () => {
    const el = await calendar('rtl');
    cell(el, '2026-03-10').focus();
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('2026-03-11');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('2026-03-10');
    await expect(el).to.be.accessible();
  });

  it('should select only bookable days, by click or Enter', async () => {
    const el = await calendar();
    const picks: string[] = [];
    el.addEventListener('booking-calendar-select', (e) => picks.push(e.detail.date));
    cell(el, '2026-03-12').click(); // sold out
    cell(el, '2026-03-05').click(); // past
    cell(el, '2026-03-11').click();
    expect(picks).to.deep.equal(['2026-03-11']);
    expect(cell(el, '2026-03-12').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(el, '2026-03-11').hasAttribute('aria-disabled')).to.equal(false);
  });
});

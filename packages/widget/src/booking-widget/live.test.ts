import { expect } from '@open-wc/testing';
import { config, session } from '../test/fake-api.ts';
import { day, mount, q, qa, text, toDate, toHold, toTickets, until } from '../test/helpers.ts';

describe('<booking-widget> live availability', () => {
  it('should watch the picked date and apply a pushed change without reloading', async () => {
    const m = await mount();
    await toDate(m);
    expect(m.live.watchers.map((w) => [w.activityId, w.date])).to.deep.equal([['act-1', '2026-03-11']]);
    const queries = m.api.ops('Availability').length;
    m.live.push([session('s-10', '10:00', 2), session('s-14', '14:00', 3)]);
    await m.el.updateComplete;
    expect(qa(m.el, '.slot .left').map((s) => s.textContent)).to.deep.equal(['2 left', '3 left']);
    expect(qa(m.el, '.slot')[1]!.getAttribute('aria-disabled')).to.equal('false');
    expect(m.api.ops('Availability')).to.have.length(queries);
  });

  it('should subscribe to a date before reading it, so no change falls between the two', async () => {
    const m = await mount();
    const readsAtWatch: number[] = [];
    const watch = m.live.watch.bind(m.live);
    m.live.watch = (query, on, fail) => {
      if (query.kind === 'availability') {
        readsAtWatch.push(m.api.ops('Availability').filter((c) => c.variables.date === query.date).length);
      }
      return watch(query, on, fail);
    };
    await toDate(m);
    expect(readsAtWatch).to.deep.equal([0]);
    expect(m.api.ops('Availability')).to.have.length(1);
  });

  it('should mark the day sold out when a push leaves no seats, and available again when seats return', async () => {
    const m = await mount();
    await toDate(m);
    m.live.push([session('s-10', '10:00', 0), session('s-14', '14:00', 0)]);
    await m.el.updateComplete;
    await until(() => day(m.el, '2026-03-11')!.classList.contains('sold'));
    m.live.push([session('s-10', '10:00', 1), session('s-14', '14:00', 0)]);
    await until(() => day(m.el, '2026-03-11')!.classList.contains('ok'));
  });

  it('should stop watching the previous date when another is picked', async () => {
    const m = await mount();
    await toDate(m);
    await toDate(m, '2026-03-16');
    expect(m.live.watchers.map((w) => w.date)).to.deep.equal(['2026-03-16']);
    m.live.watchers[0]!.on([session('x', '09:00', 4, '2026-03-16')]);
    await m.el.updateComplete;
    expect(qa(m.el, '.slot')).to.have.length(1);
  });

  it('should update the remaining seats of the chosen slot while choosing tickets', async () => {
    const m = await mount();
    await toTickets(m);
    expect(text(m.el, '.note')).to.contain('Groups of 2 to 5 people.');
    m.live.push([session('s-10', '10:00', 3), session('s-14', '14:00', 0)]);
    await m.el.updateComplete;
    expect(text(m.el, '.note')).to.contain('Groups of 2 to 3 people.');
  });

  it('should fall back to polling availability every 15 s when the push channel fails', async () => {
    const m = await mount();
    await toDate(m);
    const before = m.api.ops('Availability').length;
    m.live.breakDown();
    expect(m.live.watchers).to.have.length(0);
    m.api.handlers.Availability = () => ({ availability: [session('s-10', '10:00', 1), session('s-14', '14:00', 0)] });
    m.clock.advance(14_999);
    expect(m.api.ops('Availability')).to.have.length(before);
    m.clock.advance(1);
    await until(() => q(m.el, '.slot .left')?.textContent === '1 left', 'polled seats');
    m.clock.advance(15_000);
    await until(() => m.api.ops('Availability').length === before + 2);
    // Once pushes failed, a new date polls straight away instead of retrying the socket.
    await toDate(m, '2026-03-16');
    expect(m.live.all).to.have.length(0);
    expect(m.clock.active).to.equal(2); // the date's times and the month's days
  });

  it('should close the push channel and stop timers when removed from the page', async () => {
    const m = await mount();
    await toDate(m);
    const parent = m.el.parentElement!;
    m.el.remove();
    expect(m.live.watchers).to.have.length(0);
    expect(m.live.closed).to.equal(true);
    parent.append(m.el); // moved back, e.g. by a framework re-parenting it
    expect(m.live.watchers.map((w) => w.date)).to.deep.equal(['2026-03-11']);
  });

  it('should keep counting down a hold after the element is moved in the page', async () => {
    const m = await mount();
    await toHold(m);
    const parent = m.el.parentElement!;
    m.el.remove();
    expect(m.clock.active).to.equal(0);
    parent.append(m.el);
    m.clock.advance(2_000);
    await m.el.updateComplete;
    expect(text(m.el, '[role="timer"]')).to.equal('9:58');
  });

  it('should apply a pushed venue theme while open, without reloading', async () => {
    const m = await mount();
    await toDate(m);
    const base = q(m.el, '[part~="base"]')!;
    expect(base.classList.contains('dark')).to.equal(false);
    const loads = m.api.ops('WidgetConfig').length;
    const dark = config();
    dark.venue.theme = { mode: 'dark', accentColor: '#b91c1c', radiusPx: 12, fontFamily: null };
    m.live.pushConfig(dark);
    await until(() => base.classList.contains('dark'), 'dark mode');
    expect(getComputedStyle(base).getPropertyValue('--_accent').trim()).to.equal('#b91c1c');
    expect(getComputedStyle(base).getPropertyValue('--_venue-radius').trim()).to.equal('12px');
    expect(m.api.ops('WidgetConfig')).to.have.length(loads);
    expect(day(m.el, '2026-03-11')!.closest('td')!.getAttribute('aria-selected')).to.equal('true'); // same date
  });

  it('should poll the month shown every 15 s once the push channel fails', async () => {
    const m = await mount();
    await toDate(m);
    const before = m.api.ops('Calendar').length;
    m.live.breakDown();
    expect(m.live.of('calendar')).to.have.length(0);
    m.api.handlers.Calendar = () => ({
      calendar: [{ date: '2026-03-16', status: 'SOLD_OUT', hasCustomHours: false, reason: null }],
    });
    m.clock.advance(15_000);
    await until(() => day(m.el, '2026-03-16')!.classList.contains('sold'), 'a polled day');
    expect(m.api.ops('Calendar').length).to.equal(before + 1);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { activity, config, FakeApi, GqlError, NOW, session } from '../test/fake-api.ts';
import {
  buttonByText,
  day,
  fillContact,
  mount,
  q,
  qa,
  submitContact,
  text,
  toContact,
  toDate,
  toHold,
  toTickets,
  until,
} from '../test/helpers.ts';

// Issue 19, one test per numbered problem the widget can show on its own
// (the end-to-end runs are in e2e/journey.test.ts).

afterEach(() => {
  history.replaceState(null, '', location.pathname);
  sessionStorage.clear();
});

describe('<booking-widget> after Checkout and while open (issue 19)', () => {
  it('1: should show a paid return only in the widget it names', async () => {
    history.replaceState(null, '', `${location.pathname}?slotkit_session=cs_1&slotkit_widget=second`);
    const api = new FakeApi();
    const a = await mount({ 'activity-id': 'act-1', id: 'first' }, api);
    const b = document.createElement('booking-widget');
    Object.assign(b, { clock: a.clock, liveSource: a.live, navigate: () => {} });
    b.setAttribute('api', 'https://api.test/graphql');
    b.setAttribute('activity-id', 'act-1');
    b.id = 'second';
    a.el.after(b);
    await until(() => q(b as never, '[part="success"]'), 'the named widget confirmed');
    await until(() => day(a.el, '2026-03-11')?.classList.contains('ok'), 'the other widget books as usual');
    expect(q(a.el, '[part="success"]')).to.equal(null);
    expect(api.ops('ConfirmCheckout')).to.have.length(1);
    // Focus goes to the confirmation the customer came back for, never to another widget.
    await until(() => b.shadowRoot!.activeElement?.tagName === 'H2', 'focus on the confirmation');
    expect(a.el.shadowRoot!.activeElement).to.equal(null);
  });

  it('4: should say an unknown return in that widget only and keep working, and clean the address bar', async () => {
    history.replaceState(null, '', `${location.pathname}?slotkit_session=cs_gone`);
    const api = new FakeApi();
    api.handlers.ConfirmCheckout = () => new GqlError('NOT_FOUND');
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await until(() => text(m.el, '[part="notice"] p'), 'notice');
    expect(text(m.el, '[part="notice"] p')).to.equal(
      'We could not find that payment. Nothing was charged by this page; you can book below.',
    );
    await toDate(m);
    await until(() => !location.search.includes('slotkit_session'), 'parameters removed');
  });

  it('3: should release the hold at once after a cancelled Checkout and land on the same date, saying so', async () => {
    sessionStorage.setItem(
      'slotkit:act-1-0',
      JSON.stringify({ reservationId: 'res-1', activityId: 'act-1', date: '2026-03-11' }),
    );
    history.replaceState(
      null,
      '',
      `${location.pathname}?slotkit_session=res-1&slotkit_widget=act-1-0&slotkit_cancelled=1`,
    );
    const m = await mount();
    await until(() => m.api.ops('ReleaseReservation').length === 1, 'release');
    expect(m.api.ops('ReleaseReservation')[0]!.variables).to.deep.equal({ reservationId: 'res-1' });
    await until(() => qa(m.el, '.slot').length === 2, 'times of the same date');
    expect(text(m.el, '[part="notice"] p')).to.contain('Payment cancelled');
    expect(m.api.ops('ConfirmCheckout')).to.have.length(0);
    await expect(m.el).to.be.accessible();
  });

  it('5: should tell a refused origin from a network failure', async () => {
    const api = new FakeApi();
    api.offline = true;
    api.originAllowed = false;
    const logged: string[] = [];
    const original = console.error;
    console.error = (msg: string) => logged.push(msg);
    try {
      const m = await mount({ 'activity-id': 'act-1' }, api);
      await until(() => text(m.el, '[part="notice"] p'), 'notice');
      expect(text(m.el, '[part="notice"] p')).to.contain('This site is not allowed to show this booking calendar');
      expect(logged.join()).to.contain('https://shop.example');
    } finally {
      console.error = original;
    }
  });

  it('6: should count down from the server expiresAt (a 20-minute hold) and make the last minute urgent', async () => {
    const api = new FakeApi();
    const reserve = api.handlers.ReserveSlot!;
    api.handlers.ReserveSlot = (v) => {
      const r = reserve(v) as { reserveSlot: Record<string, unknown> };
      return { reserveSlot: { ...r.reserveSlot, expiresAt: new Date(NOW + 20 * 60_000).toISOString() } };
    };
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await toHold(m);
    expect(text(m.el, '[role="timer"]')).to.equal('20:00');
    m.clock.advance(10 * 60_000);
    await m.el.updateComplete;
    expect(text(m.el, '[role="timer"]')).to.equal('10:00');
    m.clock.advance(9 * 60_000 + 30_000);
    await m.el.updateComplete;
    expect(q(m.el, '.timer')!.classList.contains('urgent')).to.equal(true);
  });

  it('7: should follow the month shown and the config while open, announcing a time that sells out', async () => {
    const m = await mount();
    await toDate(m);
    expect(m.live.of('calendar').map((w) => w.query)).to.deep.equal([
      { kind: 'calendar', activityId: 'act-1', from: '2026-03-01', to: '2026-03-31' },
    ]);
    m.live.pushDays([{ date: '2026-03-16', status: 'SOLD_OUT', hasCustomHours: false, reason: null }]);
    await until(() => day(m.el, '2026-03-16')!.classList.contains('sold'), 'a day sold out elsewhere');
    m.live.push([session('s-10', '10:00', 0), session('s-14', '14:00', 0)]);
    await until(() => text(m.el, '.sr').includes('just sold out'), 'announcement');
    const changed = config();
    changed.activities[0]!.prices[0]!.amountCents = 3300;
    m.live.pushConfig(changed);
    m.live.push([session('s-10', '10:00', 5), session('s-14', '14:00', 0)]);
    await m.el.updateComplete;
    qa(m.el, '.slot')[0]!.click();
    await until(() => text(m.el, '[part="tickets"]').includes('$33.00'), 'the new price');
  });

  it('8: should show blocked days with reasons, legend statuses, descriptions and the min-age check', async () => {
    const m = await mount();
    await until(() => day(m.el, '2026-03-13'));
    const blocked = day(m.el, '2026-03-13')!;
    expect(blocked.classList.contains('blocked')).to.equal(true);
    expect(blocked.title).to.equal('Private event');
    expect(blocked.getAttribute('aria-label')).to.contain('Private event');
    const legend = q(m.el, 'booking-calendar')!.shadowRoot!.querySelectorAll('.legend .sw');
    expect([...legend].map((s) => s.classList[1])).to.deep.equal(['ok', 'sold', 'blocked', 'closed', 'custom']);
    expect(text(m.el, '[part="details"]')).to.contain('Solve the lab before the timer runs out.');
    await toContact(m);
    await fillContact(m);
    q<HTMLInputElement>(m.el, '#minAge')!.click(); // untick it again
    await submitContact(m);
    await until(() => q(m.el, '#minAge-err'));
    expect(m.api.ops('ReserveSlot')).to.have.length(0);
  });

  it('8: should name price tiers in the venue translation for the customer language', async () => {
    const api = new FakeApi();
    const a = activity();
    a.prices[1]!.names = [{ locale: 'es', name: 'Niño (12–15)' }];
    api.handlers.WidgetConfig = () => ({ widgetConfig: config([a]) });
    const m = await mount({ 'activity-id': 'act-1', locale: 'es' }, api);
    await toTickets(m);
    expect(q(m.el, '[aria-label="Una entrada Niño (12–15) más"]')).to.not.equal(null);
    expect(q(m.el, '[aria-label="Una entrada Adulto más"]')).to.not.equal(null);
  });

  it('9: should confirm with tickets, total, the email, the address and add-to-calendar links', async () => {
    history.replaceState(null, '', `${location.pathname}?slotkit_session=cs_1`);
    const m = await mount();
    await until(() => q(m.el, '[part="success"] .links'));
    const shown = text(m.el, '[part="success"]');
    expect(shown).to.contain('2 × Adult').and.contain('1 × Child').and.contain('$75.00');
    expect(shown).to.contain('We emailed your confirmation to ada@example.com.');
    expect(shown).to.contain('1 Puzzle Lane, Springfield');
    const [ics, google] = qa(m.el, '.links a') as HTMLAnchorElement[];
    expect(ics!.getAttribute('download')).to.equal('booking-SK-7Q2M.ics');
    expect(decodeURIComponent(ics!.href)).to.contain('DTSTART:20260311T140000Z');
    expect(google!.href).to.contain('dates=20260311T140000Z%2F20260311T150000Z');
    await expect(m.el).to.be.accessible();
  });

  it('should speak Spanish in its errors too', async () => {
    const m = await mount({ 'activity-id': 'act-1', locale: 'es' });
    await toTickets(m);
    buttonByText(m.el, 'Continuar')!.click();
    await until(() => q(m.el, '[part="contact"]'), 'contact step');
    await fillContact(m);
    m.api.handlers.ReserveSlot = () => new GqlError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 7 });
    buttonByText(m.el, 'Reservar plazas')!.click();
    await until(() => text(m.el, '[part="notice"] p'));
    expect(text(m.el, '[part="notice"] p')).to.equal('Demasiadas solicitudes. Inténtalo en 7 s.');
  });

  it('10: should keep its height from skeleton to calendar (no layout shift)', async () => {
    const api = new FakeApi();
    let answer!: () => void;
    const gate = new Promise<void>((r) => (answer = r));
    const ok = api.handlers.WidgetConfig!;
    api.handlers.WidgetConfig = async (v) => (await gate, ok(v));
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const m = await mount({ 'activity-id': 'act-1' }, api);
    wrap.append(m.el);
    await until(() => q(m.el, '.sk.banner'), 'skeleton');
    const before = m.el.getBoundingClientRect().height;
    answer();
    await until(() => day(m.el, '2026-03-11')?.classList.contains('ok'), 'calendar');
    await new Promise((r) => requestAnimationFrame(r));
    const after = m.el.getBoundingClientRect().height;
    expect(Math.abs(after - before), `${before} → ${after}`).to.be.below(24);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { activity, config, FakeApi } from '../test/fake-api.ts';
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
  until,
} from '../test/helpers.ts';

const calendarShown = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  el.shadowRoot!.querySelector('booking-calendar[part="calendar"]');

describe('<booking-widget> attributes, theming and languages', () => {
  it('should reflect its properties to attributes', async () => {
    const m = await mount();
    m.el.theme = 'dark';
    m.el.preview = true;
    m.el.locale = 'de';
    await m.el.updateComplete;
    expect(m.el.getAttribute('theme')).to.equal('dark');
    expect(m.el.hasAttribute('preview')).to.equal(true);
    expect(m.el.getAttribute('locale')).to.equal('de');
  });

  it('should reload and re-render when activity-id changes', async () => {
    const api = new FakeApi();
    api.handlers.WidgetConfig = (v) => ({
      widgetConfig: config([activity(v.activityId, v.activityId === 'act-2' ? 'Tower Tour' : 'Escape the Lab')]),
    });
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await until(() => text(m.el, '.title') === 'Escape the Lab');
    m.el.setAttribute('activity-id', 'act-2');
    await until(() => text(m.el, '.title') === 'Tower Tour', 'the new activity');
    expect(api.ops('WidgetConfig').map((c) => c.variables.activityId)).to.deep.equal(['act-1', 'act-2']);
    await until(() => api.ops('Calendar').some((c) => c.variables.activityId === 'act-2'));
  });

  it('should let the customer pick an activity first in venue mode', async () => {
    const api = new FakeApi();
    api.handlers.WidgetConfig = () => ({
      widgetConfig: config([activity('act-1', 'Escape the Lab'), activity('act-2', 'Tower Tour')]),
    });
    const m = await mount({ 'embed-key': 'venue-key' }, api);
    await until(() => q(m.el, '[part="activities"]'));
    expect(api.ops('WidgetConfig')[0]!.variables).to.deep.equal({ activityId: null, embedKey: 'venue-key' });
    expect(qa(m.el, '.card .name').map((b) => b.textContent)).to.deep.equal(['Escape the Lab', 'Tower Tour']);
    expect(text(m.el, '.card')).to.contain('60 min').and.contain('from $15.00');
    await expect(m.el).to.be.accessible();
    qa(m.el, '.card')[1]!.click();
    await until(() => calendarShown(m.el));
    expect(text(m.el, '.title')).to.equal('Tower Tour');
    await until(() => m.el.shadowRoot!.activeElement?.tagName === 'H2', 'focus on the step heading');
    buttonByText(m.el, '← Choose an activity')!.click();
    await until(() => q(m.el, '[part="activities"]'));
  });

  it('should fetch the config once for two widgets within its max-age, and again when not cacheable', async () => {
    const api = new FakeApi();
    const a = await mount({ 'activity-id': 'act-1' }, api);
    await until(() => calendarShown(a.el));
    const b = document.createElement('booking-widget');
    b.setAttribute('api', 'https://api.test/graphql');
    b.liveSource = a.live;
    b.setAttribute('activity-id', 'act-1');
    a.el.after(b);
    await until(() => calendarShown(b));
    expect(api.ops('WidgetConfig')).to.have.length(1);
    api.cacheControl = 'no-store';
    b.setAttribute('activity-id', 'act-9');
    await until(() => api.ops('WidgetConfig').length === 2);
    b.setAttribute('activity-id', 'act-1'); // still cached from the first answer
    b.setAttribute('activity-id', 'act-9');
    await until(() => api.ops('WidgetConfig').length === 3, 'the uncached one fetched again');
  });

  it('should apply dark theme and a custom colour with readable text over it', async () => {
    const m = await mount({ 'activity-id': 'act-1', theme: 'dark', color: 'ffcc00' });
    await until(() => calendarShown(m.el));
    const base = q(m.el, '[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(23, 23, 26)');
    expect(getComputedStyle(base).getPropertyValue('--_on-accent').trim()).to.equal('#000000');
    await expect(m.el).to.be.accessible();
    m.el.setAttribute('color', '1d4ed8');
    m.el.setAttribute('theme', 'light');
    await m.el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(base).getPropertyValue('--_accent').trim()).to.equal('#1d4ed8');
    expect(getComputedStyle(base).getPropertyValue('--_on-accent').trim()).to.equal('#ffffff');
    await expect(m.el).to.be.accessible();
  });

  it('should take the accent from --slotkit-accent, and keep the host page CSS out', async () => {
    await fixture(
      html`<style>
        booking-widget {
          --slotkit-accent: #fef08a;
          color: red;
          font-size: 40px;
        }
        button {
          display: none !important;
        }
      </style>`,
    );
    const m = await mount();
    await until(() => calendarShown(m.el));
    const base = q(m.el, '[part~="base"]')!;
    expect(getComputedStyle(base).getPropertyValue('--_accent').trim()).to.equal('#fef08a');
    expect(getComputedStyle(base).getPropertyValue('--_on-accent').trim()).to.equal('#000000');
    expect(getComputedStyle(base).color).to.equal('rgb(24, 24, 27)');
    expect(getComputedStyle(base).fontSize).to.equal('15px');
    expect(getComputedStyle(q(m.el, 'booking-calendar')!.shadowRoot!.querySelector('.nav')!).display).to.not.equal(
      'none',
    );
  });

  it('should let the host page style the main blocks through ::part() and the --slotkit-* properties', async () => {
    await fixture(
      html`<style>
        booking-widget {
          --slotkit-radius: 0px;
          --slotkit-font: monospace;
        }
        booking-widget::part(base) {
          border-color: rgb(1, 2, 3);
        }
        booking-widget::part(day) {
          min-block-size: 3rem;
        }
      </style>`,
    );
    const m = await mount();
    await until(() => day(m.el, '2026-03-11'));
    const base = getComputedStyle(q(m.el, '[part~="base"]')!);
    expect(base.borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(base.borderTopLeftRadius).to.equal('0px');
    expect(base.fontFamily).to.equal('monospace');
    expect(getComputedStyle(day(m.el, '2026-03-11')!).minBlockSize).to.equal('48px');
  });

  it('should speak Spanish and German, with dates and money through Intl', async () => {
    const m = await mount({ 'activity-id': 'act-1', locale: 'es' });
    await until(() => calendarShown(m.el));
    expect(text(m.el, 'h2')).to.equal('Elige una fecha');
    expect(q(m.el, 'booking-calendar')!.shadowRoot!.getElementById('title')!.textContent).to.equal('marzo de 2026');
    m.el.locale = 'de-DE';
    await m.el.updateComplete;
    await q<HTMLElementTagNameMap['booking-calendar']>(m.el, 'booking-calendar')!.updateComplete;
    expect(text(m.el, 'h2')).to.equal('Datum wählen');
    expect(q(m.el, 'booking-calendar')!.shadowRoot!.getElementById('title')!.textContent).to.equal('März 2026');
    await toDate(m);
    qa(m.el, '.slot')[0]!.click();
    await until(() => q(m.el, '[part="tickets"] p.total'), 'tickets');
    expect(text(m.el, '[part="tickets"] p.total')).to.equal('Gesamt 60,00 $');
    // Default tier names speak the customer's language; the venue's own stay as written.
    expect(q(m.el, '[aria-label="Ticket „Erwachsene“ hinzufügen"]')).to.not.equal(null);
  });

  it('should lay out right-to-left when the page says dir="rtl"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const m = await mount();
    wrap.append(m.el);
    await until(() => calendarShown(m.el));
    expect(getComputedStyle(q(m.el, '[part~="base"]')!).direction).to.equal('rtl');
    expect(getComputedStyle(q(m.el, '[part~="base"]')!).textAlign).to.equal('start');
    await expect(m.el).to.be.accessible();
  });

  it('should require the waiver when the activity asks for it and send the acceptance', async () => {
    const api = new FakeApi();
    api.handlers.WidgetConfig = () => ({
      widgetConfig: config([activity('act-1', 'Escape the Lab', true)], 'https://venue.test/waiver'),
    });
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await toContact(m);
    expect(q<HTMLAnchorElement>(m.el, '.check a')!.href).to.equal('https://venue.test/waiver');
    await expect(m.el).to.be.accessible();
    await fillContact(m);
    await submitContact(m);
    await until(() => q(m.el, '#waiver-err'));
    expect(api.ops('ReserveSlot')).to.have.length(0);
    q<HTMLInputElement>(m.el, '#waiver')!.click();
    await submitContact(m);
    await until(() => api.ops('ReserveSlot').length === 1);
    expect(api.ops('ReserveSlot')[0]!.variables.input.waiverAccepted).to.equal(true);
  });

  it('should show sample data in preview mode when given neither a config nor an id', async () => {
    const api = new FakeApi();
    const m = await mount({ preview: '' }, api);
    await until(() => text(m.el, '.title') === 'Sample activity');
    await until(() => q(m.el, 'booking-calendar')!.shadowRoot!.querySelector('.ok'), 'bookable days');
    expect(api.calls).to.have.length(0);
    await expect(m.el).to.be.accessible();
  });

  it('should render a given config in preview mode from its schedule alone and reserve nothing', async () => {
    const api = new FakeApi();
    const m = await mount({ preview: '' }, api);
    const draft = activity('draft', 'Draft Room');
    draft.schedule.operatingDays = ['Wednesday', 'Saturday'];
    draft.schedule.blockedDates = [{ id: 'b', date: '2026-03-14', reason: null }];
    draft.schedule.customDates = [{ id: 'c', date: '2026-03-11', startTime: '10:00', endTime: '15:00' }];
    m.el.config = config([draft]);
    m.el.setAttribute('activity-id', 'draft');
    await until(() => day(m.el, '2026-03-11')?.classList.contains('ok'));
    expect(text(m.el, '.title')).to.equal('Draft Room');
    expect(day(m.el, '2026-03-12')!.classList.contains('closed')).to.equal(true); // Thursday: closed
    expect(day(m.el, '2026-03-14')!.classList.contains('blocked')).to.equal(true); // blocked Saturday
    expect(day(m.el, '2026-03-11')!.querySelector('.dot')).to.not.equal(null);
    await toDate(m);
    // 10:00–15:00 every 240 min, 60 min long: 10:00 and 14:00 New York time.
    expect(qa(m.el, '.slot .time').map((s) => s.textContent)).to.deep.equal(['10:00 AM', '2:00 PM']);
    const shown = m.el.flow.state;
    expect('sessions' in shown && shown.sessions![0]!.startsAt).to.equal('2026-03-11T14:00:00.000Z');
    expect(api.calls).to.have.length(0);
    expect(m.live.watchers).to.have.length(0);
    qa(m.el, '.slot')[0]!.click();
    await m.el.updateComplete;
    q<HTMLButtonElement>(m.el, '[aria-label="One more Child ticket"]')!.click();
    await m.el.updateComplete;
    buttonByText(m.el, 'Continue')!.click();
    await until(() => q(m.el, '[part="contact"]'));
    expect(text(m.el, '[part="contact"]')).to.contain('Preview: no reservation will be made.');
    await fillContact(m);
    await submitContact(m);
    await until(() => text(m.el, '[part="notice"]').includes('Preview'));
    expect(api.ops('ReserveSlot')).to.have.length(0);
  });
});

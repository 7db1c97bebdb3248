import { expect, oneEvent } from '@open-wc/testing';
import { FakeApi } from '../test/fake-api.ts';
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

afterEach(() => history.replaceState(null, '', location.pathname));

describe('<booking-widget> booking flow', () => {
  it('should load the config by GET (preflight header) and render the calendar in the venue timezone', async () => {
    const m = await mount();
    await until(() => day(m.el, '2026-03-11')?.classList.contains('ok'), 'calendar');
    const [get] = m.api.ops('WidgetConfig');
    expect(get!.method).to.equal('GET');
    expect(get!.headers.get('apollo-require-preflight')).to.equal('true');
    expect(get!.variables).to.deep.equal({ activityId: 'act-1', embedKey: null });
    expect(m.api.ops('Calendar')[0]!.method).to.equal('POST');
    expect(m.api.ops('Calendar')[0]!.variables).to.include({ from: '2026-03-01', to: '2026-03-31' });
    // 03:30 UTC on the 10th is still the 9th in New York.
    const today = q(m.el, 'booking-calendar')!.shadowRoot!.querySelector('[aria-current="date"]')!;
    expect(today.getAttribute('data-date')).to.equal('2026-03-09');
    expect(day(m.el, '2026-03-08')!.getAttribute('aria-disabled')).to.equal('true');
    expect(day(m.el, '2026-03-12')!.classList.contains('sold')).to.equal(true);
    expect(day(m.el, '2026-03-12')!.getAttribute('aria-label')).to.contain('sold out');
    expect(day(m.el, '2026-03-13')!.classList.contains('blocked')).to.equal(true);
    expect(day(m.el, '2026-03-14')!.querySelector('.dot')).to.not.equal(null);
    expect(day(m.el, '2026-03-14')!.getAttribute('aria-label')).to.contain('special hours');
    await expect(m.el).to.be.accessible();
  });

  it('should disable days beyond advanceBooking', async () => {
    const m = await mount();
    await until(() => day(m.el, '2026-03-11')?.classList.contains('ok'));
    q(m.el, 'booking-calendar')!.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.click();
    await until(() => day(m.el, '2026-04-08')?.classList.contains('ok'), 'April');
    expect(day(m.el, '2026-04-09')!.getAttribute('aria-disabled')).to.equal('true');
    expect(day(m.el, '2026-04-09')!.getAttribute('aria-label')).to.contain('not bookable');
  });

  it('should list the times of the picked date with remaining capacity and move focus to them', async () => {
    const m = await mount();
    await toDate(m);
    const slots = qa(m.el, '.slot');
    expect(slots.map((s) => s.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '10:00 AM 5 left',
      '2:00 PM Sold out',
    ]);
    expect(slots[1]!.getAttribute('aria-disabled')).to.equal('true');
    expect(m.api.ops('Availability')[0]!.variables).to.deep.equal({ activityId: 'act-1', date: '2026-03-11' });
    await until(() => m.el.shadowRoot!.activeElement?.matches('[data-slots]'), 'focus on the times');
    await expect(m.el).to.be.accessible();
  });

  it('should count tickets per tier within min/max party and show the live total in the venue currency', async () => {
    const m = await mount();
    await toTickets(m);
    expect(text(m.el, '[part="tickets"]')).to.contain('Groups of 2 to 5 people.');
    expect(text(m.el, '[part="details"]')).to.contain('Ages 12+');
    expect(text(m.el, '[part="tickets"] p.total')).to.equal('Total $60.00');
    q<HTMLButtonElement>(m.el, '[aria-label="One more Child ticket"]')!.click();
    await m.el.updateComplete;
    expect(text(m.el, '[part="tickets"] p.total')).to.equal('Total $75.00');
    for (let i = 0; i < 5; i++) q<HTMLButtonElement>(m.el, '[aria-label="One more Adult ticket"]')!.click();
    await m.el.updateComplete;
    // 5 seats remain: the party stops there.
    expect(qa(m.el, 'output').map((o) => o.textContent)).to.deep.equal(['4', '1']);
    expect(q(m.el, '[aria-label="One more Adult ticket"]')!.getAttribute('aria-disabled')).to.equal('true');
    for (let i = 0; i < 5; i++) q<HTMLButtonElement>(m.el, '[aria-label="One fewer Adult ticket"]')!.click();
    await m.el.updateComplete;
    buttonByText(m.el, 'Continue')!.click();
    await m.el.updateComplete;
    expect(text(m.el, '[part="tickets"] [role="alert"]')).to.equal('Choose between 2 and 5 tickets.');
    expect(q(m.el, '[part="contact"]')).to.equal(null);
    await expect(m.el).to.be.accessible();
  });

  it('should validate the contact form and focus the first invalid field', async () => {
    const m = await mount();
    await toContact(m);
    await expect(m.el).to.be.accessible();
    await fillContact(m, { name: '', email: 'not-an-email', phone: 'x' });
    await submitContact(m);
    await until(() => q(m.el, '#email-err'));
    expect(text(m.el, '#name-err')).to.equal('Please enter your name.');
    expect(text(m.el, '#phone-err')).to.equal('Please enter a valid phone number.');
    expect(q(m.el, '#email')!.getAttribute('aria-describedby')).to.equal('email-err');
    await until(() => m.el.shadowRoot!.activeElement?.id === 'name', 'focus on the name field');
    expect(m.api.ops('ReserveSlot')).to.have.length(0);
    await expect(m.el).to.be.accessible();
  });

  it('should hold, announce the countdown, fire slotkit-reserved and open Checkout at the top level', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    const reserved = oneEvent(m.el, 'slotkit-reserved');
    await submitContact(m);
    const ev = await reserved;
    expect(ev.detail).to.include({ id: 'res-1', partySize: 3, totalCents: 7500 });
    expect(ev.bubbles && ev.composed).to.equal(true);
    const input = m.api.ops('ReserveSlot')[0]!.variables.input;
    expect(input).to.deep.include({
      sessionId: 's-10',
      email: 'ada@example.com',
      waiverAccepted: null,
      minAgeAccepted: true,
      locale: 'en',
    });
    expect(input.tickets).to.deep.equal([
      { tier: 'ADULT', priceId: 'act-1-adult', quantity: 2 },
      { tier: 'CHILD', priceId: 'act-1-child', quantity: 1 },
    ]);
    expect(input.idempotencyKey).to.match(/^[0-9a-f-]{32,36}$/);
    await until(() => q(m.el, '[role="timer"]'));
    expect(text(m.el, '[role="timer"]')).to.equal('10:00');
    expect(q(m.el, '.hold .sr')!.textContent).to.contain('booking: 10.');
    m.clock.advance(61_000);
    await m.el.updateComplete;
    expect(text(m.el, '[role="timer"]')).to.equal('8:59');
    await expect(m.el).to.be.accessible();

    history.replaceState(null, '', `${location.pathname}?utm=x`);
    buttonByText(m.el, 'Continue to payment')!.click();
    await until(() => m.navigated.length === 1, 'navigation');
    expect(m.navigated[0]).to.equal('https://checkout.test/pay/cs_1');
    const checkout = m.api.ops('CreateCheckout')[0]!.variables.input;
    // Back to this page, naming this widget (its instance: activity and position, no id set).
    expect(checkout.successUrl).to.equal(
      `${location.origin}${location.pathname}?utm=x&slotkit_session={CHECKOUT_SESSION_ID}&slotkit_widget=act-1-0`,
    );
    expect(checkout.cancelUrl).to.equal(
      `${location.origin}${location.pathname}?utm=x&slotkit_session=res-1&slotkit_widget=act-1-0&slotkit_cancelled=1`,
    );
    expect(checkout.customer).to.deep.equal({ name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 555 0100' });
    expect(q<HTMLAnchorElement>(m.el, 'a[target="_top"]')!.href).to.equal('https://checkout.test/pay/cs_1');
    expect(m.clock.active).to.equal(0);
  });

  it('should release the hold on cancel and go back to the times', async () => {
    const m = await mount();
    await toHold(m);
    buttonByText(m.el, 'Cancel hold')!.click();
    await until(() => m.api.ops('ReleaseReservation').length === 1);
    expect(m.api.ops('ReleaseReservation')[0]!.variables).to.deep.equal({ reservationId: 'res-1' });
    await until(() => qa(m.el, '.slot').length === 2);
    expect(m.clock.active).to.equal(0); // the countdown stopped
  });

  it('should confirm the checkout on return and show the booking number', async () => {
    history.replaceState(null, '', `${location.pathname}?slotkit_session=cs_1`);
    const api = new FakeApi();
    const booked = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('slotkit-booked', resolve as never, { once: true }),
    );
    const m = await mount({ 'activity-id': 'act-1' }, api);
    const ev = await booked;
    expect(ev.detail.bookingNumber).to.equal('SK-7Q2M');
    await until(() => q(m.el, '[part="success"]'));
    expect(api.ops('ConfirmCheckout')[0]!.variables).to.deep.equal({ checkoutSessionId: 'cs_1' });
    expect(text(m.el, '.number')).to.equal('SK-7Q2M');
    expect(text(m.el, '[part="success"]')).to.contain('Wednesday, March 11, 2026 · 10:00 AM').and.contain('$75.00');
    await expect(m.el).to.be.accessible();
  });
});

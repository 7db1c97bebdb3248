import { expect } from '@open-wc/testing';
import { FakeApi, GqlError } from '../test/fake-api.ts';
import {
  buttonByText,
  fillContact,
  mount,
  q,
  qa,
  submitContact,
  text,
  toContact,
  toTickets,
  until,
} from '../test/helpers.ts';

afterEach(() => {
  history.replaceState(null, '', location.pathname);
  sessionStorage.clear();
});

const BOOKING = {
  id: 'b-gift',
  bookingNumber: 'SK-G1FT',
  status: 'CONFIRMED',
  partySize: 3,
  totalCents: 7500,
  currency: 'usd',
  startsAt: '2026-03-11T14:00:00Z',
  endsAt: '2026-03-11T15:00:00Z',
  activityName: 'Escape the Lab',
  customerEmail: 'ada@example.com',
  lineItems: [{ tier: 'ADULT', name: 'Adult', quantity: 3, unitAmountCents: 2500, totalCents: 7500 }],
  venue: { name: 'Puzzle House', timezone: 'America/New_York', address: '1 Puzzle Lane' },
};

/** A reserveSlot answer with a gift card paying `giftCardCents` of 7500. */
function withGiftCard(api: FakeApi, giftCardCents: number): void {
  const plain = api.handlers.ReserveSlot!;
  api.handlers.ReserveSlot = async (v) => {
    const r = (await plain(v)) as { reserveSlot: Record<string, unknown> };
    return { reserveSlot: { ...r.reserveSlot, giftCardCents, amountDueCents: 7500 - giftCardCents } };
  };
}

async function typeCode(m: Awaited<ReturnType<typeof mount>>, code: string): Promise<void> {
  const input = q<HTMLInputElement>(m.el, '#gift-code')!;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await m.el.updateComplete;
}

describe('<booking-widget> gift card code in the ticket step', () => {
  it('should offer a labelled, optional code field and send what was typed with the hold', async () => {
    const m = await mount();
    await toTickets(m);
    const input = q<HTMLInputElement>(m.el, '#gift-code')!;
    expect(q(m.el, 'label[for="gift-code"]')!.textContent).to.equal('Gift card code (optional)');
    expect(input.required).to.equal(false);
    await typeCode(m, ' abcd-efgh-jkmn-pqrs ');
    buttonByText(m.el, 'Continue')!.click();
    await until(() => q(m.el, '[part="contact"]'), 'contact step');
    await fillContact(m);
    await submitContact(m);
    await until(() => q(m.el, '[part="hold"]'), 'hold step');
    expect(m.api.ops('ReserveSlot')[0]!.variables.input.giftCardCode).to.equal('abcd-efgh-jkmn-pqrs');
  });

  it('should send no code when the field is left empty', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    await submitContact(m);
    await until(() => q(m.el, '[part="hold"]'), 'hold step');
    expect(m.api.ops('ReserveSlot')[0]!.variables.input.giftCardCode).to.equal(null);
  });

  it('should bring a refused code back to the ticket step, marked and announced', async () => {
    const api = new FakeApi();
    api.handlers.ReserveSlot = () => ({
      reserveSlot: {
        __typename: 'InvalidReservation',
        reason: 'GIFT_CARD_INVALID',
        message: 'bad',
        retryAfterSeconds: null,
      },
    });
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await toTickets(m);
    await typeCode(m, 'AAAA-BBBB-CCCC-DDDD');
    buttonByText(m.el, 'Continue')!.click();
    await until(() => q(m.el, '[part="contact"]'), 'contact step');
    await fillContact(m);
    await submitContact(m);
    await until(() => q(m.el, '#gift-code-err'), 'the field error');
    const input = q<HTMLInputElement>(m.el, '#gift-code')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('gift-code-err');
    expect(text(m.el, '#gift-code-err')).to.match(/not valid here or has no balance left/);
    expect(input.value).to.equal('AAAA-BBBB-CCCC-DDDD', 'what was typed is kept');
    await typeCode(m, '');
    expect(q(m.el, '#gift-code-err')).to.equal(null, 'editing clears the error');
  });

  it('should show the card part and the rest to pay, and still go to Checkout for the rest', async () => {
    const api = new FakeApi();
    withGiftCard(api, 2500);
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await toContact(m);
    await fillContact(m);
    await submitContact(m);
    await until(() => q(m.el, '[part="hold"]'), 'hold step');
    const cells = (sel: string) => qa(m.el, `${sel} > *`).map((c) => c.textContent.trim());
    expect(cells('.summary .gift')).to.deep.equal(['Gift card', '−$25.00']);
    expect(cells('.summary .due')).to.deep.equal(['To pay', '$50.00']);
    buttonByText(m.el, 'Continue to payment')!.click();
    await until(() => m.navigated.length, 'to Checkout');
    expect(m.api.ops('CreateCheckout')).to.have.length(1);
    expect(m.api.ops('BookWithGiftCard')).to.have.length(0);
  });

  it('should book a hold the card pays in full without Checkout and show the confirmation', async () => {
    const api = new FakeApi();
    withGiftCard(api, 7500);
    api.handlers.BookWithGiftCard = () => ({ bookWithGiftCard: BOOKING });
    const m = await mount({ 'activity-id': 'act-1' }, api);
    const booked: unknown[] = [];
    m.el.addEventListener('slotkit-booked', (e) => booked.push((e as CustomEvent).detail));
    await toContact(m);
    await fillContact(m);
    await submitContact(m);
    await until(() => q(m.el, '[part="hold"]'), 'hold step');
    expect(text(m.el, '[part="hold"] .note')).to.equal('Your gift card pays for all of it: no payment needed.');
    buttonByText(m.el, 'Confirm booking')!.click();
    await until(() => q(m.el, '[part="success"]'), 'confirmation');
    expect(text(m.el, '.number')).to.equal('SK-G1FT');
    expect(m.api.ops('CreateCheckout')).to.have.length(0);
    expect(m.navigated).to.deep.equal([]);
    const call = m.api.ops('BookWithGiftCard')[0]!;
    expect(call.variables.input.reservationId).to.equal('res-1');
    expect(call.variables.input.customer.email).to.equal('ada@example.com');
    expect(booked).to.have.length(1);
  });
});

describe('<booking-widget mode="gift-card">', () => {
  function giftApi(): FakeApi {
    const api = new FakeApi();
    api.handlers.BuyGiftCard = () => ({
      buyGiftCard: { url: 'https://checkout.test/pay/cs_gift', checkoutSessionId: 'cs_gift' },
    });
    api.handlers.ConfirmGiftCardPurchase = () => ({
      confirmGiftCardPurchase: {
        amountCents: 5000,
        currency: 'usd',
        recipientEmail: 'friend@example.com',
        last4: 'WXYZ',
      },
    });
    return api;
  }
  const fill = async (m: Awaited<ReturnType<typeof mount>>, values: Record<string, string>) => {
    for (const [id, v] of Object.entries(values)) {
      const input = q<HTMLInputElement>(m.el, `#${id}`)!;
      input.value = v;
      input.dispatchEvent(new Event('input'));
    }
    await m.el.updateComplete;
  };

  it('should offer preset amounts as a labelled radio group and buy the chosen one through Checkout', async () => {
    const m = await mount({ 'activity-id': 'act-1', mode: 'gift-card' }, giftApi());
    await until(() => q(m.el, '[part="gift-card"]'), 'gift card form');
    expect(text(m.el, '[part="gift-card"] h2')).to.equal('Give a gift card');
    expect(text(m.el, 'legend')).to.equal('Amount');
    const radios = qa(m.el, 'input[type="radio"]') as HTMLInputElement[];
    expect(radios.map((r) => r.closest('label')!.textContent.trim())).to.deep.equal([
      '$25.00',
      '$50.00',
      '$100.00',
      'Other amount',
    ]);
    expect(radios[1]!.checked, 'a sensible default').to.equal(true);
    radios[2]!.click();
    await fill(m, { 'gift-recipient': 'friend@example.com', 'gift-buyer': 'me@example.com' });
    buttonByText(m.el, 'Continue to payment')!.click();
    await until(() => m.navigated.length, 'to Checkout');
    expect(m.navigated).to.deep.equal(['https://checkout.test/pay/cs_gift']);
    const input = m.api.ops('BuyGiftCard')[0]!.variables.input;
    expect([input.amountCents, input.recipientEmail, input.buyerEmail]).to.deep.equal([
      10_000,
      'friend@example.com',
      'me@example.com',
    ]);
    expect(input.venueId).to.be.a('string');
    expect(input.successUrl).to.contain('slotkit_session={CHECKOUT_SESSION_ID}');
    expect(m.api.ops('Calendar'), 'no booking calendar is loaded').to.have.length(0);
  });

  it('should take a custom amount and say what is wrong with bad input, field by field', async () => {
    const m = await mount({ 'activity-id': 'act-1', mode: 'gift-card' }, giftApi());
    await until(() => q(m.el, '[part="gift-card"]'), 'gift card form');
    (qa(m.el, 'input[type="radio"]')[3] as HTMLInputElement).click();
    await m.el.updateComplete;
    await fill(m, { 'gift-other': '0.5', 'gift-recipient': 'nope', 'gift-buyer': '' });
    buttonByText(m.el, 'Continue to payment')!.click();
    await m.el.updateComplete;
    expect(text(m.el, '#gift-amount-err')).to.equal('Choose an amount from $1.00 to $10,000.00.');
    expect(q(m.el, '#gift-recipient')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(m.el, '#gift-buyer')!.getAttribute('aria-invalid')).to.equal('true');
    expect(m.api.ops('BuyGiftCard')).to.have.length(0);
    await fill(m, { 'gift-other': '75.50', 'gift-recipient': 'friend@example.com', 'gift-buyer': 'me@example.com' });
    buttonByText(m.el, 'Continue to payment')!.click();
    await until(() => m.api.ops('BuyGiftCard').length, 'bought');
    expect(m.api.ops('BuyGiftCard')[0]!.variables.input.amountCents).to.equal(7550);
  });

  it('should confirm a paid return: the card was sent to the recipient', async () => {
    history.replaceState(null, '', `${location.pathname}?slotkit_session=cs_gift`);
    const m = await mount({ 'activity-id': 'act-1', mode: 'gift-card' }, giftApi());
    await until(() => q(m.el, '[part="success"]'), 'sent');
    expect(text(m.el, '[part="success"] h2')).to.equal('Gift card sent');
    expect(text(m.el, '[part="success"] p')).to.equal(
      'A $50.00 gift card was emailed to friend@example.com, ready to print.',
    );
    expect(m.api.ops('ConfirmGiftCardPurchase')[0]!.variables.checkoutSessionId).to.equal('cs_gift');
    expect(m.api.ops('ConfirmCheckout')).to.have.length(0);
  });

  it('should say when the purchase could not be started and keep the form', async () => {
    const api = giftApi();
    api.handlers.BuyGiftCard = () => new GqlError('INTERNAL');
    const m = await mount({ 'activity-id': 'act-1', mode: 'gift-card' }, api);
    await until(() => q(m.el, '[part="gift-card"]'), 'gift card form');
    await fill(m, { 'gift-recipient': 'friend@example.com', 'gift-buyer': 'me@example.com' });
    buttonByText(m.el, 'Continue to payment')!.click();
    await until(() => text(m.el, '[part="notice"] p'), 'notice');
    expect(text(m.el, '[part="notice"] p')).to.equal('Something went wrong. Please try again.');
    expect(q<HTMLInputElement>(m.el, '#gift-recipient')!.value).to.equal('friend@example.com');
  });
});

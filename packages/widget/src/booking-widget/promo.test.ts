import { expect } from '@open-wc/testing';
import { activity, config, FakeApi } from '../test/fake-api.ts';
import { buttonByText, fillContact, mount, q, submitContact, text, toTickets, until } from '../test/helpers.ts';

afterEach(() => history.replaceState(null, '', location.pathname));

/** Issue 22: the promo code in the ticket step, group prices and private sessions as the customer sees them. */
describe('<booking-widget> promo codes, group prices, private sessions', () => {
  /** The fake server's quote: SPRING10 is 10% off; every other code is refused. */
  function quoting(api = new FakeApi()): FakeApi {
    api.handlers.PriceQuote = (v) => {
      const lines: Record<string, number> = { 'act-1-adult': 3000, 'act-1-child': 1500 };
      const subtotal = v.input.tickets.reduce(
        (n: number, t: { priceId: string; quantity: number }) => n + lines[t.priceId]! * t.quantity,
        0,
      );
      const ok = String(v.input.promoCode).toUpperCase() === 'SPRING10';
      const discount = ok ? Math.round(subtotal / 10) : 0;
      return {
        priceQuote: {
          subtotalCents: subtotal,
          discountCents: discount,
          totalCents: subtotal - discount,
          currency: 'usd',
          promoCodeError: ok ? null : 'PROMO_CODE_INVALID',
          promoCodeMessage: ok ? null : 'This promo code has expired',
        },
      };
    };
    return api;
  }
  const typeCode = async (m: Awaited<ReturnType<typeof mount>>, code: string) => {
    const input = q<HTMLInputElement>(m.el, 'input#promo')!;
    input.value = code;
    input.dispatchEvent(new Event('input'));
    await m.el.updateComplete;
  };

  it('should name a bad code clearly and keep the total', async () => {
    const m = await mount(undefined, quoting());
    await toTickets(m);
    const label = q<HTMLLabelElement>(m.el, 'label[for="promo"]')!;
    expect(label.textContent.trim()).to.equal('Promo code');
    await typeCode(m, 'nope');
    buttonByText(m.el, 'Apply')!.click();
    await until(() => q(m.el, '#promo-err'), 'promo error');
    expect(text(m.el, '#promo-err')).to.equal('This promo code cannot be used. Check it, or continue without it.');
    expect(q(m.el, '#promo-err')!.getAttribute('role')).to.equal('alert');
    expect(q(m.el, 'input#promo')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(m.el, 'input#promo')!.getAttribute('aria-describedby')).to.equal('promo-err');
    expect(text(m.el, '[part="tickets"] p.total')).to.equal('Total $60.00');
    expect(m.api.ops('PriceQuote')[0]!.variables.input).to.deep.include({ activityId: 'act-1', promoCode: 'nope' });
    await expect(m.el).to.be.accessible();
  });

  it('should show the server discount, quote again when tickets change, and hold with the code', async () => {
    const m = await mount(undefined, quoting());
    await toTickets(m);
    await typeCode(m, 'spring10');
    buttonByText(m.el, 'Apply')!.click();
    await until(() => q(m.el, '.discount'), 'discount line');
    expect(text(m.el, '.discount')).to.equal('Discount (SPRING10) −$6.00');
    expect(text(m.el, '[part="tickets"] p.total')).to.equal('Total $54.00');
    q<HTMLButtonElement>(m.el, '[aria-label="One more Child ticket"]')!.click();
    await until(() => m.api.ops('PriceQuote').length === 2, 'a second quote');
    await until(() => text(m.el, '[part="tickets"] p.total') === 'Total $67.50', 'the new total');
    expect(text(m.el, '.discount')).to.equal('Discount (SPRING10) −$7.50');
    await expect(m.el).to.be.accessible();

    buttonByText(m.el, 'Continue')!.click();
    await until(() => q(m.el, '[part="contact"]'), 'contact step');
    expect(text(m.el, '[part="summary"]')).to.contain('Discount (SPRING10)−$7.50').and.contain('$67.50');
    await fillContact(m);
    await submitContact(m);
    await until(() => m.api.ops('ReserveSlot').length === 1, 'hold');
    expect(m.api.ops('ReserveSlot')[0]!.variables.input.promoCode).to.equal('spring10');
  });

  it('should say PROMO_CODE_INVALID when the code is used up before the hold', async () => {
    const api = quoting();
    api.handlers.ReserveSlot = () => ({
      reserveSlot: {
        __typename: 'InvalidReservation',
        reason: 'PROMO_CODE_INVALID',
        message: 'used up',
        retryAfterSeconds: null,
      },
    });
    const m = await mount(undefined, api);
    await toTickets(m);
    await typeCode(m, 'SPRING10');
    buttonByText(m.el, 'Apply')!.click();
    await until(() => q(m.el, '.discount'));
    buttonByText(m.el, 'Continue')!.click();
    await until(() => q(m.el, '[part="contact"]'));
    await fillContact(m);
    await submitContact(m);
    // Its own sentence (the paying chunk's English), not "Something went wrong".
    await until(() => text(m.el).includes('This promo code can no longer be used.'), 'the refusal');
  });

  it('should show a private session and a group price sensibly', async () => {
    const api = new FakeApi();
    const a = activity();
    const room = {
      ...a,
      schedule: { ...a.schedule, bookingMode: 'PRIVATE' as const },
      prices: [
        {
          id: 'act-1-group',
          tier: 'CUSTOM' as const,
          name: 'Whole room',
          amountCents: 15000,
          currency: 'usd',
          per: 'GROUP' as const,
          names: [],
        },
      ],
    };
    api.handlers.WidgetConfig = () => ({ widgetConfig: config([room]) });
    const m = await mount(undefined, api);
    await toTickets(m);
    expect(text(m.el, '#party-note')).to.equal('Private: up to 5 players');
    expect(text(m.el, '.tier-name .price')).to.equal('$150.00 per group');
    q<HTMLButtonElement>(m.el, '[aria-label="One more Whole room ticket"]')!.click();
    await m.el.updateComplete;
    q<HTMLButtonElement>(m.el, '[aria-label="One more Whole room ticket"]')!.click();
    await m.el.updateComplete;
    expect(text(m.el, '[part="tickets"] p.total')).to.equal('Total $150.00');
    await expect(m.el).to.be.accessible();
  });
});

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
  toHold,
  until,
} from '../test/helpers.ts';

const errors = (el: HTMLElement) => {
  const seen: { code: string; message: string }[] = [];
  el.addEventListener('slotkit-error', (e) => seen.push(e.detail));
  return seen;
};

describe('<booking-widget> failures the customer can meet', () => {
  it('should send a sold-out customer back to the times with a sentence and fresh seats', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    const seen = errors(m.el);
    m.api.handlers.ReserveSlot = () => ({
      reserveSlot: { __typename: 'SlotUnavailable', remaining: 1, message: 'Only 1 left' },
    });
    const before = m.api.ops('Availability').length;
    await submitContact(m);
    await until(() => text(m.el, '[part="notice"]').includes('sold out'));
    expect(text(m.el, '[part="notice"] p')).to.equal(
      'Sorry, that time just sold out (1 left). Please pick another time.',
    );
    expect(seen.map((e) => e.code)).to.deep.equal(['SOLD_OUT']);
    await until(() => qa(m.el, '.slot').length === 2 && m.api.ops('Availability').length === before + 1);
    expect(q(m.el, '[part="tickets"]')).to.equal(null);
    await expect(m.el).to.be.accessible();
  });

  it('should explain a reached hold limit in the customer language, with the wait, and stay on the form', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    const seen = errors(m.el);
    m.api.handlers.ReserveSlot = () => ({
      reserveSlot: {
        __typename: 'InvalidReservation',
        reason: 'HOLD_LIMIT',
        message: 'Too many slots are on hold for your network; finish or release one, or try again in 284 s',
        retryAfterSeconds: 284,
      },
    });
    await submitContact(m);
    await until(() => seen.length === 1);
    const sentence = 'You already have spots on hold. Finish or cancel that booking, or try again in 284 s.';
    expect(seen[0]).to.deep.equal({ code: 'HOLD_LIMIT', message: sentence });
    await m.el.updateComplete;
    expect(text(m.el, '[part="notice"] p')).to.equal(sentence);
    expect(q(m.el, '[part="contact"]')).to.not.equal(null);
  });

  it('should say "try again in N s" when rate limited', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    const seen = errors(m.el);
    m.api.handlers.ReserveSlot = () => new GqlError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 12 });
    await submitContact(m);
    await until(() => seen.length === 1);
    await m.el.updateComplete;
    expect(seen[0]!.code).to.equal('RATE_LIMITED');
    expect(text(m.el, '[part="notice"] p')).to.equal('Too many requests. Try again in 12 s.');
    expect(buttonByText(m.el, 'Try again')).to.not.equal(undefined);
    await expect(m.el).to.be.accessible();
  });

  it('should keep the idempotency key when the same attempt is retried after a network failure', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    m.api.handlers.ReserveSlot = () => {
      throw new TypeError('Failed to fetch');
    };
    await submitContact(m);
    await until(() => text(m.el, '[part="notice"]').includes('cannot reach'));
    expect(text(m.el, '[part="notice"] p')).to.equal(
      'We cannot reach the booking service. Check your connection and try again.',
    );
    m.api.handlers.ReserveSlot = new FakeApi().handlers.ReserveSlot!; // the network is back
    buttonByText(m.el, 'Try again')!.click();
    await until(() => q(m.el, '[part="hold"]'), 'hold after retry');
    const [first, second] = m.api.ops('ReserveSlot');
    expect(second!.variables.input.idempotencyKey).to.equal(first!.variables.input.idempotencyKey);
  });

  it('should use a new idempotency key for a changed attempt', async () => {
    const m = await mount();
    await toContact(m);
    await fillContact(m);
    m.api.handlers.ReserveSlot = () => new GqlError('INTERNAL');
    await submitContact(m);
    await until(() => m.api.ops('ReserveSlot').length === 1 && text(m.el, '[part="notice"]'));
    await fillContact(m, { name: 'Ada Lovelace', email: 'ada@example.org', phone: '' });
    await submitContact(m);
    await until(() => m.api.ops('ReserveSlot').length === 2);
    const [a, b] = m.api.ops('ReserveSlot');
    expect(a!.variables.input.idempotencyKey).to.not.equal(b!.variables.input.idempotencyKey);
  });

  it('should end an expired hold at 0:00 and go back to the times with a sentence', async () => {
    const m = await mount();
    await toHold(m);
    const seen = errors(m.el);
    m.clock.advance(599_000);
    await m.el.updateComplete;
    expect(text(m.el, '[role="timer"]')).to.equal('0:01');
    expect(text(m.el, '.hold .sr')).to.equal('Less than a minute left to pay.');
    expect(q(m.el, '.timer')!.classList.contains('urgent')).to.equal(true);
    m.clock.advance(1_000);
    await m.el.updateComplete;
    expect(q(m.el, '[part="hold"]')).to.equal(null);
    expect(text(m.el, '[part="notice"] p')).to.equal(
      'Your hold expired and the spots were released. Please pick a time again.',
    );
    expect(seen.map((e) => e.code)).to.deep.equal(['HOLD_EXPIRED']);
    await until(() => qa(m.el, '.slot').length === 2);
    expect(m.clock.active).to.equal(0);
    expect(m.api.ops('CreateCheckout')).to.have.length(0);
  });

  it('should show a sentence and a retry when the first load fails, and recover', async () => {
    const api = new FakeApi();
    const ok = api.handlers.WidgetConfig!;
    api.handlers.WidgetConfig = () => {
      throw new TypeError('offline');
    };
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await until(() => text(m.el, '[part="notice"]').includes('cannot reach'));
    api.handlers.WidgetConfig = ok;
    buttonByText(m.el, 'Try again')!.click();
    await until(() => q(m.el, 'booking-calendar[part="calendar"]'), 'calendar after retry');
    expect(text(m.el, '[part="notice"]')).to.equal('');
  });

  it('should say so when the activity does not exist', async () => {
    const api = new FakeApi();
    api.handlers.WidgetConfig = () => new GqlError('NOT_FOUND');
    const m = await mount({ 'activity-id': 'nope' }, api);
    await until(() => text(m.el, '[part="notice"]'));
    expect(text(m.el, '[part="notice"] p')).to.equal('This booking calendar is not available.');
  });
});

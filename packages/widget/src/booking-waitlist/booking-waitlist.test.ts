import { expect } from '@open-wc/testing';
import { JoinWaitlistDocument } from '@slotkit/sdk/generated';
import { FakeApi, GqlError } from '../test/fake-api.ts';
import { mount, q, qa, toDate, until, type Mounted } from '../test/helpers.ts';
import { JOIN_WAITLIST } from './booking-waitlist.component.ts';

const opener = (m: Mounted) =>
  qa(m.el, 'button').find((b) => b.textContent.replace(/\s+/g, ' ').trim() === 'Join the waitlist') as
    HTMLButtonElement | undefined;

async function openForm(m: Mounted) {
  await toDate(m);
  await until(() => opener(m), 'the waitlist button of the sold-out time');
  opener(m)!.click();
  await until(() => q(m.el, 'booking-waitlist form'), 'the waitlist form');
}

describe('<booking-waitlist> on a sold-out time', () => {
  it('should offer "Join the waitlist" on the sold-out time only, described by its time', async () => {
    const m = await mount();
    await toDate(m);
    await until(() => opener(m), 'the waitlist button');
    // The fake day has 10:00 with seats and 14:00 sold out: one button, on the 14:00 item.
    const buttons = qa(m.el, '.slots li button.link');
    expect(buttons).to.have.length(1);
    expect(buttons[0]!.closest('li')!.querySelector('.slot')!.getAttribute('aria-disabled')).to.equal('true');
    expect(buttons[0]!.getAttribute('aria-description')).to.match(/2:00/);
    await expect(m.el).to.be.accessible();
  });

  it('should join with party size and email and say the place in line', async () => {
    const api = new FakeApi();
    api.handlers.JoinWaitlist = (v) => ({
      joinWaitlist: {
        id: 'w-1',
        sessionId: v.input.sessionId,
        partySize: v.input.partySize,
        status: 'WAITING',
        position: 3,
      },
    });
    const m = await mount({ 'activity-id': 'act-1', locale: 'en-US' }, api);
    await openForm(m);
    expect(opener(m), 'the opener gives way to the form').to.equal(undefined);
    const select = q<HTMLSelectElement>(m.el, '#wl-party')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['2', '3', '4', '5', '6']);
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    q<HTMLInputElement>(m.el, '#wl-email')!.value = 'wait@example.com';
    await expect(m.el).to.be.accessible();
    q<HTMLButtonElement>(m.el, 'booking-waitlist button[type="submit"]')!.click();
    await until(() => q(m.el, 'booking-waitlist [role="status"]'), 'the confirmation');
    expect(api.ops('JoinWaitlist')[0]!.variables.input).to.deep.equal({
      sessionId: 's-14',
      partySize: 4,
      email: 'wait@example.com',
      locale: 'en-US',
    });
    expect(q(m.el, 'booking-waitlist [role="status"]')!.textContent).to.contain('number 3');
  });

  it('should say when seats for the party are free after all, and refuse a bad email before asking', async () => {
    const api = new FakeApi();
    api.handlers.JoinWaitlist = () => new GqlError('BAD_USER_INPUT', 'seats', { reason: 'SEATS_AVAILABLE' });
    const m = await mount({ 'activity-id': 'act-1' }, api);
    await openForm(m);
    const email = q<HTMLInputElement>(m.el, '#wl-email')!;
    email.value = 'not-an-email';
    q<HTMLFormElement>(m.el, 'booking-waitlist form')!.requestSubmit();
    await until(() => q(m.el, '#wl-err'), 'the email error');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(api.ops('JoinWaitlist')).to.have.length(0);
    email.value = 'wait@example.com';
    q<HTMLFormElement>(m.el, 'booking-waitlist form')!.requestSubmit();
    await until(() => q(m.el, '#wl-err')?.textContent?.includes('free right now'), 'the seats-free sentence');
  });

  it('should close the form and show the button again', async () => {
    const m = await mount();
    await openForm(m);
    (qa(m.el, 'booking-waitlist button').find((b) => b.textContent.trim() === 'Close') as HTMLButtonElement).click();
    await until(() => !q(m.el, 'booking-waitlist'), 'the form closed');
    expect(opener(m)).to.not.equal(undefined);
  });

  it('should send the same operation as the SDK document', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(norm(JOIN_WAITLIST.toString())).to.equal(norm(JoinWaitlistDocument.toString()));
  });
});

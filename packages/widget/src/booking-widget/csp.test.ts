import { expect } from '@open-wc/testing';
import { mount, q, until } from '../test/helpers.ts';

// Its own file: the policy stays on this page once inserted.
describe('<booking-widget> under a strict Content-Security-Policy', () => {
  it("should still apply its theme when the page forbids inline styles (style-src 'self')", async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(probe);
    expect(getComputedStyle(probe).color, 'the policy is active').to.not.equal('rgb(1, 2, 3)');
    probe.remove();

    const m = await mount({ 'activity-id': 'act-1', color: 'ffcc00' });
    await until(() => q(m.el, 'booking-calendar[part="calendar"]'));
    const base = getComputedStyle(q(m.el, '[part~="base"]')!);
    expect(base.getPropertyValue('--_accent').trim()).to.equal('#ffcc00');
    expect(base.getPropertyValue('--_on-accent').trim()).to.equal('#000000');
    expect(base.getPropertyValue('--_venue-radius').trim()).to.equal('6px');
  });
});

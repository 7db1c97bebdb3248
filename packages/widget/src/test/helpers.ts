import { fixture, html, waitUntil } from '@open-wc/testing';
import '../booking-widget/booking-widget.ts';
import type { BookingWidget } from '../booking-widget/booking-widget.component.ts';
import { clearCache } from '../internal/api.ts';
import { resetBack } from '../internal/page.ts';
import { FakeApi } from './fake-api.ts';
import { FakeLive, ManualClock } from './fakes.ts';
import { NOW } from './fake-api.ts';

export interface Mounted {
  el: BookingWidget;
  api: FakeApi;
  clock: ManualClock;
  live: FakeLive;
  navigated: string[];
}

/** Mounts a <booking-widget> with the fake API, a manual clock and a fake push channel. */
export async function mount(
  attrs: Record<string, string> = { 'activity-id': 'act-1' },
  api = new FakeApi(),
): Promise<Mounted> {
  clearCache();
  resetBack(location.href.includes('slotkit_session') ? location.href : null);
  api.install();
  const clock = new ManualClock(NOW);
  const live = new FakeLive();
  const navigated: string[] = [];
  const el = document.createElement('booking-widget');
  el.clock = clock;
  el.liveSource = live;
  el.navigate = (url) => navigated.push(url);
  el.setAttribute('api', 'https://api.test/graphql');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrap = await fixture(html`<div></div>`);
  wrap.append(el);
  return { el, api, clock, live, navigated };
}

export const q = <T extends Element = HTMLElement>(el: BookingWidget, sel: string): T | null =>
  el.shadowRoot!.querySelector<T>(sel);

export const qa = (el: BookingWidget, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];

export const day = (el: BookingWidget, date: string): HTMLButtonElement | null =>
  q(el, 'booking-calendar')?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`) ?? null;

export const text = (el: BookingWidget, sel = '[part~="base"]'): string =>
  q(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function until(cond: () => unknown, message = 'condition'): Promise<void> {
  await waitUntil(cond, `timed out waiting for ${message}`, { timeout: 3000 });
}

export const buttonByText = (el: BookingWidget, label: string): HTMLButtonElement | undefined =>
  qa(el, 'button').find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(label)) as
    HTMLButtonElement | undefined;

export async function toDate(m: Mounted, date = '2026-03-11'): Promise<void> {
  await until(() => day(m.el, date)?.classList.contains('ok'), `day ${date}`);
  day(m.el, date)!.click();
  await until(() => {
    const s = m.el.flow.state;
    return 'date' in s && s.date === date && s.sessions;
  }, `times of ${date}`);
  await m.el.updateComplete;
}

export async function toTickets(m: Mounted): Promise<void> {
  await toDate(m);
  qa(m.el, '.slot')[0]!.click();
  await until(() => q(m.el, '[part="tickets"]'), 'tickets step');
}

export async function toContact(m: Mounted, child = 1): Promise<void> {
  await toTickets(m);
  for (let i = 0; i < child; i++) q<HTMLButtonElement>(m.el, '[aria-label="One more Child ticket"]')!.click();
  await m.el.updateComplete;
  buttonByText(m.el, 'Continue')!.click();
  await until(() => q(m.el, '[part="contact"]'), 'contact step');
}

export async function fillContact(
  m: Mounted,
  values = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 555 0100' },
): Promise<void> {
  for (const [k, v] of Object.entries(values)) {
    const input = q<HTMLInputElement>(m.el, `#${k}`)!;
    input.value = v;
    input.dispatchEvent(new Event('input'));
  }
  // The fake activity has a minimum age: confirm it, as a customer would.
  const age = q<HTMLInputElement>(m.el, '#minAge');
  if (age && !age.checked) age.click();
  await m.el.updateComplete;
}

export function submitContact(m: Mounted): Promise<void> {
  buttonByText(m.el, 'Hold my spots')!.click();
  return Promise.resolve();
}

export async function toHold(m: Mounted): Promise<void> {
  await toContact(m);
  await fillContact(m);
  await submitContact(m);
  await until(() => q(m.el, '[part="hold"]'), 'hold step');
}

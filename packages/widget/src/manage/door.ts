// The manage mode's door, in the paying chunk: widget.js loads that chunk anyway, so reaching the manage
// chunk from here costs widget.js only a token check (its 22 KB gzip budget has no bytes to spare).
import { html } from 'lit';
import type { BookingWidget } from '../booking-widget/booking-widget.component.ts';

interface Mode {
  readonly token: string;
  view?: () => unknown;
}
const modes = new WeakMap<BookingWidget, Mode>();

/** The manage mode's view of a widget with a `manage-token`; undefined without one (the booking flow shows). */
export function manage(host: BookingWidget): unknown {
  const token = host.manageToken;
  if (!token) return undefined;
  let mode = modes.get(host);
  if (mode?.token !== token) {
    const fresh: Mode = { token };
    modes.set(host, (mode = fresh));
    void import('./manage.ts').then((chunk) => {
      if (modes.get(host) !== fresh) return; // the token changed meanwhile
      fresh.view = chunk.default(host);
      host.requestUpdate();
    });
  }
  return mode.view?.() ?? html`<p class="hint" aria-busy="true">${host.messages.s.loading}</p>`;
}

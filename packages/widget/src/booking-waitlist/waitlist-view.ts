import { html, nothing, type ReactiveElement } from 'lit';
import { formatTime } from '../internal/dates.ts';
import type { Messages } from '../internal/i18n.ts';
import type { Session } from '../internal/types.ts';
import type { Browse } from '../flow/state.ts';
import type { SlotExtra } from '../views/browse.ts';
import './booking-waitlist.ts';
import { waitlistText } from './booking-waitlist.text.ts';

/** What the waitlist needs of the booking widget. */
export interface WaitlistHost extends ReactiveElement {
  readonly apiUrl: string;
  readonly localeTag: string;
}

/** The sold-out time whose form is open, per widget: the form keeps its own state, outside the flow. */
const openOf = new WeakMap<WaitlistHost, string>();

/**
 * The waitlist of a date's sold-out times: a "Join the waitlist" button on each (named exactly so, its
 * time as description) and the open one's form under the times (where a time's tickets go). Lives in the
 * paying chunk, which loads while the times show: widget.js carries only a hook in the times view.
 * Answers [the form, the opener of each time] (dateStep's last two arguments); none in a preview.
 */
export function waitlist(host: WaitlistHost, s: Browse, m: Messages): [form?: unknown, opener?: SlotExtra] {
  if (s.preview) return [];
  const open = openOf.get(host);
  const toggle = (id?: string) => {
    if (id) openOf.set(host, id);
    else openOf.delete(host);
    host.requestUpdate();
  };
  const w = waitlistText(m.lang);
  const tz = s.config.venue.timezone;
  const opener = (x: Session) =>
    x.capacityRemaining > 0 || x.id === open
      ? nothing
      : html`<button class="link" aria-description=${formatTime(x.startsAt, m.locale, tz)} @click=${() => toggle(x.id)}>
          ${w.join}
        </button>`;
  const form = ((x?: Session) =>
    x
      ? html`<booking-waitlist
          .api=${host.apiUrl}
          .sessionId=${x.id}
          .time=${formatTime(x.startsAt, m.locale, tz)}
          .minParty=${s.activity.minParty}
          .maxParty=${Math.min(s.activity.maxParty, x.capacityTotal)}
          .email=${s.form.email}
          .locale=${host.localeTag}
          .messages=${m}
          @booking-waitlist-close=${() => toggle()}
        ></booking-waitlist>`
      : nothing)(s.sessions?.find((y) => y.id === open));
  return [form, opener];
}

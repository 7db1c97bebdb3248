import { BookingWaitlist, type WaitlistCloseDetail } from './booking-waitlist.component.ts';

export * from './booking-waitlist.component.ts';

// Guarded: a page may load widget.js twice (script tag + iframe helper).
if (!customElements.get('booking-waitlist')) customElements.define('booking-waitlist', BookingWaitlist);

declare global {
  interface HTMLElementTagNameMap {
    'booking-waitlist': BookingWaitlist;
  }
  interface HTMLElementEventMap {
    'booking-waitlist-close': CustomEvent<WaitlistCloseDetail>;
  }
}

import type { Booking, Reservation } from './types.ts';

export type SlotkitReservedDetail = Pick<
  Reservation,
  'id' | 'sessionId' | 'partySize' | 'expiresAt' | 'totalCents' | 'currency'
>;
export type SlotkitBookedDetail = Booking;
export interface SlotkitErrorDetail {
  /** SOLD_OUT, HOLD_EXPIRED, an InvalidReservation reason, or an API error code. */
  code: string;
  message: string;
}

export interface SlotkitEventMap {
  'slotkit-reserved': CustomEvent<SlotkitReservedDetail>;
  'slotkit-booked': CustomEvent<SlotkitBookedDetail>;
  'slotkit-error': CustomEvent<SlotkitErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the global map
  interface GlobalEventHandlersEventMap extends SlotkitEventMap {}
}

/** The one way the widget talks to the host page: bubbling, composed events. */
export function emit<K extends keyof SlotkitEventMap>(
  el: HTMLElement,
  name: K,
  detail: SlotkitEventMap[K]['detail'],
): void {
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

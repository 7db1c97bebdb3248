import { BookingCalendar, type CalendarMonthDetail, type CalendarSelectDetail } from './booking-calendar.component.ts';

export * from './booking-calendar.component.ts';

// Guarded: a page may load widget.js twice (script tag + iframe helper).
if (!customElements.get('booking-calendar')) customElements.define('booking-calendar', BookingCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'booking-calendar': BookingCalendar;
  }
  interface HTMLElementEventMap {
    'booking-calendar-select': CustomEvent<CalendarSelectDetail>;
    'booking-calendar-month': CustomEvent<CalendarMonthDetail>;
  }
}

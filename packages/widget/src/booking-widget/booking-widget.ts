import { BookingWidget } from './booking-widget.component.ts';

export * from './booking-widget.component.ts';

// Guarded: a page may load widget.js twice (two embeds, or a hashed copy and its alias).
if (!customElements.get('booking-widget')) customElements.define('booking-widget', BookingWidget);

declare global {
  interface HTMLElementTagNameMap {
    'booking-widget': BookingWidget;
  }
}

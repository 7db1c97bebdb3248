/** The page: the widget for the whole venue, and a note when a booking is made. */
export const App = {
  props: { embedKey: { type: String, default: 'demo-mystery-manor' } },
  data: () => ({ booking: null }),
  template: `
    <main>
      <h1>Mystery Manor</h1>
      <booking-widget :embed-key="embedKey" @slotkit-booked="booking = $event.detail"></booking-widget>
      <p v-if="booking" role="status">Thank you! Booking {{ booking.bookingNumber }} is confirmed.</p>
    </main>`,
};

/**
 * Tells Vue's template compiler that <booking-widget> is a custom element, not
 * an unresolved Vue component. With Vite and .vue files, the same function
 * goes in `vue({ template: { compilerOptions: { isCustomElement } } })`.
 */
export const isCustomElement = (tag) => tag === 'booking-widget';

export function configure(app) {
  app.config.compilerOptions.isCustomElement = isCustomElement;
  return app;
}

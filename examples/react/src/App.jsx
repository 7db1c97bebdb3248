import React, { useState } from 'react';

/**
 * React 19 passes props on custom elements through as attributes or
 * properties and `on<event-name>` props as event listeners, so the widget is
 * used like any element.
 */
export function App({ embedKey = 'demo-mystery-manor' }) {
  const [booking, setBooking] = useState(null);
  return (
    <main>
      <h1>Mystery Manor</h1>
      <booking-widget embed-key={embedKey} onslotkit-booked={(event) => setBooking(event.detail)} />
      {booking && <p role="status">Thank you! Booking {booking.bookingNumber} is confirmed.</p>}
    </main>
  );
}

// Compile-time check of react.d.ts (`pnpm typecheck`): what an app may and may not write.
import type {} from '@slotkit/widget/react';

export function Booking({ onBooked }: { onBooked: (bookingNumber: string) => void }) {
  return (
    <booking-widget
      embed-key="demo-mystery-manor"
      api="https://bookings.example.com/graphql"
      theme="dark"
      onslotkit-booked={(e) => onBooked(e.detail.bookingNumber)}
      onslotkit-error={(e) => console.warn(e.detail.code)}
    />
  );
}

// @ts-expect-error -- theme is light or dark
export const wrongTheme = <booking-widget theme="blue" />;

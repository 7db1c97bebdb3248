// React 19 JSX with the package's opt-in typing (compiled with the strict.ts project, jsx react-jsx).
import '@slotkit/widget';
import type {} from '@slotkit/widget/react';

export const Booking = ({ onBooked }: { onBooked: (n: string) => void }) => (
  <booking-widget embed-key="demo-mystery-manor" onslotkit-booked={(e) => onBooked(e.detail.bookingNumber)} />
);

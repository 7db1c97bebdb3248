// English strings only the paying steps (tickets, details, hold, confirmation) show: they travel in
// the paying chunk, which adds them to the built-in catalog on load, before any of its views renders,
// so widget.js stays within its budget (DESIGN §7). Spanish and German carry them in their own chunks.
import { en } from './i18n-en.ts';

export const enPaying = {
  more: 'One more {name} ticket',
  fewer: 'One fewer {name} ticket',
  count: '{name} tickets',
  total: 'Total',
  next: 'Continue',
  waiverLink: 'Read the waiver',
  minAgeOk: 'Everyone in my party is at least {n} years old',
  holdTitle: 'Your spots are held',
  holdLeft: 'Time left to pay',
  holdMinutes: 'Minutes left to complete your booking: {n}.',
  holdUrgent: 'Less than a minute left to pay.',
  cancel: 'Cancel hold',
  payLink: 'Open the payment page',
  bookingNumber: 'Booking number',
  emailed: 'We emailed your confirmation to {email}.',
  addCalendar: 'Add to calendar (.ics)',
  googleCalendar: 'Google Calendar',
  address: 'Address',
  PROMO_CODE_INVALID: 'This promo code can no longer be used. Go back to remove it or try another.',
};

Object.assign(en, enPaying);

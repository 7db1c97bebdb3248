// The paying steps' views as one lazily loaded chunk (prefetched when the
// customer opens a time's tickets; loaded at once on a Checkout return).
import '../internal/i18n-en-paying.ts';

export { contactStep, holdStep } from './checkout.ts';
export { doneStep } from './done.ts';
export { ticketsStep } from './tickets.ts';
export { default as styles } from './paying.styles.ts';
export { waitlist } from '../booking-waitlist/waitlist-view.ts';
export { manage } from '../manage/door.ts';

// Message catalogs, small and in code; every failure a customer can meet has
// its own sentence. Dates, times and money go through Intl (dates.ts).
const en = {
  loading: 'Loading…',
  chooseActivity: 'Choose an activity',
  chooseDate: 'Choose a date',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  AVAILABLE: 'available',
  SOLD_OUT: 'sold out',
  BLOCKED: 'unavailable',
  CLOSED: 'closed',
  notBookable: 'not bookable',
  customHours: 'special hours',
  legendAvailable: 'Available',
  legendSoldOut: 'Sold out',
  legendBlocked: 'Unavailable',
  legendClosed: 'Closed',
  legendCustom: 'Special hours',
  minutes: '{n} min',
  from: 'from {price}',
  ages: 'Ages {n}+',
  pickDateFirst: 'Pick a date to see the times.',
  chooseTime: 'Times on {date}',
  noSlots: 'No times left on this day. Please pick another date.',
  left: '{n} left',
  full: 'Sold out',
  soldOutNow: '{time} just sold out.',
  seatsChanged: 'Seats changed: {time} now has {n} left.',
  tickets: 'Tickets',
  party: 'Groups of {min} to {max} people.',
  more: 'One more {name} ticket',
  fewer: 'One fewer {name} ticket',
  count: '{name} tickets',
  ADULT: 'Adult',
  CHILD: 'Child',
  total: 'Total',
  next: 'Continue',
  back: 'Back',
  change: 'Change',
  contact: 'Your details',
  name: 'Full name',
  email: 'Email',
  phone: 'Phone (optional)',
  waiver: 'I have read and accept the waiver',
  waiverLink: 'Read the waiver',
  minAgeOk: 'Everyone in my party is at least {n} years old',
  reserve: 'Hold my spots',
  holdTitle: 'Your spots are held',
  holdLeft: 'Time left to pay',
  holdMinutes: 'Minutes left to complete your booking: {n}.',
  holdUrgent: 'Less than a minute left to pay.',
  pay: 'Continue to payment',
  cancel: 'Cancel hold',
  released: 'Your hold was cancelled and the spots were released.',
  redirect: 'Opening secure payment…',
  payLink: 'Open the payment page',
  confirming: 'Confirming your booking…',
  booked: 'Booking confirmed',
  bookingNumber: 'Booking number',
  emailed: 'We emailed your confirmation to {email}.',
  addCalendar: 'Add to calendar (.ics)',
  googleCalendar: 'Google Calendar',
  address: 'Address',
  again: 'Book again',
  retry: 'Try again',
  dismiss: 'Dismiss',
  preview: 'Preview: no reservation will be made.',
  errName: 'Please enter your name.',
  errEmail: 'Please enter a valid email address.',
  errPhone: 'Please enter a valid phone number.',
  errWaiver: 'Please accept the waiver to continue.',
  errMinAge: 'Please confirm the minimum age to continue.',
  errParty: 'Choose between {min} and {max} tickets.',
  SOLD_OUT_ERR: 'Sorry, that time just sold out ({n} left). Please pick another time.',
  HOLD_EXPIRED: 'Your hold expired and the spots were released. Please pick a time again.',
  PAYMENT_CANCELLED: 'Payment cancelled. Your spots were released; pick a time whenever you are ready.',
  UNKNOWN_RETURN: 'We could not find that payment. Nothing was charged by this page; you can book below.',
  HOLD_LIMIT: 'You already have spots on hold. Finish or cancel that booking, or try again in {n} s.',
  PARTY_TOO_SMALL: 'This activity needs a bigger group. Please add tickets.',
  PARTY_TOO_LARGE: 'That group is too large for this activity. Please remove tickets.',
  UNKNOWN_PRICE: 'The prices just changed. Please check your tickets and try again.',
  SESSION_CLOSED: 'This time is no longer open for booking. Please pick another.',
  SESSION_STARTED: 'This time has already started. Please pick another.',
  WAIVER_REQUIRED: 'Please accept the waiver to continue.',
  MIN_AGE_REQUIRED: 'Please confirm the minimum age to continue.',
  HOLD_ENDED: 'Your hold has ended. Please pick your time again.',
  NOT_PAID: 'The payment was not completed. You can try again.',
  RATE_LIMITED: 'Too many requests. Try again in {n} s.',
  NETWORK: 'We cannot reach the booking service. Check your connection and try again.',
  ORIGIN: 'This site is not allowed to show this booking calendar. The venue can allow it in its settings.',
  NOT_FOUND: 'This booking calendar is not available.',
  BAD_USER_INPUT: 'Please check your details and try again.',
  ERROR: 'Something went wrong. Please try again.',
};
export type Catalog = typeof en;
export type MessageKey = keyof Catalog;

// English is built in; the others are chunks of their own, fetched for pages in that language.
const catalogs: Record<string, Catalog> = { en };
const loaders: Record<string, () => Promise<{ default: Catalog }>> = {
  es: () => import('./i18n-es.ts'),
  de: () => import('./i18n-de.ts'),
};

const langOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** Fetches the catalog of `locale` (once); resolves at once for English and unknown languages. */
export async function loadCatalog(locale: string): Promise<void> {
  const lang = langOf(locale);
  const load = loaders[lang];
  if (catalogs[lang] || !load) return;
  catalogs[lang] = (await load()).default;
}

/** What views get to speak: the catalog and the locale Intl formats with. */
export interface Messages {
  readonly locale: string;
  readonly lang: string;
  readonly s: Catalog;
}

/** The catalog for a BCP 47 tag, by language; English when unknown or not loaded yet (see loadCatalog). */
export function messagesFor(locale: string): Messages {
  const lang = langOf(locale);
  return catalogs[lang] ? { locale, lang, s: catalogs[lang] } : { locale, lang: 'en', s: en };
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The sentence of `key` (a server reason we have no sentence for reads as ERROR). */
export const t = (m: Messages, key: MessageKey, vars?: Record<string, string | number>): string =>
  fill(m.s[key] ?? m.s.ERROR, vars);

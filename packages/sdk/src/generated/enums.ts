export type ActivityStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

/** Set by staff at the door: checkInBooking / markNoShow. */
export type Attendance =
  | 'CHECKED_IN'
  | 'EXPECTED'
  | 'NO_SHOW';

export type BookingEventKind =
  | 'BOOKED'
  | 'CANCELLED'
  | 'EMAIL_PENDING'
  | 'EMAIL_SENT'
  | 'REFUNDED';

/** SHARED: parties share a session seat by seat; PRIVATE: one booking takes the whole session (sold out to everyone else). */
export type BookingMode =
  | 'PRIVATE'
  | 'SHARED';

/** How a booking was paid: Stripe Checkout, or a staff booking paid at the desk or not yet. */
export type BookingPayment =
  | 'PAID_OFFLINE'
  | 'STRIPE'
  | 'UNPAID';

export type BookingStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'REFUNDED';

/** HTTP caching (Apollo cache control): widgetConfig sets its max-age; the types it returns inherit it. */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type DayStatus =
  | 'AVAILABLE'
  | 'BLOCKED'
  | 'CLOSED'
  | 'SOLD_OUT';

/**
 * The one list of codes in `extensions.code` of every GraphQL error (DESIGN.md §5): programs branch on
 * the code, messages are for people. Expected domain outcomes are union members instead (ReserveSlotResult).
 * No field returns it; codegen makes it the server's, the SDK's and the widget's ErrorCode.
 */
export type ErrorCode =
  /** Malformed or invalid input, including documents that cannot run (the original is in extensions.reason). */
  | 'BAD_USER_INPUT'
  /** Not allowed: another origin, an API key used cross-origin. */
  | 'FORBIDDEN'
  /** A fault on our side; extensions.retryable is true during a database outage. */
  | 'INTERNAL'
  /** The named row does not exist (or belongs to another organization). */
  | 'NOT_FOUND'
  /** Apollo's automatic persisted queries: the hash is unknown, send the document with it. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Over a rate or hold limit; extensions.retryAfterSeconds says when to try again. */
  | 'RATE_LIMITED'
  /** Admin operation without a valid API key. */
  | 'UNAUTHENTICATED';

export type ManualPayment =
  | 'PAID_OFFLINE'
  | 'UNPAID';

/** PERSON: amountCents per ticket; GROUP: amountCents for the whole party (within minParty..maxParty), one Stripe line of quantity 1. */
export type PricePer =
  | 'GROUP'
  | 'PERSON';

export type PriceTier =
  | 'ADULT'
  | 'CHILD'
  | 'CUSTOM';

export type ReservationStatus =
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED';

export type SessionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN';

export type ThemeMode =
  | 'dark'
  | 'light';

export type WaitlistStatus =
  | 'BOOKED'
  /** The offer ran out, or the session closed or started. */
  | 'EXPIRED'
  | 'LEFT'
  /** Seats are held for the party (15 minutes) and the link to book them was emailed. */
  | 'OFFERED'
  | 'WAITING';

export type Weekday =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

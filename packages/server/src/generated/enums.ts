export const ActivityStatus = {
  ACTIVE: 'ACTIVE',
  ARCHIVED: 'ARCHIVED'
} as const;

export type ActivityStatus = typeof ActivityStatus[keyof typeof ActivityStatus];
/** Set by staff at the door: checkInBooking / markNoShow. */
export const Attendance = {
  CHECKED_IN: 'CHECKED_IN',
  EXPECTED: 'EXPECTED',
  NO_SHOW: 'NO_SHOW'
} as const;

export type Attendance = typeof Attendance[keyof typeof Attendance];
export const BookingEventKind = {
  BOOKED: 'BOOKED',
  CANCELLED: 'CANCELLED',
  EMAIL_PENDING: 'EMAIL_PENDING',
  EMAIL_SENT: 'EMAIL_SENT',
  REFUNDED: 'REFUNDED'
} as const;

export type BookingEventKind = typeof BookingEventKind[keyof typeof BookingEventKind];
/** SHARED: parties share a session seat by seat; PRIVATE: one booking takes the whole session (sold out to everyone else). */
export const BookingMode = {
  PRIVATE: 'PRIVATE',
  SHARED: 'SHARED'
} as const;

export type BookingMode = typeof BookingMode[keyof typeof BookingMode];
/** How a booking was paid: Stripe Checkout, or a staff booking paid at the desk or not yet. */
export const BookingPayment = {
  PAID_OFFLINE: 'PAID_OFFLINE',
  STRIPE: 'STRIPE',
  UNPAID: 'UNPAID'
} as const;

export type BookingPayment = typeof BookingPayment[keyof typeof BookingPayment];
export const BookingStatus = {
  CANCELLED: 'CANCELLED',
  CONFIRMED: 'CONFIRMED',
  REFUNDED: 'REFUNDED'
} as const;

export type BookingStatus = typeof BookingStatus[keyof typeof BookingStatus];
/** HTTP caching (Apollo cache control): widgetConfig sets its max-age; the types it returns inherit it. */
export const CacheControlScope = {
  PRIVATE: 'PRIVATE',
  PUBLIC: 'PUBLIC'
} as const;

export type CacheControlScope = typeof CacheControlScope[keyof typeof CacheControlScope];
export const DayStatus = {
  AVAILABLE: 'AVAILABLE',
  BLOCKED: 'BLOCKED',
  CLOSED: 'CLOSED',
  SOLD_OUT: 'SOLD_OUT'
} as const;

export type DayStatus = typeof DayStatus[keyof typeof DayStatus];
/**
 * The one list of codes in `extensions.code` of every GraphQL error (DESIGN.md §5): programs branch on
 * the code, messages are for people. Expected domain outcomes are union members instead (ReserveSlotResult).
 * No field returns it; codegen makes it the server's, the SDK's and the widget's ErrorCode.
 */
export const ErrorCode = {
  /** Malformed or invalid input, including documents that cannot run (the original is in extensions.reason). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** Not allowed: another origin, an API key used cross-origin. */
  FORBIDDEN: 'FORBIDDEN',
  /** A fault on our side; extensions.retryable is true during a database outage. */
  INTERNAL: 'INTERNAL',
  /** The named row does not exist (or belongs to another organization). */
  NOT_FOUND: 'NOT_FOUND',
  /** Apollo's automatic persisted queries: the hash is unknown, send the document with it. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Over a rate or hold limit; extensions.retryAfterSeconds says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Admin operation without a valid API key. */
  UNAUTHENTICATED: 'UNAUTHENTICATED'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
export const ManualPayment = {
  PAID_OFFLINE: 'PAID_OFFLINE',
  UNPAID: 'UNPAID'
} as const;

export type ManualPayment = typeof ManualPayment[keyof typeof ManualPayment];
/** PERSON: amountCents per ticket; GROUP: amountCents for the whole party (within minParty..maxParty), one Stripe line of quantity 1. */
export const PricePer = {
  GROUP: 'GROUP',
  PERSON: 'PERSON'
} as const;

export type PricePer = typeof PricePer[keyof typeof PricePer];
export const PriceTier = {
  ADULT: 'ADULT',
  CHILD: 'CHILD',
  CUSTOM: 'CUSTOM'
} as const;

export type PriceTier = typeof PriceTier[keyof typeof PriceTier];
export const ReservationStatus = {
  CONFIRMED: 'CONFIRMED',
  EXPIRED: 'EXPIRED',
  HELD: 'HELD',
  RELEASED: 'RELEASED'
} as const;

export type ReservationStatus = typeof ReservationStatus[keyof typeof ReservationStatus];
export const SessionStatus = {
  CANCELLED: 'CANCELLED',
  CLOSED: 'CLOSED',
  OPEN: 'OPEN'
} as const;

export type SessionStatus = typeof SessionStatus[keyof typeof SessionStatus];
export const ThemeMode = {
  dark: 'dark',
  light: 'light'
} as const;

export type ThemeMode = typeof ThemeMode[keyof typeof ThemeMode];
export const WaitlistStatus = {
  BOOKED: 'BOOKED',
  /** The offer ran out, or the session closed or started. */
  EXPIRED: 'EXPIRED',
  LEFT: 'LEFT',
  /** Seats are held for the party (15 minutes) and the link to book them was emailed. */
  OFFERED: 'OFFERED',
  WAITING: 'WAITING'
} as const;

export type WaitlistStatus = typeof WaitlistStatus[keyof typeof WaitlistStatus];
export const Weekday = {
  Friday: 'Friday',
  Monday: 'Monday',
  Saturday: 'Saturday',
  Sunday: 'Sunday',
  Thursday: 'Thursday',
  Tuesday: 'Tuesday',
  Wednesday: 'Wednesday'
} as const;

export type Weekday = typeof Weekday[keyof typeof Weekday];
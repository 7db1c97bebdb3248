import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** YYYY-MM-DD, a venue-local calendar date */
  Date: { input: string; output: string; }
  /** ISO 8601 instant with offset */
  DateTime: { input: string; output: string; }
};

export type Activity = {
  __typename?: 'Activity';
  capacity: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** An image of the activity (http or https URL), shown on its card. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  maxParty: Scalars['Int']['output'];
  minParty: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  prices: Array<Price>;
  schedule: Schedule;
};

export type ActivityChange = {
  __typename?: 'ActivityChange';
  activity: AdminActivity;
  /** Sessions that no longer match the schedule but hold reservations: kept, for the admin to handle. */
  keptSessions: Array<AdminSession>;
  sessionsCreated: Scalars['Int']['output'];
  sessionsRemoved: Scalars['Int']['output'];
};

export type ActivityChangePreview = {
  __typename?: 'ActivityChangePreview';
  /** The first 100 sessions added, in start order. */
  added: Array<PreviewSession>;
  addedCount: Scalars['Int']['output'];
  /** Sessions off the new schedule that hold reservations or bookings: kept, every one listed. */
  kept: Array<AdminSession>;
  /** The first 100 free sessions removed, in start order. */
  removed: Array<PreviewSession>;
  removedCount: Scalars['Int']['output'];
};

export type ActivityInput = {
  capacity: Scalars['Int']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes: Scalars['Int']['input'];
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  maxParty?: InputMaybe<Scalars['Int']['input']>;
  minParty?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  prices: Array<PriceInput>;
  schedule: ScheduleInput;
  venueId: Scalars['ID']['input'];
};

export type ActivityStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type ActivityUpdateInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  maxParty?: InputMaybe<Scalars['Int']['input']>;
  minParty?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole price list when given. */
  prices?: InputMaybe<Array<PriceInput>>;
  schedule?: InputMaybe<ScheduleInput>;
};

export type AdminActivity = {
  __typename?: 'AdminActivity';
  capacity: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  maxParty: Scalars['Int']['output'];
  minParty: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  prices: Array<AdminPrice>;
  schedule: Schedule;
  status: ActivityStatus;
  stripeProductId?: Maybe<Scalars['String']['output']>;
  venueId: Scalars['ID']['output'];
};

export type AdminBooking = {
  __typename?: 'AdminBooking';
  activityName: Scalars['String']['output'];
  attendance: Attendance;
  bookingNumber: Scalars['String']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  customer: Customer;
  /** Taken off the lines by promoCode; totalCents is net of it. */
  discountCents: Scalars['Int']['output'];
  /** Every email sent (or queued) to the customer about this booking, oldest first. */
  emails: Array<BookingEmail>;
  /** What happened to the booking, oldest first: booked, each email, cancelled or refunded. */
  history: Array<BookingEvent>;
  id: Scalars['ID']['output'];
  lineItems: Array<LineItem>;
  /** The customer's language (emails). */
  locale: Scalars['String']['output'];
  minAgeAccepted: Scalars['Boolean']['output'];
  partySize: Scalars['Int']['output'];
  payment: BookingPayment;
  /** The promo code this booking redeemed. */
  promoCode?: Maybe<Scalars['String']['output']>;
  session: AdminSession;
  status: BookingStatus;
  stripeCheckoutSessionId?: Maybe<Scalars['String']['output']>;
  stripePaymentIntentId?: Maybe<Scalars['String']['output']>;
  totalCents: Scalars['Int']['output'];
  waiverAccepted: Scalars['Boolean']['output'];
};

export type AdminPrice = {
  __typename?: 'AdminPrice';
  active: Scalars['Boolean']['output'];
  amountCents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lookupKey: Scalars['String']['output'];
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  per: PricePer;
  stripePriceId?: Maybe<Scalars['String']['output']>;
  tier: PriceTier;
};

export type AdminSession = {
  __typename?: 'AdminSession';
  activityId: Scalars['ID']['output'];
  capacityRemaining: Scalars['Int']['output'];
  capacityTotal: Scalars['Int']['output'];
  confirmedCount: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  heldCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  localDate: Scalars['Date']['output'];
  localStartTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  /** Live waitlist entries (WAITING or OFFERED). */
  waitlistCount: Scalars['Int']['output'];
};

export type AdminVenue = {
  __typename?: 'AdminVenue';
  activities: Array<AdminActivity>;
  address?: Maybe<Scalars['String']['output']>;
  allowedOrigins: Array<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  embedKey: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  theme: Theme;
  timezone: Scalars['String']['output'];
  waiverUrl?: Maybe<Scalars['String']['output']>;
};

/** A waitlist entry as staff see it. */
export type AdminWaitlistEntry = {
  __typename?: 'AdminWaitlistEntry';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  /** When the held offer ends (while OFFERED). */
  offerExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  offeredAt?: Maybe<Scalars['DateTime']['output']>;
  partySize: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
  status: WaitlistStatus;
};

/** An operations alert about a failed booking; also POSTed to ALERT_WEBHOOK_URL when set. */
export type Alert = {
  __typename?: 'Alert';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** JSON text: ids of the booking, reservation, checkout session, event, error. */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** PAYMENT_WITHOUT_BOOKING | REFUND_ISSUED | WEBHOOK_ERROR | PAYMENT_RECONCILED (a paid Checkout settled without its webhook) | PAYMENT_UNRECONCILED (paid, no booking or refund after RECONCILE_ALERT_MINUTES) */
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Set by staff at the door: checkInBooking / markNoShow. */
export type Attendance =
  | 'CHECKED_IN'
  | 'EXPECTED'
  | 'NO_SHOW';

export type AvailabilityUpdate = {
  __typename?: 'AvailabilityUpdate';
  activityId: Scalars['ID']['output'];
  date: Scalars['Date']['output'];
  sessions: Array<SessionAvailability>;
};

export type BlockDatePreview = {
  __typename?: 'BlockDatePreview';
  alreadyBlocked: Scalars['Boolean']['output'];
  /** Confirmed bookings on that date: they stay booked (blocking cancels nothing); blocking then needs force. */
  bookings: Array<AdminBooking>;
  /** The reason customers see now, when already blocked. */
  currentReason?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  /** Live holds on that date; blocking then needs force. */
  liveHolds: Scalars['Int']['output'];
  /** Open sessions blocking closes (no more sales). */
  sessionsToClose: Array<AdminSession>;
};

export type BlockDateResult = {
  __typename?: 'BlockDateResult';
  /** false when the date has bookings and force was not given */
  blocked: Scalars['Boolean']['output'];
  bookings: Array<AdminBooking>;
  closedSessions: Scalars['Int']['output'];
};

export type BlockedDate = {
  __typename?: 'BlockedDate';
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type BlockedDateInput = {
  date: Scalars['Date']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Booking = {
  __typename?: 'Booking';
  activityName?: Maybe<Scalars['String']['output']>;
  attendance: Attendance;
  bookingNumber: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /** Where the confirmation email went. */
  customerEmail?: Maybe<Scalars['String']['output']>;
  /** Taken off the lines by a promo code; totalCents is net of it. */
  discountCents: Scalars['Int']['output'];
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lineItems: Array<LineItem>;
  partySize: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  status: BookingStatus;
  totalCents: Scalars['Int']['output'];
  venue?: Maybe<Venue>;
};

export type BookingConnection = {
  __typename?: 'BookingConnection';
  nodes: Array<AdminBooking>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingEmail = {
  __typename?: 'BookingEmail';
  attempts: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  queuedAt: Scalars['DateTime']['output'];
  /** null while queued (or still failing: see attempts and lastError) */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type BookingEvent = {
  __typename?: 'BookingEvent';
  at: Scalars['DateTime']['output'];
  /** The email's subject for EMAIL_* events. */
  detail?: Maybe<Scalars['String']['output']>;
  kind: BookingEventKind;
};

export type BookingEventKind =
  | 'BOOKED'
  | 'CANCELLED'
  | 'EMAIL_PENDING'
  | 'EMAIL_SENT'
  | 'REFUNDED';

export type BookingFilter = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Part of the booking number, the customer's email or name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

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

export type CalendarDay = {
  __typename?: 'CalendarDay';
  date: Scalars['Date']['output'];
  hasCustomHours: Scalars['Boolean']['output'];
  /** BLOCKED days: the reason the venue gave, if any. */
  reason?: Maybe<Scalars['String']['output']>;
  status: DayStatus;
};

export type CancelSessionPreview = {
  __typename?: 'CancelSessionPreview';
  bookings: Array<SessionCancellationEffect>;
  /** Live holds released (their seats go back, their Checkout pages expire). */
  releasedHolds: Scalars['Int']['output'];
  session: AdminSession;
};

export type CancelSessionResult = {
  __typename?: 'CancelSessionResult';
  affectedBookings: Array<AdminBooking>;
  session: AdminSession;
};

/** Free cancellation until freeUntilHours before the start; later, refundPercentAfter % of the total back. */
export type CancellationPolicy = {
  __typename?: 'CancellationPolicy';
  allowed: Scalars['Boolean']['output'];
  freeUntilHours: Scalars['Int']['output'];
  refundPercentAfter: Scalars['Int']['output'];
};

export type CancellationPolicyInput = {
  allowed: Scalars['Boolean']['input'];
  freeUntilHours: Scalars['Int']['input'];
  refundPercentAfter: Scalars['Int']['input'];
};

export type CapacityHealth = {
  __typename?: 'CapacityHealth';
  mismatches: Array<CapacityMismatch>;
  ok: Scalars['Boolean']['output'];
  sessionsChecked: Scalars['Int']['output'];
};

export type CapacityMismatch = {
  __typename?: 'CapacityMismatch';
  capacityRemaining: Scalars['Int']['output'];
  expectedRemaining: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
};

export type Checkout = {
  __typename?: 'Checkout';
  checkoutSessionId: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type CreateCheckoutInput = {
  cancelUrl: Scalars['String']['input'];
  customer: CustomerInput;
  reservationId: Scalars['ID']['input'];
  /** Must contain {CHECKOUT_SESSION_ID} or it is appended as ?slotkit_session= */
  successUrl: Scalars['String']['input'];
};

/** Exactly one of percentOff (1–100) and amountOffCents (≥ 1, in the booking's currency). */
export type CreatePromoCodeInput = {
  activityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  amountOffCents?: InputMaybe<Scalars['Int']['input']>;
  /** 3–40 letters, digits, - or _; unique per organization whatever the case. */
  code: Scalars['String']['input'];
  maxRedemptions?: InputMaybe<Scalars['Int']['input']>;
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The secret is shown once and never stored. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  secret: Scalars['String']['output'];
};

export type CustomDate = {
  __typename?: 'CustomDate';
  date: Scalars['Date']['output'];
  endTime: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  startTime: Scalars['String']['output'];
};

export type CustomDateInput = {
  date: Scalars['Date']['input'];
  endTime: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  startTime: Scalars['String']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type CustomerInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type DayHours = {
  __typename?: 'DayHours';
  day: Weekday;
  enabled: Scalars['Boolean']['output'];
  endTime: Scalars['String']['output'];
  startTime: Scalars['String']['output'];
};

export type DayHoursInput = {
  day: Weekday;
  enabled: Scalars['Boolean']['input'];
  endTime: Scalars['String']['input'];
  startTime: Scalars['String']['input'];
};

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

export type GenerateSessionsResult = {
  __typename?: 'GenerateSessionsResult';
  created: Scalars['Int']['output'];
  existing: Scalars['Int']['output'];
};

/** reason: PARTY_TOO_SMALL | PARTY_TOO_LARGE | UNKNOWN_PRICE | SESSION_CLOSED | SESSION_STARTED | WAIVER_REQUIRED | MIN_AGE_REQUIRED | HOLD_LIMIT | TOO_LATE | PROMO_CODE_INVALID */
export type InvalidReservation = {
  __typename?: 'InvalidReservation';
  message: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** HOLD_LIMIT only: seconds until the oldest blocking hold ends. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

export type JoinWaitlistInput = {
  email: Scalars['String']['input'];
  /** The customer's language for the emails (en, es, de; anything else is English). */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Within the activity's minParty..maxParty. */
  partySize: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
};

export type LineItem = {
  __typename?: 'LineItem';
  name: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  tier: PriceTier;
  totalCents: Scalars['Int']['output'];
  unitAmountCents: Scalars['Int']['output'];
};

export type LocalizedName = {
  __typename?: 'LocalizedName';
  /** BCP 47 language, e.g. es or de */
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type LocalizedNameInput = {
  locale: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A booking as its manage link (/manage/<token>) shows it; the token is the only key. */
export type ManagedBooking = {
  __typename?: 'ManagedBooking';
  activityId: Scalars['ID']['output'];
  activityName: Scalars['String']['output'];
  /** What is still to pay (an UNPAID staff booking: its total, paid at <PUBLIC_URL>/pay/<token>); 0 otherwise. */
  amountDueCents: Scalars['Int']['output'];
  attendance: Attendance;
  bookingNumber: Scalars['String']['output'];
  /** True while the activity's policy lets the customer cancel now. */
  canCancel: Scalars['Boolean']['output'];
  /** True while the activity's policy lets the customer reschedule now. */
  canReschedule: Scalars['Boolean']['output'];
  cancellation: CancellationPolicy;
  currency: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** Venue-local date of the session (what a reschedule picks a new session from). */
  localDate: Scalars['Date']['output'];
  partySize: Scalars['Int']['output'];
  /** What a cancellation now would refund (cents). */
  refundCentsIfCancelled: Scalars['Int']['output'];
  reschedule: ReschedulePolicy;
  sessionId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: BookingStatus;
  totalCents: Scalars['Int']['output'];
  venue: Venue;
};

export type ManualBookingInput = {
  customer: CustomerInput;
  /** en, es or de (emails); default en. */
  locale?: InputMaybe<Scalars['String']['input']>;
  payment: ManualPayment;
  sessionId: Scalars['ID']['input'];
  tickets: Array<TicketInput>;
};

export type ManualPayment =
  | 'PAID_OFFLINE'
  | 'UNPAID';

export type Mutation = {
  __typename?: 'Mutation';
  archiveActivity: AdminActivity;
  blockDate: BlockDateResult;
  cancelBooking: AdminBooking;
  /** Cancels within settings.cancellation (BAD_USER_INPUT outside it); the refund per policy goes through the outbox. */
  cancelManagedBooking: ManagedBooking;
  cancelSession: CancelSessionResult;
  checkInBooking: Booking;
  /** Success-page confirmation; converges with the webhook on one booking. */
  confirmCheckout: Booking;
  createActivity: ActivityChange;
  createApiKey: CreatedApiKey;
  createCheckout: Checkout;
  /** A phone or walk-in booking; counts against capacity like any booking. */
  createManualBooking: Booking;
  createPromoCode: PromoCode;
  createVenue: AdminVenue;
  /** Live holds that reserved it keep their discount; new holds get PROMO_CODE_INVALID. */
  deactivatePromoCode: PromoCode;
  deleteVenue: Scalars['Boolean']['output'];
  generateSessions: GenerateSessionsResult;
  /** Joins a sold-out session's waitlist (BAD_USER_INPUT reason SEATS_AVAILABLE when the party fits now); the same email and session answer the same entry. Rate-limited like reserveSlot. */
  joinWaitlist: WaitlistEntry;
  markNoShow: Booking;
  releaseReservation: Scalars['Boolean']['output'];
  /** Takes an entry off the waitlist (LEFT); the seats of its live offer go to the next party. */
  removeWaitlistEntry: AdminWaitlistEntry;
  /** Moves the seats to another session of the same activity in one transaction; BAD_USER_INPUT when it lacks room. */
  rescheduleBooking: Booking;
  /** Moves to another session of the same activity and price within settings.reschedule (BAD_USER_INPUT outside it or without room). */
  rescheduleManagedBooking: ManagedBooking;
  /** Queues the confirmation email of a confirmed booking again (through the outbox); BAD_USER_INPUT for any other status. */
  resendConfirmation: AdminBooking;
  reserveSlot: ReserveSlotResult;
  revokeApiKey: ApiKey;
  rotateEmbedKey: AdminVenue;
  updateActivity: ActivityChange;
  updateOrganization: Organization;
  updateVenue: AdminVenue;
};


export type MutationArchiveActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBlockDateArgs = {
  activityId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
  refund: Scalars['Boolean']['input'];
};


export type MutationCancelManagedBookingArgs = {
  token: Scalars['String']['input'];
};


export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
  refund?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationCheckInBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmCheckoutArgs = {
  checkoutSessionId: Scalars['String']['input'];
};


export type MutationCreateActivityArgs = {
  input: ActivityInput;
};


export type MutationCreateApiKeyArgs = {
  label: Scalars['String']['input'];
};


export type MutationCreateCheckoutArgs = {
  input: CreateCheckoutInput;
};


export type MutationCreateManualBookingArgs = {
  input: ManualBookingInput;
};


export type MutationCreatePromoCodeArgs = {
  input: CreatePromoCodeInput;
};


export type MutationCreateVenueArgs = {
  input: VenueInput;
};


export type MutationDeactivatePromoCodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteVenueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateSessionsArgs = {
  activityId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
  from: Scalars['Date']['input'];
};


export type MutationJoinWaitlistArgs = {
  input: JoinWaitlistInput;
};


export type MutationMarkNoShowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReleaseReservationArgs = {
  reservationId: Scalars['ID']['input'];
};


export type MutationRemoveWaitlistEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRescheduleBookingArgs = {
  id: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRescheduleManagedBookingArgs = {
  sessionId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


export type MutationResendConfirmationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReserveSlotArgs = {
  input: ReserveSlotInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateEmbedKeyArgs = {
  venueId: Scalars['ID']['input'];
};


export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: ActivityUpdateInput;
};


export type MutationUpdateOrganizationArgs = {
  name: Scalars['String']['input'];
};


export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: VenueUpdateInput;
};

export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A session named by a preview (an added one exists only inside the rolled-back dry run). */
export type PreviewSession = {
  __typename?: 'PreviewSession';
  endsAt: Scalars['DateTime']['output'];
  localDate: Scalars['Date']['output'];
  localStartTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type Price = {
  __typename?: 'Price';
  amountCents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The name in other languages; `name` when a language is missing. */
  names: Array<LocalizedName>;
  per: PricePer;
  tier: PriceTier;
};

/** slug names a CUSTOM tier (lookup key activity_{id}_custom_{slug}); ignored for ADULT and CHILD. */
export type PriceInput = {
  amountCents: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  /** The name in other languages (one per locale). */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  /** Default PERSON. A GROUP price's lookup key ends in _group. */
  per?: InputMaybe<PricePer>;
  slug?: InputMaybe<Scalars['String']['input']>;
  tier: PriceTier;
};

/** PERSON: amountCents per ticket; GROUP: amountCents for the whole party (within minParty..maxParty), one Stripe line of quantity 1. */
export type PricePer =
  | 'GROUP'
  | 'PERSON';

export type PriceQuote = {
  __typename?: 'PriceQuote';
  currency: Scalars['String']['output'];
  discountCents: Scalars['Int']['output'];
  /** Set when a promoCode was given and cannot be used (unknown, not yet or no longer valid, used up, another activity): PROMO_CODE_INVALID. */
  promoCodeError?: Maybe<Scalars['String']['output']>;
  /** The code's human message when promoCodeError is set. */
  promoCodeMessage?: Maybe<Scalars['String']['output']>;
  /** The ticket lines (a GROUP line counts once). */
  subtotalCents: Scalars['Int']['output'];
  /** subtotalCents − discountCents: what Checkout would charge. */
  totalCents: Scalars['Int']['output'];
};

export type PriceQuoteInput = {
  activityId: Scalars['ID']['input'];
  promoCode?: InputMaybe<Scalars['String']['input']>;
  tickets: Array<TicketInput>;
};

export type PriceTier =
  | 'ADULT'
  | 'CHILD'
  | 'CUSTOM';

/** A discount code of the organization. Terms are fixed once created; deactivate and create another to change them. */
export type PromoCode = {
  __typename?: 'PromoCode';
  active: Scalars['Boolean']['output'];
  /** Empty: every activity of the organization. */
  activityIds: Array<Scalars['ID']['output']>;
  amountOffCents?: Maybe<Scalars['Int']['output']>;
  /** As created; matched case-insensitively. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Null: unlimited. */
  maxRedemptions?: Maybe<Scalars['Int']['output']>;
  percentOff?: Maybe<Scalars['Int']['output']>;
  /** Bookings made with the code (a live hold reserves one more until it ends). */
  redemptions: Scalars['Int']['output'];
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type Query = {
  __typename?: 'Query';
  activities: Array<AdminActivity>;
  activity?: Maybe<AdminActivity>;
  /** Failed bookings (payment without booking, refund issued, webhook error) since the given time (default: last 7 days), newest first, at most 500. */
  alerts: Array<Alert>;
  apiKeys: Array<ApiKey>;
  /** Open sessions of one venue-local day with remaining capacity. Never cached. */
  availability: Array<SessionAvailability>;
  booking?: Maybe<AdminBooking>;
  bookings: BookingConnection;
  /** One entry per day in [from, to], venue-local. */
  calendar: Array<CalendarDay>;
  /** capacity_remaining vs. live reservations for every session of the organization. */
  capacityHealth: CapacityHealth;
  checkSlotAvailability: Scalars['Boolean']['output'];
  /** The booking of a manage link; NOT_FOUND for any unknown token. */
  managedBooking: ManagedBooking;
  /** The organization of the calling API key. */
  organization: Organization;
  /** What createActivity would generate; the save itself is run and rolled back. */
  previewActivityCreate: ActivityChangePreview;
  /** What updateActivity would do to future sessions; the save itself is run and rolled back. */
  previewActivityUpdate: ActivityChangePreview;
  /** What blockDate(activityId, date) would close, and the bookings on that date. */
  previewBlockDate: BlockDatePreview;
  /** What cancelSession(id, refund) would release, cancel and refund. */
  previewCancelSession: CancelSessionPreview;
  /** What these tickets cost with this promo code, computed as a hold would (the widget's Apply button). Rate-limited like every public read. */
  priceQuote: PriceQuote;
  /** Newest first. */
  promoCodes: Array<PromoCode>;
  sessions: Array<AdminSession>;
  upcomingBookings: Array<AdminBooking>;
  venue?: Maybe<AdminVenue>;
  venues: Array<AdminVenue>;
  /** A session's waitlist, oldest first (the order offers go out in). */
  waitlist: Array<AdminWaitlistEntry>;
  /** Last 7 venue-local days, zero-filled, oldest first. */
  weeklyBookingsTrend: Array<TrendDay>;
  /** Venue, activities, prices and theme for the first paint. Cache-Control max-age 300 (activity) / 120 (venue). */
  widgetConfig: WidgetConfig;
};


export type QueryActivitiesArgs = {
  venueId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAvailabilityArgs = {
  activityId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
};


export type QueryBookingArgs = {
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCalendarArgs = {
  activityId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryCheckSlotAvailabilityArgs = {
  partySize: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
};


export type QueryManagedBookingArgs = {
  token: Scalars['String']['input'];
};


export type QueryPreviewActivityCreateArgs = {
  input: ActivityInput;
};


export type QueryPreviewActivityUpdateArgs = {
  id: Scalars['ID']['input'];
  input: ActivityUpdateInput;
};


export type QueryPreviewBlockDateArgs = {
  activityId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
};


export type QueryPreviewCancelSessionArgs = {
  id: Scalars['ID']['input'];
  refund?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPriceQuoteArgs = {
  input: PriceQuoteInput;
};


export type QuerySessionsArgs = {
  activityId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryUpcomingBookingsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWaitlistArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryWeeklyBookingsTrendArgs = {
  venueId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWidgetConfigArgs = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  embedKey?: InputMaybe<Scalars['String']['input']>;
};

export type ReschedulePolicy = {
  __typename?: 'ReschedulePolicy';
  allowed: Scalars['Boolean']['output'];
  untilHours: Scalars['Int']['output'];
};

export type ReschedulePolicyInput = {
  allowed: Scalars['Boolean']['input'];
  untilHours: Scalars['Int']['input'];
};

export type Reservation = {
  __typename?: 'Reservation';
  currency: Scalars['String']['output'];
  /** Taken off by the promo code (0 without one). */
  discountCents: Scalars['Int']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  partySize: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
  status: ReservationStatus;
  /** What the booking costs: the ticket lines minus discountCents (what Checkout charges). */
  totalCents: Scalars['Int']['output'];
};

export type ReservationStatus =
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED';

export type ReserveSlotInput = {
  email: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** The customer's language (en, es, de): emails about this booking use it. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Required when the activity has a minimum age: the customer confirms every participant meets it. */
  minAgeAccepted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive; a bad, used-up or expired code → InvalidReservation PROMO_CODE_INVALID. The hold reserves one redemption; the booking counts it. */
  promoCode?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  tickets: Array<TicketInput>;
  /** Required when the activity requires a waiver. */
  waiverAccepted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReserveSlotResult = InvalidReservation | Reservation | SlotUnavailable;

export type Schedule = {
  __typename?: 'Schedule';
  advanceBooking: Scalars['Int']['output'];
  blockedDates: Array<BlockedDate>;
  /** PRIVATE: one booking takes the whole session. */
  bookingMode: BookingMode;
  /** Customer self-service cancellation through the manage link. */
  cancellation: CancellationPolicy;
  customDates: Array<CustomDate>;
  customHours: Array<DayHours>;
  customHoursEnabled: Scalars['Boolean']['output'];
  endTime: Scalars['String']['output'];
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Sessions starting sooner than this are closed to new holds (InvalidReservation TOO_LATE). */
  minNoticeMinutes: Scalars['Int']['output'];
  operatingDays: Array<Weekday>;
  /** Hours before the start the reminder email goes out; 0 = none. */
  reminderHours: Scalars['Int']['output'];
  requiresWaiver: Scalars['Boolean']['output'];
  /** Customer self-service reschedule through the manage link. */
  reschedule: ReschedulePolicy;
  slotInterval: Scalars['Int']['output'];
  startTime: Scalars['String']['output'];
};

export type ScheduleInput = {
  advanceBooking: Scalars['Int']['input'];
  blockedDates?: InputMaybe<Array<BlockedDateInput>>;
  /** Default SHARED. */
  bookingMode?: InputMaybe<BookingMode>;
  /** Absent: the defaults (allowed, free until 24 h, nothing back after). */
  cancellation?: InputMaybe<CancellationPolicyInput>;
  customDates?: InputMaybe<Array<CustomDateInput>>;
  customHours?: InputMaybe<Array<DayHoursInput>>;
  customHoursEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  endTime: Scalars['String']['input'];
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Default 0. */
  minNoticeMinutes?: InputMaybe<Scalars['Int']['input']>;
  operatingDays: Array<Weekday>;
  /** Default 24; 0 = no reminder. */
  reminderHours?: InputMaybe<Scalars['Int']['input']>;
  requiresWaiver?: InputMaybe<Scalars['Boolean']['input']>;
  /** Absent: the defaults (allowed until 24 h before). */
  reschedule?: InputMaybe<ReschedulePolicyInput>;
  slotInterval: Scalars['Int']['input'];
  startTime: Scalars['String']['input'];
};

export type SessionAvailability = {
  __typename?: 'SessionAvailability';
  capacityRemaining: Scalars['Int']['output'];
  capacityTotal: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** HH:mm in the venue's timezone */
  localStartTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** One confirmed booking that cancelling the session ends. */
export type SessionCancellationEffect = {
  __typename?: 'SessionCancellationEffect';
  booking: AdminBooking;
  currency: Scalars['String']['output'];
  /** Where the refund and the cancellation go. */
  email: Scalars['String']['output'];
  /** 0 when no refund was asked for or the booking has no payment (cancelled without refund). */
  refundCents: Scalars['Int']['output'];
};

export type SessionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN';

export type SlotUnavailable = {
  __typename?: 'SlotUnavailable';
  message: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Throttled: pushed within 500 ms of a change, at most once per 500 ms, the last change always; coalesced per (activity, date). */
  availabilityChanged: AvailabilityUpdate;
  /** Day statuses of [from, to] (at most 93 days), pushed when any of them changes; throttled like availabilityChanged and coalesced per (activity, month). */
  calendarChanged: Array<CalendarDay>;
  widgetConfigChanged: WidgetConfig;
};


export type SubscriptionAvailabilityChangedArgs = {
  activityId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
};


export type SubscriptionCalendarChangedArgs = {
  activityId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type SubscriptionWidgetConfigChangedArgs = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  embedKey?: InputMaybe<Scalars['String']['input']>;
};

export type Theme = {
  __typename?: 'Theme';
  /** Hex without # */
  accentColor?: Maybe<Scalars['String']['output']>;
  fontFamily?: Maybe<Scalars['String']['output']>;
  mode: ThemeMode;
  radiusPx?: Maybe<Scalars['Int']['output']>;
};

export type ThemeInput = {
  accentColor?: InputMaybe<Scalars['String']['input']>;
  fontFamily?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<ThemeMode>;
  radiusPx?: InputMaybe<Scalars['Int']['input']>;
};

export type ThemeMode =
  | 'dark'
  | 'light';

/** One ticket line: a tier, a price id, or both (at least one; a priceId alone implies its tier). */
export type TicketInput = {
  /** One of the activity's active prices; when tier is given too, the price must be of that tier. */
  priceId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  /** ADULT / CHILD name the activity's one price of that tier; CUSTOM needs a priceId. */
  tier?: InputMaybe<PriceTier>;
};

export type TrendDay = {
  __typename?: 'TrendDay';
  bookings: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  revenueCents: Scalars['Int']['output'];
};

export type Venue = {
  __typename?: 'Venue';
  /** Street address shown on confirmations and in calendar entries. */
  address?: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  theme: Theme;
  timezone: Scalars['String']['output'];
  waiverUrl?: Maybe<Scalars['String']['output']>;
};

export type VenueInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  currency: Scalars['String']['input'];
  embedKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  theme?: InputMaybe<ThemeInput>;
  timezone: Scalars['String']['input'];
  waiverUrl?: InputMaybe<Scalars['String']['input']>;
};

export type VenueUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<ThemeInput>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  waiverUrl?: InputMaybe<Scalars['String']['input']>;
};

export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  id: Scalars['ID']['output'];
  partySize: Scalars['Int']['output'];
  /** 1 for the first live entry of the session. */
  position: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
  status: WaitlistStatus;
};

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

export type WidgetConfig = {
  __typename?: 'WidgetConfig';
  activities: Array<Activity>;
  venue: Venue;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ReserveSlotResult:
    | ( Partial<InvalidReservation> )
    | ( Partial<Reservation> )
    | ( Partial<SlotUnavailable> )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<Partial<Activity>>;
  ActivityChange: ResolverTypeWrapper<Partial<ActivityChange>>;
  ActivityChangePreview: ResolverTypeWrapper<Partial<ActivityChangePreview>>;
  ActivityInput: ResolverTypeWrapper<Partial<ActivityInput>>;
  ActivityStatus: ResolverTypeWrapper<Partial<ActivityStatus>>;
  ActivityUpdateInput: ResolverTypeWrapper<Partial<ActivityUpdateInput>>;
  AdminActivity: ResolverTypeWrapper<Partial<AdminActivity>>;
  AdminBooking: ResolverTypeWrapper<Partial<AdminBooking>>;
  AdminPrice: ResolverTypeWrapper<Partial<AdminPrice>>;
  AdminSession: ResolverTypeWrapper<Partial<AdminSession>>;
  AdminVenue: ResolverTypeWrapper<Partial<AdminVenue>>;
  AdminWaitlistEntry: ResolverTypeWrapper<Partial<AdminWaitlistEntry>>;
  Alert: ResolverTypeWrapper<Partial<Alert>>;
  ApiKey: ResolverTypeWrapper<Partial<ApiKey>>;
  Attendance: ResolverTypeWrapper<Partial<Attendance>>;
  AvailabilityUpdate: ResolverTypeWrapper<Partial<AvailabilityUpdate>>;
  BlockDatePreview: ResolverTypeWrapper<Partial<BlockDatePreview>>;
  BlockDateResult: ResolverTypeWrapper<Partial<BlockDateResult>>;
  BlockedDate: ResolverTypeWrapper<Partial<BlockedDate>>;
  BlockedDateInput: ResolverTypeWrapper<Partial<BlockedDateInput>>;
  Booking: ResolverTypeWrapper<Partial<Booking>>;
  BookingConnection: ResolverTypeWrapper<Partial<BookingConnection>>;
  BookingEmail: ResolverTypeWrapper<Partial<BookingEmail>>;
  BookingEvent: ResolverTypeWrapper<Partial<BookingEvent>>;
  BookingEventKind: ResolverTypeWrapper<Partial<BookingEventKind>>;
  BookingFilter: ResolverTypeWrapper<Partial<BookingFilter>>;
  BookingMode: ResolverTypeWrapper<Partial<BookingMode>>;
  BookingPayment: ResolverTypeWrapper<Partial<BookingPayment>>;
  BookingStatus: ResolverTypeWrapper<Partial<BookingStatus>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  CacheControlScope: ResolverTypeWrapper<Partial<CacheControlScope>>;
  CalendarDay: ResolverTypeWrapper<Partial<CalendarDay>>;
  CancelSessionPreview: ResolverTypeWrapper<Partial<CancelSessionPreview>>;
  CancelSessionResult: ResolverTypeWrapper<Partial<CancelSessionResult>>;
  CancellationPolicy: ResolverTypeWrapper<Partial<CancellationPolicy>>;
  CancellationPolicyInput: ResolverTypeWrapper<Partial<CancellationPolicyInput>>;
  CapacityHealth: ResolverTypeWrapper<Partial<CapacityHealth>>;
  CapacityMismatch: ResolverTypeWrapper<Partial<CapacityMismatch>>;
  Checkout: ResolverTypeWrapper<Partial<Checkout>>;
  CreateCheckoutInput: ResolverTypeWrapper<Partial<CreateCheckoutInput>>;
  CreatePromoCodeInput: ResolverTypeWrapper<Partial<CreatePromoCodeInput>>;
  CreatedApiKey: ResolverTypeWrapper<Partial<CreatedApiKey>>;
  CustomDate: ResolverTypeWrapper<Partial<CustomDate>>;
  CustomDateInput: ResolverTypeWrapper<Partial<CustomDateInput>>;
  Customer: ResolverTypeWrapper<Partial<Customer>>;
  CustomerInput: ResolverTypeWrapper<Partial<CustomerInput>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  DayHours: ResolverTypeWrapper<Partial<DayHours>>;
  DayHoursInput: ResolverTypeWrapper<Partial<DayHoursInput>>;
  DayStatus: ResolverTypeWrapper<Partial<DayStatus>>;
  ErrorCode: ResolverTypeWrapper<Partial<ErrorCode>>;
  GenerateSessionsResult: ResolverTypeWrapper<Partial<GenerateSessionsResult>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  InvalidReservation: ResolverTypeWrapper<Partial<InvalidReservation>>;
  JoinWaitlistInput: ResolverTypeWrapper<Partial<JoinWaitlistInput>>;
  LineItem: ResolverTypeWrapper<Partial<LineItem>>;
  LocalizedName: ResolverTypeWrapper<Partial<LocalizedName>>;
  LocalizedNameInput: ResolverTypeWrapper<Partial<LocalizedNameInput>>;
  ManagedBooking: ResolverTypeWrapper<Partial<ManagedBooking>>;
  ManualBookingInput: ResolverTypeWrapper<Partial<ManualBookingInput>>;
  ManualPayment: ResolverTypeWrapper<Partial<ManualPayment>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<Partial<Organization>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PreviewSession: ResolverTypeWrapper<Partial<PreviewSession>>;
  Price: ResolverTypeWrapper<Partial<Price>>;
  PriceInput: ResolverTypeWrapper<Partial<PriceInput>>;
  PricePer: ResolverTypeWrapper<Partial<PricePer>>;
  PriceQuote: ResolverTypeWrapper<Partial<PriceQuote>>;
  PriceQuoteInput: ResolverTypeWrapper<Partial<PriceQuoteInput>>;
  PriceTier: ResolverTypeWrapper<Partial<PriceTier>>;
  PromoCode: ResolverTypeWrapper<Partial<PromoCode>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReschedulePolicy: ResolverTypeWrapper<Partial<ReschedulePolicy>>;
  ReschedulePolicyInput: ResolverTypeWrapper<Partial<ReschedulePolicyInput>>;
  Reservation: ResolverTypeWrapper<Partial<Reservation>>;
  ReservationStatus: ResolverTypeWrapper<Partial<ReservationStatus>>;
  ReserveSlotInput: ResolverTypeWrapper<Partial<ReserveSlotInput>>;
  ReserveSlotResult: Partial<ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveSlotResult']>>;
  Schedule: ResolverTypeWrapper<Partial<Schedule>>;
  ScheduleInput: ResolverTypeWrapper<Partial<ScheduleInput>>;
  SessionAvailability: ResolverTypeWrapper<Partial<SessionAvailability>>;
  SessionCancellationEffect: ResolverTypeWrapper<Partial<SessionCancellationEffect>>;
  SessionStatus: ResolverTypeWrapper<Partial<SessionStatus>>;
  SlotUnavailable: ResolverTypeWrapper<Partial<SlotUnavailable>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Theme: ResolverTypeWrapper<Partial<Theme>>;
  ThemeInput: ResolverTypeWrapper<Partial<ThemeInput>>;
  ThemeMode: ResolverTypeWrapper<Partial<ThemeMode>>;
  TicketInput: ResolverTypeWrapper<Partial<TicketInput>>;
  TrendDay: ResolverTypeWrapper<Partial<TrendDay>>;
  Venue: ResolverTypeWrapper<Partial<Venue>>;
  VenueInput: ResolverTypeWrapper<Partial<VenueInput>>;
  VenueUpdateInput: ResolverTypeWrapper<Partial<VenueUpdateInput>>;
  WaitlistEntry: ResolverTypeWrapper<Partial<WaitlistEntry>>;
  WaitlistStatus: ResolverTypeWrapper<Partial<WaitlistStatus>>;
  Weekday: ResolverTypeWrapper<Partial<Weekday>>;
  WidgetConfig: ResolverTypeWrapper<Partial<WidgetConfig>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: Partial<Activity>;
  ActivityChange: Partial<ActivityChange>;
  ActivityChangePreview: Partial<ActivityChangePreview>;
  ActivityInput: Partial<ActivityInput>;
  ActivityUpdateInput: Partial<ActivityUpdateInput>;
  AdminActivity: Partial<AdminActivity>;
  AdminBooking: Partial<AdminBooking>;
  AdminPrice: Partial<AdminPrice>;
  AdminSession: Partial<AdminSession>;
  AdminVenue: Partial<AdminVenue>;
  AdminWaitlistEntry: Partial<AdminWaitlistEntry>;
  Alert: Partial<Alert>;
  ApiKey: Partial<ApiKey>;
  AvailabilityUpdate: Partial<AvailabilityUpdate>;
  BlockDatePreview: Partial<BlockDatePreview>;
  BlockDateResult: Partial<BlockDateResult>;
  BlockedDate: Partial<BlockedDate>;
  BlockedDateInput: Partial<BlockedDateInput>;
  Booking: Partial<Booking>;
  BookingConnection: Partial<BookingConnection>;
  BookingEmail: Partial<BookingEmail>;
  BookingEvent: Partial<BookingEvent>;
  BookingFilter: Partial<BookingFilter>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  CalendarDay: Partial<CalendarDay>;
  CancelSessionPreview: Partial<CancelSessionPreview>;
  CancelSessionResult: Partial<CancelSessionResult>;
  CancellationPolicy: Partial<CancellationPolicy>;
  CancellationPolicyInput: Partial<CancellationPolicyInput>;
  CapacityHealth: Partial<CapacityHealth>;
  CapacityMismatch: Partial<CapacityMismatch>;
  Checkout: Partial<Checkout>;
  CreateCheckoutInput: Partial<CreateCheckoutInput>;
  CreatePromoCodeInput: Partial<CreatePromoCodeInput>;
  CreatedApiKey: Partial<CreatedApiKey>;
  CustomDate: Partial<CustomDate>;
  CustomDateInput: Partial<CustomDateInput>;
  Customer: Partial<Customer>;
  CustomerInput: Partial<CustomerInput>;
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DayHours: Partial<DayHours>;
  DayHoursInput: Partial<DayHoursInput>;
  GenerateSessionsResult: Partial<GenerateSessionsResult>;
  ID: Partial<Scalars['ID']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  InvalidReservation: Partial<InvalidReservation>;
  JoinWaitlistInput: Partial<JoinWaitlistInput>;
  LineItem: Partial<LineItem>;
  LocalizedName: Partial<LocalizedName>;
  LocalizedNameInput: Partial<LocalizedNameInput>;
  ManagedBooking: Partial<ManagedBooking>;
  ManualBookingInput: Partial<ManualBookingInput>;
  Mutation: Record<PropertyKey, never>;
  Organization: Partial<Organization>;
  PageInfo: Partial<PageInfo>;
  PreviewSession: Partial<PreviewSession>;
  Price: Partial<Price>;
  PriceInput: Partial<PriceInput>;
  PriceQuote: Partial<PriceQuote>;
  PriceQuoteInput: Partial<PriceQuoteInput>;
  PromoCode: Partial<PromoCode>;
  Query: Record<PropertyKey, never>;
  ReschedulePolicy: Partial<ReschedulePolicy>;
  ReschedulePolicyInput: Partial<ReschedulePolicyInput>;
  Reservation: Partial<Reservation>;
  ReserveSlotInput: Partial<ReserveSlotInput>;
  ReserveSlotResult: Partial<ResolversUnionTypes<ResolversParentTypes>['ReserveSlotResult']>;
  Schedule: Partial<Schedule>;
  ScheduleInput: Partial<ScheduleInput>;
  SessionAvailability: Partial<SessionAvailability>;
  SessionCancellationEffect: Partial<SessionCancellationEffect>;
  SlotUnavailable: Partial<SlotUnavailable>;
  String: Partial<Scalars['String']['output']>;
  Subscription: Record<PropertyKey, never>;
  Theme: Partial<Theme>;
  ThemeInput: Partial<ThemeInput>;
  TicketInput: Partial<TicketInput>;
  TrendDay: Partial<TrendDay>;
  Venue: Partial<Venue>;
  VenueInput: Partial<VenueInput>;
  VenueUpdateInput: Partial<VenueUpdateInput>;
  WaitlistEntry: Partial<WaitlistEntry>;
  WidgetConfig: Partial<WidgetConfig>;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxParty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minParty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType>;
};

export type ActivityChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityChange'] = ResolversParentTypes['ActivityChange']> = {
  activity?: Resolver<ResolversTypes['AdminActivity'], ParentType, ContextType>;
  keptSessions?: Resolver<Array<ResolversTypes['AdminSession']>, ParentType, ContextType>;
  sessionsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityChangePreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityChangePreview'] = ResolversParentTypes['ActivityChangePreview']> = {
  added?: Resolver<Array<ResolversTypes['PreviewSession']>, ParentType, ContextType>;
  addedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kept?: Resolver<Array<ResolversTypes['AdminSession']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['PreviewSession']>, ParentType, ContextType>;
  removedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdminActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminActivity'] = ResolversParentTypes['AdminActivity']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxParty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minParty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['AdminPrice']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  stripeProductId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AdminBookingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminBooking'] = ResolversParentTypes['AdminBooking']> = {
  activityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType>;
  bookingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  discountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['BookingEmail']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['BookingEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineItems?: Resolver<Array<ResolversTypes['LineItem']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minAgeAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['BookingPayment'], ParentType, ContextType>;
  promoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AdminSession'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  stripeCheckoutSessionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stripePaymentIntentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiverAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AdminPriceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminPrice'] = ResolversParentTypes['AdminPrice']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lookupKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  per?: Resolver<ResolversTypes['PricePer'], ParentType, ContextType>;
  stripePriceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PriceTier'], ParentType, ContextType>;
};

export type AdminSessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminSession'] = ResolversParentTypes['AdminSession']> = {
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  capacityRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacityTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heldCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  localStartTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SessionStatus'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdminVenueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminVenue'] = ResolversParentTypes['AdminVenue']> = {
  activities?: Resolver<Array<ResolversTypes['AdminActivity']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allowedOrigins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  embedKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waiverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AdminWaitlistEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminWaitlistEntry'] = ResolversParentTypes['AdminWaitlistEntry']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  offeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WaitlistStatus'], ParentType, ContextType>;
};

export type AlertResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AvailabilityUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AvailabilityUpdate'] = ResolversParentTypes['AvailabilityUpdate']> = {
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['SessionAvailability']>, ParentType, ContextType>;
};

export type BlockDatePreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BlockDatePreview'] = ResolversParentTypes['BlockDatePreview']> = {
  alreadyBlocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bookings?: Resolver<Array<ResolversTypes['AdminBooking']>, ParentType, ContextType>;
  currentReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  liveHolds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsToClose?: Resolver<Array<ResolversTypes['AdminSession']>, ParentType, ContextType>;
};

export type BlockDateResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BlockDateResult'] = ResolversParentTypes['BlockDateResult']> = {
  blocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bookings?: Resolver<Array<ResolversTypes['AdminBooking']>, ParentType, ContextType>;
  closedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BlockedDateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BlockedDate'] = ResolversParentTypes['BlockedDate']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BookingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = {
  activityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType>;
  bookingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineItems?: Resolver<Array<ResolversTypes['LineItem']>, ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AdminBooking']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingEmailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BookingEmail'] = ResolversParentTypes['BookingEmail']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookingEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BookingEvent'] = ResolversParentTypes['BookingEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BookingEventKind'], ParentType, ContextType>;
};

export type CalendarDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarDay'] = ResolversParentTypes['CalendarDay']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hasCustomHours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DayStatus'], ParentType, ContextType>;
};

export type CancelSessionPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CancelSessionPreview'] = ResolversParentTypes['CancelSessionPreview']> = {
  bookings?: Resolver<Array<ResolversTypes['SessionCancellationEffect']>, ParentType, ContextType>;
  releasedHolds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AdminSession'], ParentType, ContextType>;
};

export type CancelSessionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CancelSessionResult'] = ResolversParentTypes['CancelSessionResult']> = {
  affectedBookings?: Resolver<Array<ResolversTypes['AdminBooking']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AdminSession'], ParentType, ContextType>;
};

export type CancellationPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CancellationPolicy'] = ResolversParentTypes['CancellationPolicy']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freeUntilHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundPercentAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityHealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityHealth'] = ResolversParentTypes['CapacityHealth']> = {
  mismatches?: Resolver<Array<ResolversTypes['CapacityMismatch']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessionsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityMismatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityMismatch'] = ResolversParentTypes['CapacityMismatch']> = {
  capacityRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CheckoutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Checkout'] = ResolversParentTypes['Checkout']> = {
  checkoutSessionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomDateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomDate'] = ResolversParentTypes['CustomDate']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DayHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DayHours'] = ResolversParentTypes['DayHours']> = {
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GenerateSessionsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GenerateSessionsResult'] = ResolversParentTypes['GenerateSessionsResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  existing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvalidReservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvalidReservation'] = ResolversParentTypes['InvalidReservation']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LineItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LineItem'] = ResolversParentTypes['LineItem']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PriceTier'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitAmountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocalizedNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = {
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ManagedBookingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ManagedBooking'] = ResolversParentTypes['ManagedBooking']> = {
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  activityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountDueCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType>;
  bookingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canCancel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReschedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancellation?: Resolver<ResolversTypes['CancellationPolicy'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundCentsIfCancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reschedule?: Resolver<ResolversTypes['ReschedulePolicy'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  archiveActivity?: Resolver<ResolversTypes['AdminActivity'], ParentType, ContextType, RequireFields<MutationArchiveActivityArgs, 'id'>>;
  blockDate?: Resolver<ResolversTypes['BlockDateResult'], ParentType, ContextType, RequireFields<MutationBlockDateArgs, 'activityId' | 'date'>>;
  cancelBooking?: Resolver<ResolversTypes['AdminBooking'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'id' | 'refund'>>;
  cancelManagedBooking?: Resolver<ResolversTypes['ManagedBooking'], ParentType, ContextType, RequireFields<MutationCancelManagedBookingArgs, 'token'>>;
  cancelSession?: Resolver<ResolversTypes['CancelSessionResult'], ParentType, ContextType, RequireFields<MutationCancelSessionArgs, 'id'>>;
  checkInBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationCheckInBookingArgs, 'id'>>;
  confirmCheckout?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationConfirmCheckoutArgs, 'checkoutSessionId'>>;
  createActivity?: Resolver<ResolversTypes['ActivityChange'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'label'>>;
  createCheckout?: Resolver<ResolversTypes['Checkout'], ParentType, ContextType, RequireFields<MutationCreateCheckoutArgs, 'input'>>;
  createManualBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationCreateManualBookingArgs, 'input'>>;
  createPromoCode?: Resolver<ResolversTypes['PromoCode'], ParentType, ContextType, RequireFields<MutationCreatePromoCodeArgs, 'input'>>;
  createVenue?: Resolver<ResolversTypes['AdminVenue'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  deactivatePromoCode?: Resolver<ResolversTypes['PromoCode'], ParentType, ContextType, RequireFields<MutationDeactivatePromoCodeArgs, 'id'>>;
  deleteVenue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteVenueArgs, 'id'>>;
  generateSessions?: Resolver<ResolversTypes['GenerateSessionsResult'], ParentType, ContextType, RequireFields<MutationGenerateSessionsArgs, 'activityId' | 'days' | 'from'>>;
  joinWaitlist?: Resolver<ResolversTypes['WaitlistEntry'], ParentType, ContextType, RequireFields<MutationJoinWaitlistArgs, 'input'>>;
  markNoShow?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationMarkNoShowArgs, 'id'>>;
  releaseReservation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReleaseReservationArgs, 'reservationId'>>;
  removeWaitlistEntry?: Resolver<ResolversTypes['AdminWaitlistEntry'], ParentType, ContextType, RequireFields<MutationRemoveWaitlistEntryArgs, 'id'>>;
  rescheduleBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationRescheduleBookingArgs, 'id' | 'sessionId'>>;
  rescheduleManagedBooking?: Resolver<ResolversTypes['ManagedBooking'], ParentType, ContextType, RequireFields<MutationRescheduleManagedBookingArgs, 'sessionId' | 'token'>>;
  resendConfirmation?: Resolver<ResolversTypes['AdminBooking'], ParentType, ContextType, RequireFields<MutationResendConfirmationArgs, 'id'>>;
  reserveSlot?: Resolver<ResolversTypes['ReserveSlotResult'], ParentType, ContextType, RequireFields<MutationReserveSlotArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateEmbedKey?: Resolver<ResolversTypes['AdminVenue'], ParentType, ContextType, RequireFields<MutationRotateEmbedKeyArgs, 'venueId'>>;
  updateActivity?: Resolver<ResolversTypes['ActivityChange'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'name'>>;
  updateVenue?: Resolver<ResolversTypes['AdminVenue'], ParentType, ContextType, RequireFields<MutationUpdateVenueArgs, 'id' | 'input'>>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PreviewSessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PreviewSession'] = ResolversParentTypes['PreviewSession']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  localStartTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PriceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  per?: Resolver<ResolversTypes['PricePer'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PriceTier'], ParentType, ContextType>;
};

export type PriceQuoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriceQuote'] = ResolversParentTypes['PriceQuote']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promoCodeError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  promoCodeMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtotalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PromoCodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromoCode'] = ResolversParentTypes['PromoCode']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  amountOffCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxRedemptions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percentOff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  redemptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activities?: Resolver<Array<ResolversTypes['AdminActivity']>, ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['AdminActivity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, Partial<QueryAlertsArgs>>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['SessionAvailability']>, ParentType, ContextType, RequireFields<QueryAvailabilityArgs, 'activityId' | 'date'>>;
  booking?: Resolver<Maybe<ResolversTypes['AdminBooking']>, ParentType, ContextType, Partial<QueryBookingArgs>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, Partial<QueryBookingsArgs>>;
  calendar?: Resolver<Array<ResolversTypes['CalendarDay']>, ParentType, ContextType, RequireFields<QueryCalendarArgs, 'activityId' | 'from' | 'to'>>;
  capacityHealth?: Resolver<ResolversTypes['CapacityHealth'], ParentType, ContextType>;
  checkSlotAvailability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryCheckSlotAvailabilityArgs, 'partySize' | 'sessionId'>>;
  managedBooking?: Resolver<ResolversTypes['ManagedBooking'], ParentType, ContextType, RequireFields<QueryManagedBookingArgs, 'token'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  previewActivityCreate?: Resolver<ResolversTypes['ActivityChangePreview'], ParentType, ContextType, RequireFields<QueryPreviewActivityCreateArgs, 'input'>>;
  previewActivityUpdate?: Resolver<ResolversTypes['ActivityChangePreview'], ParentType, ContextType, RequireFields<QueryPreviewActivityUpdateArgs, 'id' | 'input'>>;
  previewBlockDate?: Resolver<ResolversTypes['BlockDatePreview'], ParentType, ContextType, RequireFields<QueryPreviewBlockDateArgs, 'activityId' | 'date'>>;
  previewCancelSession?: Resolver<ResolversTypes['CancelSessionPreview'], ParentType, ContextType, RequireFields<QueryPreviewCancelSessionArgs, 'id'>>;
  priceQuote?: Resolver<ResolversTypes['PriceQuote'], ParentType, ContextType, RequireFields<QueryPriceQuoteArgs, 'input'>>;
  promoCodes?: Resolver<Array<ResolversTypes['PromoCode']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['AdminSession']>, ParentType, ContextType, RequireFields<QuerySessionsArgs, 'activityId' | 'from' | 'to'>>;
  upcomingBookings?: Resolver<Array<ResolversTypes['AdminBooking']>, ParentType, ContextType, Partial<QueryUpcomingBookingsArgs>>;
  venue?: Resolver<Maybe<ResolversTypes['AdminVenue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<Array<ResolversTypes['AdminVenue']>, ParentType, ContextType>;
  waitlist?: Resolver<Array<ResolversTypes['AdminWaitlistEntry']>, ParentType, ContextType, RequireFields<QueryWaitlistArgs, 'sessionId'>>;
  weeklyBookingsTrend?: Resolver<Array<ResolversTypes['TrendDay']>, ParentType, ContextType, Partial<QueryWeeklyBookingsTrendArgs>>;
  widgetConfig?: Resolver<ResolversTypes['WidgetConfig'], ParentType, ContextType, Partial<QueryWidgetConfigArgs>>;
};

export type ReschedulePolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReschedulePolicy'] = ResolversParentTypes['ReschedulePolicy']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  untilHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReserveSlotResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReserveSlotResult'] = ResolversParentTypes['ReserveSlotResult']> = {
  __resolveType: TypeResolveFn<'InvalidReservation' | 'Reservation' | 'SlotUnavailable', ParentType, ContextType>;
};

export type ScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Schedule'] = ResolversParentTypes['Schedule']> = {
  advanceBooking?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockedDates?: Resolver<Array<ResolversTypes['BlockedDate']>, ParentType, ContextType>;
  bookingMode?: Resolver<ResolversTypes['BookingMode'], ParentType, ContextType>;
  cancellation?: Resolver<ResolversTypes['CancellationPolicy'], ParentType, ContextType>;
  customDates?: Resolver<Array<ResolversTypes['CustomDate']>, ParentType, ContextType>;
  customHours?: Resolver<Array<ResolversTypes['DayHours']>, ParentType, ContextType>;
  customHoursEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minNoticeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operatingDays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  reminderHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiresWaiver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reschedule?: Resolver<ResolversTypes['ReschedulePolicy'], ParentType, ContextType>;
  slotInterval?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SessionAvailabilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SessionAvailability'] = ResolversParentTypes['SessionAvailability']> = {
  capacityRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacityTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localStartTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SessionCancellationEffectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SessionCancellationEffect'] = ResolversParentTypes['SessionCancellationEffect']> = {
  booking?: Resolver<ResolversTypes['AdminBooking'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlotUnavailableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlotUnavailable'] = ResolversParentTypes['SlotUnavailable']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  availabilityChanged?: SubscriptionResolver<ResolversTypes['AvailabilityUpdate'], "availabilityChanged", ParentType, ContextType, RequireFields<SubscriptionAvailabilityChangedArgs, 'activityId' | 'date'>>;
  calendarChanged?: SubscriptionResolver<Array<ResolversTypes['CalendarDay']>, "calendarChanged", ParentType, ContextType, RequireFields<SubscriptionCalendarChangedArgs, 'activityId' | 'from' | 'to'>>;
  widgetConfigChanged?: SubscriptionResolver<ResolversTypes['WidgetConfig'], "widgetConfigChanged", ParentType, ContextType, Partial<SubscriptionWidgetConfigChangedArgs>>;
};

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  accentColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fontFamily?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ThemeMode'], ParentType, ContextType>;
  radiusPx?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TrendDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrendDay'] = ResolversParentTypes['TrendDay']> = {
  bookings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  revenueCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waiverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WaitlistEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WaitlistEntry'] = ResolversParentTypes['WaitlistEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WaitlistStatus'], ParentType, ContextType>;
};

export type WidgetConfigResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WidgetConfig'] = ResolversParentTypes['WidgetConfig']> = {
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityChange?: ActivityChangeResolvers<ContextType>;
  ActivityChangePreview?: ActivityChangePreviewResolvers<ContextType>;
  AdminActivity?: AdminActivityResolvers<ContextType>;
  AdminBooking?: AdminBookingResolvers<ContextType>;
  AdminPrice?: AdminPriceResolvers<ContextType>;
  AdminSession?: AdminSessionResolvers<ContextType>;
  AdminVenue?: AdminVenueResolvers<ContextType>;
  AdminWaitlistEntry?: AdminWaitlistEntryResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AvailabilityUpdate?: AvailabilityUpdateResolvers<ContextType>;
  BlockDatePreview?: BlockDatePreviewResolvers<ContextType>;
  BlockDateResult?: BlockDateResultResolvers<ContextType>;
  BlockedDate?: BlockedDateResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEmail?: BookingEmailResolvers<ContextType>;
  BookingEvent?: BookingEventResolvers<ContextType>;
  CalendarDay?: CalendarDayResolvers<ContextType>;
  CancelSessionPreview?: CancelSessionPreviewResolvers<ContextType>;
  CancelSessionResult?: CancelSessionResultResolvers<ContextType>;
  CancellationPolicy?: CancellationPolicyResolvers<ContextType>;
  CapacityHealth?: CapacityHealthResolvers<ContextType>;
  CapacityMismatch?: CapacityMismatchResolvers<ContextType>;
  Checkout?: CheckoutResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CustomDate?: CustomDateResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DayHours?: DayHoursResolvers<ContextType>;
  GenerateSessionsResult?: GenerateSessionsResultResolvers<ContextType>;
  InvalidReservation?: InvalidReservationResolvers<ContextType>;
  LineItem?: LineItemResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  ManagedBooking?: ManagedBookingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreviewSession?: PreviewSessionResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  PriceQuote?: PriceQuoteResolvers<ContextType>;
  PromoCode?: PromoCodeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReschedulePolicy?: ReschedulePolicyResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  ReserveSlotResult?: ReserveSlotResultResolvers<ContextType>;
  Schedule?: ScheduleResolvers<ContextType>;
  SessionAvailability?: SessionAvailabilityResolvers<ContextType>;
  SessionCancellationEffect?: SessionCancellationEffectResolvers<ContextType>;
  SlotUnavailable?: SlotUnavailableResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TrendDay?: TrendDayResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  WaitlistEntry?: WaitlistEntryResolvers<ContextType>;
  WidgetConfig?: WidgetConfigResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

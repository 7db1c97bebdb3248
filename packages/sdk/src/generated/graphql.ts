/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivityInput = {
  capacity: number;
  description?: string | null | undefined;
  durationMinutes: number;
  imageUrl?: string | null | undefined;
  maxParty?: number | null | undefined;
  minParty?: number | null | undefined;
  name: string;
  prices: Array<PriceInput>;
  schedule: ScheduleInput;
  venueId: string | number;
};

export type ActivityStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type ActivityUpdateInput = {
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  imageUrl?: string | null | undefined;
  maxParty?: number | null | undefined;
  minParty?: number | null | undefined;
  name?: string | null | undefined;
  /** Replaces the whole price list when given. */
  prices?: Array<PriceInput> | null | undefined;
  schedule?: ScheduleInput | null | undefined;
};

/** Set by staff at the door: checkInBooking / markNoShow. */
export type Attendance =
  | 'CHECKED_IN'
  | 'EXPECTED'
  | 'NO_SHOW';

export type BlockedDateInput = {
  date: string;
  id?: string | number | null | undefined;
  reason?: string | null | undefined;
};

export type BookingEventKind =
  | 'BOOKED'
  | 'CANCELLED'
  | 'EMAIL_PENDING'
  | 'EMAIL_SENT'
  | 'REFUNDED';

export type BookingFilter = {
  activityId?: string | number | null | undefined;
  from?: string | null | undefined;
  /** Part of the booking number, the customer's email or name (case-insensitive). */
  search?: string | null | undefined;
  status?: BookingStatus | null | undefined;
  to?: string | null | undefined;
  venueId?: string | number | null | undefined;
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

export type CancellationPolicyInput = {
  allowed: boolean;
  freeUntilHours: number;
  refundPercentAfter: number;
};

export type CreateCheckoutInput = {
  cancelUrl: string;
  customer: CustomerInput;
  reservationId: string | number;
  /** Must contain {CHECKOUT_SESSION_ID} or it is appended as ?slotkit_session= */
  successUrl: string;
};

/** Exactly one of percentOff (1–100) and amountOffCents (≥ 1, in the booking's currency). */
export type CreatePromoCodeInput = {
  activityIds?: Array<string | number> | null | undefined;
  amountOffCents?: number | null | undefined;
  /** 3–40 letters, digits, - or _; unique per organization whatever the case. */
  code: string;
  maxRedemptions?: number | null | undefined;
  percentOff?: number | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

export type CustomDateInput = {
  date: string;
  endTime: string;
  id?: string | number | null | undefined;
  startTime: string;
};

export type CustomerInput = {
  email: string;
  name: string;
  phone?: string | null | undefined;
};

export type DayHoursInput = {
  day: Weekday;
  enabled: boolean;
  endTime: string;
  startTime: string;
};

export type DayStatus =
  | 'AVAILABLE'
  | 'BLOCKED'
  | 'CLOSED'
  | 'SOLD_OUT';

export type JoinWaitlistInput = {
  email: string;
  /** The customer's language for the emails (en, es, de; anything else is English). */
  locale?: string | null | undefined;
  /** Within the activity's minParty..maxParty. */
  partySize: number;
  sessionId: string | number;
};

export type LocalizedNameInput = {
  locale: string;
  name: string;
};

export type ManualBookingInput = {
  customer: CustomerInput;
  /** en, es or de (emails); default en. */
  locale?: string | null | undefined;
  payment: ManualPayment;
  sessionId: string | number;
  tickets: Array<TicketInput>;
};

export type ManualPayment =
  | 'PAID_OFFLINE'
  | 'UNPAID';

/** slug names a CUSTOM tier (lookup key activity_{id}_custom_{slug}); ignored for ADULT and CHILD. */
export type PriceInput = {
  amountCents: number;
  name: string;
  /** The name in other languages (one per locale). */
  names?: Array<LocalizedNameInput> | null | undefined;
  /** Default PERSON. A GROUP price's lookup key ends in _group. */
  per?: PricePer | null | undefined;
  slug?: string | null | undefined;
  tier: PriceTier;
};

/** PERSON: amountCents per ticket; GROUP: amountCents for the whole party (within minParty..maxParty), one Stripe line of quantity 1. */
export type PricePer =
  | 'GROUP'
  | 'PERSON';

export type PriceQuoteInput = {
  activityId: string | number;
  promoCode?: string | null | undefined;
  tickets: Array<TicketInput>;
};

export type PriceTier =
  | 'ADULT'
  | 'CHILD'
  | 'CUSTOM';

export type ReschedulePolicyInput = {
  allowed: boolean;
  untilHours: number;
};

export type ReservationStatus =
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED';

export type ReserveSlotInput = {
  email: string;
  idempotencyKey: string;
  /** The customer's language (en, es, de): emails about this booking use it. */
  locale?: string | null | undefined;
  /** Required when the activity has a minimum age: the customer confirms every participant meets it. */
  minAgeAccepted?: boolean | null | undefined;
  /** Case-insensitive; a bad, used-up or expired code → InvalidReservation PROMO_CODE_INVALID. The hold reserves one redemption; the booking counts it. */
  promoCode?: string | null | undefined;
  sessionId: string | number;
  tickets: Array<TicketInput>;
  /** Required when the activity requires a waiver. */
  waiverAccepted?: boolean | null | undefined;
};

export type ScheduleInput = {
  advanceBooking: number;
  blockedDates?: Array<BlockedDateInput> | null | undefined;
  /** Default SHARED. */
  bookingMode?: BookingMode | null | undefined;
  /** Absent: the defaults (allowed, free until 24 h, nothing back after). */
  cancellation?: CancellationPolicyInput | null | undefined;
  customDates?: Array<CustomDateInput> | null | undefined;
  customHours?: Array<DayHoursInput> | null | undefined;
  customHoursEnabled?: boolean | null | undefined;
  endTime: string;
  minAge?: number | null | undefined;
  /** Default 0. */
  minNoticeMinutes?: number | null | undefined;
  operatingDays: Array<Weekday>;
  /** Default 24; 0 = no reminder. */
  reminderHours?: number | null | undefined;
  requiresWaiver?: boolean | null | undefined;
  /** Absent: the defaults (allowed until 24 h before). */
  reschedule?: ReschedulePolicyInput | null | undefined;
  slotInterval: number;
  startTime: string;
};

export type SessionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN';

export type ThemeInput = {
  accentColor?: string | null | undefined;
  fontFamily?: string | null | undefined;
  mode?: ThemeMode | null | undefined;
  radiusPx?: number | null | undefined;
};

export type ThemeMode =
  | 'dark'
  | 'light';

/** One ticket line: a tier, a price id, or both (at least one; a priceId alone implies its tier). */
export type TicketInput = {
  /** One of the activity's active prices; when tier is given too, the price must be of that tier. */
  priceId?: string | number | null | undefined;
  quantity: number;
  /** ADULT / CHILD name the activity's one price of that tier; CUSTOM needs a priceId. */
  tier?: PriceTier | null | undefined;
};

export type VenueInput = {
  address?: string | null | undefined;
  allowedOrigins?: Array<string> | null | undefined;
  currency: string;
  embedKey?: string | null | undefined;
  name: string;
  theme?: ThemeInput | null | undefined;
  timezone: string;
  waiverUrl?: string | null | undefined;
};

export type VenueUpdateInput = {
  address?: string | null | undefined;
  allowedOrigins?: Array<string> | null | undefined;
  currency?: string | null | undefined;
  name?: string | null | undefined;
  theme?: ThemeInput | null | undefined;
  timezone?: string | null | undefined;
  waiverUrl?: string | null | undefined;
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

export type AdminPriceFieldsFragment = { id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> };

export type AdminActivityFieldsFragment = { id: string, venueId: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, status: ActivityStatus, stripeProductId: string | null, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> }, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> }> };

export type AdminVenueFieldsFragment = { id: string, name: string, embedKey: string, timezone: string, currency: string, allowedOrigins: Array<string>, waiverUrl: string | null, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } };

export type AdminSessionFieldsFragment = { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number };

export type AdminBookingFieldsFragment = { id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, discountCents: number, currency: string, activityName: string, waiverAccepted: boolean, minAgeAccepted: boolean, locale: string, createdAt: string, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, attendance: Attendance, payment: BookingPayment, lineItems: Array<{ tier: PriceTier, name: string, quantity: number, unitAmountCents: number, totalCents: number }>, customer: { id: string, email: string, name: string | null, phone: string | null }, session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number } };

export type OrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationQuery = { organization: { id: string, name: string, status: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  name: string;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, status: string } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, label: string, createdAt: string, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  label: string;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, label: string, createdAt: string, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, label: string, createdAt: string, revokedAt: string | null } };

export type VenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type VenuesQuery = { venues: Array<{ id: string, name: string, embedKey: string, timezone: string, currency: string, allowedOrigins: Array<string>, waiverUrl: string | null, address: string | null, activities: Array<{ id: string, name: string, status: ActivityStatus }>, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }> };

export type VenueQueryVariables = Exact<{
  id: string | number;
}>;


export type VenueQuery = { venue: { id: string, name: string, embedKey: string, timezone: string, currency: string, allowedOrigins: Array<string>, waiverUrl: string | null, address: string | null, activities: Array<{ id: string, venueId: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, status: ActivityStatus, stripeProductId: string | null, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> }, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> }> }>, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } } | null };

export type CreateVenueMutationVariables = Exact<{
  input: VenueInput;
}>;


export type CreateVenueMutation = { createVenue: { id: string, name: string, embedKey: string, timezone: string, currency: string, allowedOrigins: Array<string>, waiverUrl: string | null, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } } };

export type UpdateVenueMutationVariables = Exact<{
  id: string | number;
  input: VenueUpdateInput;
}>;


export type UpdateVenueMutation = { updateVenue: { id: string, name: string, embedKey: string, timezone: string, currency: string, allowedOrigins: Array<string>, waiverUrl: string | null, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } } };

export type DeleteVenueMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteVenueMutation = { deleteVenue: boolean };

export type RotateEmbedKeyMutationVariables = Exact<{
  venueId: string | number;
}>;


export type RotateEmbedKeyMutation = { rotateEmbedKey: { id: string, embedKey: string } };

export type ActivitiesQueryVariables = Exact<{
  venueId?: string | number | null | undefined;
}>;


export type ActivitiesQuery = { activities: Array<{ id: string, venueId: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, status: ActivityStatus, stripeProductId: string | null, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> }, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> }> }> };

export type ActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityQuery = { activity: { id: string, venueId: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, status: ActivityStatus, stripeProductId: string | null, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> }, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> }> } | null };

export type CreateActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { sessionsCreated: number, sessionsRemoved: number, keptSessions: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }>, activity: { id: string, venueId: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, status: ActivityStatus, stripeProductId: string | null, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> }, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> }> } } };

export type UpdateActivityMutationVariables = Exact<{
  id: string | number;
  input: ActivityUpdateInput;
}>;


export type UpdateActivityMutation = { updateActivity: { sessionsCreated: number, sessionsRemoved: number, keptSessions: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }>, activity: { id: string, venueId: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, status: ActivityStatus, stripeProductId: string | null, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> }, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, lookupKey: string, stripePriceId: string | null, active: boolean, per: PricePer, names: Array<{ locale: string, name: string }> }> } } };

export type ArchiveActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveActivityMutation = { archiveActivity: { id: string, status: ActivityStatus } };

export type SessionsQueryVariables = Exact<{
  activityId: string | number;
  from: string;
  to: string;
}>;


export type SessionsQuery = { sessions: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }> };

export type GenerateSessionsMutationVariables = Exact<{
  activityId: string | number;
  from: string;
  days: number;
}>;


export type GenerateSessionsMutation = { generateSessions: { created: number, existing: number } };

export type BlockDateMutationVariables = Exact<{
  activityId: string | number;
  date: string;
  reason?: string | null | undefined;
  force?: boolean | null | undefined;
}>;


export type BlockDateMutation = { blockDate: { blocked: boolean, closedSessions: number, bookings: Array<{ id: string, bookingNumber: string, status: BookingStatus, customer: { email: string } }> } };

export type CancelSessionMutationVariables = Exact<{
  id: string | number;
  refund?: boolean | null | undefined;
}>;


export type CancelSessionMutation = { cancelSession: { session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }, affectedBookings: Array<{ id: string, bookingNumber: string, status: BookingStatus, totalCents: number, currency: string }> } };

export type BookingsQueryVariables = Exact<{
  filter?: BookingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BookingsQuery = { bookings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, discountCents: number, currency: string, activityName: string, waiverAccepted: boolean, minAgeAccepted: boolean, locale: string, createdAt: string, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, attendance: Attendance, payment: BookingPayment, lineItems: Array<{ tier: PriceTier, name: string, quantity: number, unitAmountCents: number, totalCents: number }>, customer: { id: string, email: string, name: string | null, phone: string | null }, session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number } }> } };

export type TodaysBookingsQueryVariables = Exact<{
  today: string;
  after?: string | null | undefined;
}>;


export type TodaysBookingsQuery = { bookings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, activityName: string, customer: { name: string | null, email: string }, session: { localStartTime: string } }> } };

export type BookingQueryVariables = Exact<{
  id?: string | number | null | undefined;
  bookingNumber?: string | null | undefined;
}>;


export type BookingQuery = { booking: { id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, discountCents: number, currency: string, activityName: string, waiverAccepted: boolean, minAgeAccepted: boolean, locale: string, createdAt: string, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, attendance: Attendance, payment: BookingPayment, lineItems: Array<{ tier: PriceTier, name: string, quantity: number, unitAmountCents: number, totalCents: number }>, customer: { id: string, email: string, name: string | null, phone: string | null }, session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number } } | null };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
  refund: boolean;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, bookingNumber: string, status: BookingStatus, totalCents: number, currency: string } };

export type UpcomingBookingsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type UpcomingBookingsQuery = { upcomingBookings: Array<{ id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, discountCents: number, currency: string, activityName: string, waiverAccepted: boolean, minAgeAccepted: boolean, locale: string, createdAt: string, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, attendance: Attendance, payment: BookingPayment, lineItems: Array<{ tier: PriceTier, name: string, quantity: number, unitAmountCents: number, totalCents: number }>, customer: { id: string, email: string, name: string | null, phone: string | null }, session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number } }> };

export type WeeklyBookingsTrendQueryVariables = Exact<{
  venueId?: string | number | null | undefined;
}>;


export type WeeklyBookingsTrendQuery = { weeklyBookingsTrend: Array<{ date: string, bookings: number, revenueCents: number }> };

export type CapacityHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type CapacityHealthQuery = { capacityHealth: { ok: boolean, sessionsChecked: number, mismatches: Array<{ sessionId: string, capacityRemaining: number, expectedRemaining: number }> } };

export type DashboardQueryVariables = Exact<{
  today: string;
  venueId?: string | number | null | undefined;
}>;


export type DashboardQuery = { bookings: { totalCount: number, nodes: Array<{ id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, activityName: string, stripePaymentIntentId: string | null, attendance: Attendance, payment: BookingPayment, customer: { name: string | null, email: string }, session: { id: string, activityId: string, startsAt: string } }> }, upcomingBookings: Array<{ id: string, bookingNumber: string, partySize: number, totalCents: number, currency: string, activityName: string, customer: { name: string | null, email: string }, session: { activityId: string, startsAt: string } }>, weeklyBookingsTrend: Array<{ date: string, bookings: number, revenueCents: number }>, alerts: Array<{ id: string, kind: string, message: string, details: string, createdAt: string }> };

export type BookingDetailQueryVariables = Exact<{
  id?: string | number | null | undefined;
  bookingNumber?: string | null | undefined;
}>;


export type BookingDetailQuery = { booking: { promoCode: string | null, cancelledAt: string | null, id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, discountCents: number, currency: string, activityName: string, waiverAccepted: boolean, minAgeAccepted: boolean, locale: string, createdAt: string, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, attendance: Attendance, payment: BookingPayment, emails: Array<{ id: string, to: string, subject: string, queuedAt: string, sentAt: string | null, attempts: number, lastError: string | null }>, history: Array<{ at: string, kind: BookingEventKind, detail: string | null }>, lineItems: Array<{ tier: PriceTier, name: string, quantity: number, unitAmountCents: number, totalCents: number }>, customer: { id: string, email: string, name: string | null, phone: string | null }, session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number } } | null };

export type ChangedBookingFieldsFragment = { id: string, bookingNumber: string, status: BookingStatus, attendance: Attendance, sessionId: string, startsAt: string | null };

export type RescheduleBookingMutationVariables = Exact<{
  id: string | number;
  sessionId: string | number;
}>;


export type RescheduleBookingMutation = { rescheduleBooking: { id: string, bookingNumber: string, status: BookingStatus, attendance: Attendance, sessionId: string, startsAt: string | null } };

export type CheckInBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckInBookingMutation = { checkInBooking: { id: string, bookingNumber: string, status: BookingStatus, attendance: Attendance, sessionId: string, startsAt: string | null } };

export type MarkNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNoShowMutation = { markNoShow: { id: string, bookingNumber: string, status: BookingStatus, attendance: Attendance, sessionId: string, startsAt: string | null } };

export type CreateManualBookingMutationVariables = Exact<{
  input: ManualBookingInput;
}>;


export type CreateManualBookingMutation = { createManualBooking: { totalCents: number, currency: string, id: string, bookingNumber: string, status: BookingStatus, attendance: Attendance, sessionId: string, startsAt: string | null } };

export type ResendConfirmationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendConfirmationMutation = { resendConfirmation: { id: string, emails: Array<{ id: string, to: string, subject: string, queuedAt: string, sentAt: string | null, attempts: number, lastError: string | null }> } };

export type PreviewSessionFieldsFragment = { startsAt: string, endsAt: string, localDate: string, localStartTime: string };

export type ActivityChangePreviewFieldsFragment = { addedCount: number, removedCount: number, added: Array<{ startsAt: string, endsAt: string, localDate: string, localStartTime: string }>, removed: Array<{ startsAt: string, endsAt: string, localDate: string, localStartTime: string }>, kept: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }> };

export type PreviewActivityUpdateQueryVariables = Exact<{
  id: string | number;
  input: ActivityUpdateInput;
}>;


export type PreviewActivityUpdateQuery = { previewActivityUpdate: { addedCount: number, removedCount: number, added: Array<{ startsAt: string, endsAt: string, localDate: string, localStartTime: string }>, removed: Array<{ startsAt: string, endsAt: string, localDate: string, localStartTime: string }>, kept: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }> } };

export type PreviewActivityCreateQueryVariables = Exact<{
  input: ActivityInput;
}>;


export type PreviewActivityCreateQuery = { previewActivityCreate: { addedCount: number, removedCount: number, added: Array<{ startsAt: string, endsAt: string, localDate: string, localStartTime: string }>, removed: Array<{ startsAt: string, endsAt: string, localDate: string, localStartTime: string }>, kept: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }> } };

export type PreviewCancelSessionQueryVariables = Exact<{
  id: string | number;
  refund?: boolean | null | undefined;
}>;


export type PreviewCancelSessionQuery = { previewCancelSession: { releasedHolds: number, session: { id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }, bookings: Array<{ refundCents: number, currency: string, email: string, booking: { id: string, bookingNumber: string, partySize: number, totalCents: number, currency: string, customer: { name: string | null, email: string } } }> } };

export type PreviewBlockDateQueryVariables = Exact<{
  activityId: string | number;
  date: string;
}>;


export type PreviewBlockDateQuery = { previewBlockDate: { date: string, alreadyBlocked: boolean, currentReason: string | null, liveHolds: number, sessionsToClose: Array<{ id: string, activityId: string, startsAt: string, endsAt: string, localDate: string, localStartTime: string, capacityTotal: number, capacityRemaining: number, status: SessionStatus, heldCount: number, confirmedCount: number, waitlistCount: number }>, bookings: Array<{ id: string, bookingNumber: string, partySize: number, customer: { name: string | null, email: string }, session: { localStartTime: string } }> } };

export type PromoCodeFieldsFragment = { id: string, code: string, percentOff: number | null, amountOffCents: number | null, validFrom: string | null, validUntil: string | null, maxRedemptions: number | null, redemptions: number, activityIds: Array<string>, active: boolean, createdAt: string };

export type PromoCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type PromoCodesQuery = { promoCodes: Array<{ id: string, code: string, percentOff: number | null, amountOffCents: number | null, validFrom: string | null, validUntil: string | null, maxRedemptions: number | null, redemptions: number, activityIds: Array<string>, active: boolean, createdAt: string }> };

export type CreatePromoCodeMutationVariables = Exact<{
  input: CreatePromoCodeInput;
}>;


export type CreatePromoCodeMutation = { createPromoCode: { id: string, code: string, percentOff: number | null, amountOffCents: number | null, validFrom: string | null, validUntil: string | null, maxRedemptions: number | null, redemptions: number, activityIds: Array<string>, active: boolean, createdAt: string } };

export type DeactivatePromoCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePromoCodeMutation = { deactivatePromoCode: { id: string, code: string, percentOff: number | null, amountOffCents: number | null, validFrom: string | null, validUntil: string | null, maxRedemptions: number | null, redemptions: number, activityIds: Array<string>, active: boolean, createdAt: string } };

export type SessionAvailabilityFieldsFragment = { id: string, startsAt: string, endsAt: string, localStartTime: string, capacityTotal: number, capacityRemaining: number };

export type WidgetConfigFieldsFragment = { venue: { id: string, name: string, timezone: string, currency: string, waiverUrl: string | null, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, activities: Array<{ id: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, per: PricePer, names: Array<{ locale: string, name: string }> }>, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> } }> };

export type WidgetConfigQueryVariables = Exact<{
  activityId?: string | number | null | undefined;
  embedKey?: string | null | undefined;
}>;


export type WidgetConfigQuery = { widgetConfig: { venue: { id: string, name: string, timezone: string, currency: string, waiverUrl: string | null, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, activities: Array<{ id: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, per: PricePer, names: Array<{ locale: string, name: string }> }>, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> } }> } };

export type CalendarDayFieldsFragment = { date: string, status: DayStatus, hasCustomHours: boolean, reason: string | null };

export type CalendarQueryVariables = Exact<{
  activityId: string | number;
  from: string;
  to: string;
}>;


export type CalendarQuery = { calendar: Array<{ date: string, status: DayStatus, hasCustomHours: boolean, reason: string | null }> };

export type AvailabilityQueryVariables = Exact<{
  activityId: string | number;
  date: string;
}>;


export type AvailabilityQuery = { availability: Array<{ id: string, startsAt: string, endsAt: string, localStartTime: string, capacityTotal: number, capacityRemaining: number }> };

export type CheckSlotAvailabilityQueryVariables = Exact<{
  sessionId: string | number;
  partySize: number;
}>;


export type CheckSlotAvailabilityQuery = { checkSlotAvailability: boolean };

export type ReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type ReserveSlotMutation = { reserveSlot:
    | { __typename: 'InvalidReservation', reason: string, message: string, retryAfterSeconds: number | null }
    | { __typename: 'Reservation', id: string, sessionId: string, partySize: number, expiresAt: string, status: ReservationStatus, totalCents: number, currency: string, discountCents: number }
    | { __typename: 'SlotUnavailable', remaining: number, message: string }
   };

export type ReleaseReservationMutationVariables = Exact<{
  reservationId: string | number;
}>;


export type ReleaseReservationMutation = { releaseReservation: boolean };

export type CreateCheckoutMutationVariables = Exact<{
  input: CreateCheckoutInput;
}>;


export type CreateCheckoutMutation = { createCheckout: { url: string, checkoutSessionId: string } };

export type ConfirmCheckoutMutationVariables = Exact<{
  checkoutSessionId: string;
}>;


export type ConfirmCheckoutMutation = { confirmCheckout: { id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, startsAt: string | null, endsAt: string | null, activityName: string | null, customerEmail: string | null, lineItems: Array<{ tier: PriceTier, name: string, quantity: number, unitAmountCents: number, totalCents: number }>, venue: { name: string, timezone: string, address: string | null } | null } };

export type AvailabilityChangedSubscriptionVariables = Exact<{
  activityId: string | number;
  date: string;
}>;


export type AvailabilityChangedSubscription = { availabilityChanged: { activityId: string, date: string, sessions: Array<{ id: string, startsAt: string, endsAt: string, localStartTime: string, capacityTotal: number, capacityRemaining: number }> } };

export type WidgetConfigChangedSubscriptionVariables = Exact<{
  activityId?: string | number | null | undefined;
  embedKey?: string | null | undefined;
}>;


export type WidgetConfigChangedSubscription = { widgetConfigChanged: { venue: { id: string, name: string, timezone: string, currency: string, waiverUrl: string | null, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, activities: Array<{ id: string, name: string, description: string | null, imageUrl: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string, per: PricePer, names: Array<{ locale: string, name: string }> }>, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, bookingMode: BookingMode, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> } }> } };

export type CalendarChangedSubscriptionVariables = Exact<{
  activityId: string | number;
  from: string;
  to: string;
}>;


export type CalendarChangedSubscription = { calendarChanged: Array<{ date: string, status: DayStatus, hasCustomHours: boolean, reason: string | null }> };

export type PriceQuoteQueryVariables = Exact<{
  input: PriceQuoteInput;
}>;


export type PriceQuoteQuery = { priceQuote: { subtotalCents: number, discountCents: number, totalCents: number, currency: string, promoCodeError: string | null, promoCodeMessage: string | null } };

export type ManagedBookingFieldsFragment = { bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, amountDueCents: number, sessionId: string, activityId: string, activityName: string, startsAt: string, endsAt: string, localDate: string, canCancel: boolean, refundCentsIfCancelled: number, canReschedule: boolean, venue: { id: string, name: string, timezone: string, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, cancellation: { allowed: boolean, freeUntilHours: number, refundPercentAfter: number }, reschedule: { allowed: boolean, untilHours: number } };

export type ManagedBookingQueryVariables = Exact<{
  token: string;
}>;


export type ManagedBookingQuery = { managedBooking: { bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, amountDueCents: number, sessionId: string, activityId: string, activityName: string, startsAt: string, endsAt: string, localDate: string, canCancel: boolean, refundCentsIfCancelled: number, canReschedule: boolean, venue: { id: string, name: string, timezone: string, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, cancellation: { allowed: boolean, freeUntilHours: number, refundPercentAfter: number }, reschedule: { allowed: boolean, untilHours: number } } };

export type CancelManagedBookingMutationVariables = Exact<{
  token: string;
}>;


export type CancelManagedBookingMutation = { cancelManagedBooking: { bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, amountDueCents: number, sessionId: string, activityId: string, activityName: string, startsAt: string, endsAt: string, localDate: string, canCancel: boolean, refundCentsIfCancelled: number, canReschedule: boolean, venue: { id: string, name: string, timezone: string, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, cancellation: { allowed: boolean, freeUntilHours: number, refundPercentAfter: number }, reschedule: { allowed: boolean, untilHours: number } } };

export type RescheduleManagedBookingMutationVariables = Exact<{
  token: string;
  sessionId: string | number;
}>;


export type RescheduleManagedBookingMutation = { rescheduleManagedBooking: { bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, amountDueCents: number, sessionId: string, activityId: string, activityName: string, startsAt: string, endsAt: string, localDate: string, canCancel: boolean, refundCentsIfCancelled: number, canReschedule: boolean, venue: { id: string, name: string, timezone: string, address: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, cancellation: { allowed: boolean, freeUntilHours: number, refundPercentAfter: number }, reschedule: { allowed: boolean, untilHours: number } } };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { joinWaitlist: { id: string, sessionId: string, partySize: number, status: WaitlistStatus, position: number } };

export type AdminWaitlistEntryFieldsFragment = { id: string, sessionId: string, partySize: number, email: string, locale: string, status: WaitlistStatus, createdAt: string, offeredAt: string | null, offerExpiresAt: string | null };

export type WaitlistQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type WaitlistQuery = { waitlist: Array<{ id: string, sessionId: string, partySize: number, email: string, locale: string, status: WaitlistStatus, createdAt: string, offeredAt: string | null, offerExpiresAt: string | null }> };

export type RemoveWaitlistEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWaitlistEntryMutation = { removeWaitlistEntry: { id: string, sessionId: string, partySize: number, email: string, locale: string, status: WaitlistStatus, createdAt: string, offeredAt: string | null, offerExpiresAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminPriceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}
    `, {"fragmentName":"AdminPriceFields"}) as unknown as TypedDocumentString<AdminPriceFieldsFragment, unknown>;
export const AdminActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminActivityFields on AdminActivity {
  id
  venueId
  name
  description
  imageUrl
  durationMinutes
  capacity
  minParty
  maxParty
  status
  stripeProductId
  schedule {
    operatingDays
    startTime
    endTime
    slotInterval
    advanceBooking
    customHoursEnabled
    customHours {
      day
      enabled
      startTime
      endTime
    }
    customDates {
      id
      date
      startTime
      endTime
    }
    blockedDates {
      id
      date
      reason
    }
    minAge
    requiresWaiver
    bookingMode
  }
  prices {
    ...AdminPriceFields
  }
}
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}`, {"fragmentName":"AdminActivityFields"}) as unknown as TypedDocumentString<AdminActivityFieldsFragment, unknown>;
export const AdminVenueFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminVenueFields on AdminVenue {
  id
  name
  embedKey
  timezone
  currency
  allowedOrigins
  waiverUrl
  address
  theme {
    mode
    accentColor
    radiusPx
    fontFamily
  }
}
    `, {"fragmentName":"AdminVenueFields"}) as unknown as TypedDocumentString<AdminVenueFieldsFragment, unknown>;
export const AdminSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
    `, {"fragmentName":"AdminSessionFields"}) as unknown as TypedDocumentString<AdminSessionFieldsFragment, unknown>;
export const AdminBookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminBookingFields on AdminBooking {
  id
  bookingNumber
  status
  partySize
  totalCents
  discountCents
  currency
  activityName
  waiverAccepted
  minAgeAccepted
  locale
  createdAt
  stripeCheckoutSessionId
  stripePaymentIntentId
  attendance
  payment
  lineItems {
    tier
    name
    quantity
    unitAmountCents
    totalCents
  }
  customer {
    id
    email
    name
    phone
  }
  session {
    ...AdminSessionFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`, {"fragmentName":"AdminBookingFields"}) as unknown as TypedDocumentString<AdminBookingFieldsFragment, unknown>;
export const ChangedBookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangedBookingFields on Booking {
  id
  bookingNumber
  status
  attendance
  sessionId
  startsAt
}
    `, {"fragmentName":"ChangedBookingFields"}) as unknown as TypedDocumentString<ChangedBookingFieldsFragment, unknown>;
export const PreviewSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PreviewSessionFields on PreviewSession {
  startsAt
  endsAt
  localDate
  localStartTime
}
    `, {"fragmentName":"PreviewSessionFields"}) as unknown as TypedDocumentString<PreviewSessionFieldsFragment, unknown>;
export const ActivityChangePreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityChangePreviewFields on ActivityChangePreview {
  addedCount
  removedCount
  added {
    ...PreviewSessionFields
  }
  removed {
    ...PreviewSessionFields
  }
  kept {
    ...AdminSessionFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment PreviewSessionFields on PreviewSession {
  startsAt
  endsAt
  localDate
  localStartTime
}`, {"fragmentName":"ActivityChangePreviewFields"}) as unknown as TypedDocumentString<ActivityChangePreviewFieldsFragment, unknown>;
export const PromoCodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment PromoCodeFields on PromoCode {
  id
  code
  percentOff
  amountOffCents
  validFrom
  validUntil
  maxRedemptions
  redemptions
  activityIds
  active
  createdAt
}
    `, {"fragmentName":"PromoCodeFields"}) as unknown as TypedDocumentString<PromoCodeFieldsFragment, unknown>;
export const SessionAvailabilityFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionAvailabilityFields on SessionAvailability {
  id
  startsAt
  endsAt
  localStartTime
  capacityTotal
  capacityRemaining
}
    `, {"fragmentName":"SessionAvailabilityFields"}) as unknown as TypedDocumentString<SessionAvailabilityFieldsFragment, unknown>;
export const WidgetConfigFieldsFragmentDoc = new TypedDocumentString(`
    fragment WidgetConfigFields on WidgetConfig {
  venue {
    id
    name
    timezone
    currency
    waiverUrl
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  activities {
    id
    name
    description
    imageUrl
    durationMinutes
    capacity
    minParty
    maxParty
    prices {
      id
      tier
      name
      amountCents
      currency
      per
      names {
        locale
        name
      }
    }
    schedule {
      operatingDays
      startTime
      endTime
      slotInterval
      advanceBooking
      customHoursEnabled
      customHours {
        day
        enabled
        startTime
        endTime
      }
      customDates {
        id
        date
        startTime
        endTime
      }
      blockedDates {
        id
        date
        reason
      }
      minAge
      requiresWaiver
      bookingMode
    }
  }
}
    `, {"fragmentName":"WidgetConfigFields"}) as unknown as TypedDocumentString<WidgetConfigFieldsFragment, unknown>;
export const CalendarDayFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarDayFields on CalendarDay {
  date
  status
  hasCustomHours
  reason
}
    `, {"fragmentName":"CalendarDayFields"}) as unknown as TypedDocumentString<CalendarDayFieldsFragment, unknown>;
export const ManagedBookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedBookingFields on ManagedBooking {
  bookingNumber
  status
  partySize
  totalCents
  currency
  amountDueCents
  sessionId
  activityId
  activityName
  startsAt
  endsAt
  localDate
  venue {
    id
    name
    timezone
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  canCancel
  refundCentsIfCancelled
  canReschedule
  cancellation {
    allowed
    freeUntilHours
    refundPercentAfter
  }
  reschedule {
    allowed
    untilHours
  }
}
    `, {"fragmentName":"ManagedBookingFields"}) as unknown as TypedDocumentString<ManagedBookingFieldsFragment, unknown>;
export const AdminWaitlistEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminWaitlistEntryFields on AdminWaitlistEntry {
  id
  sessionId
  partySize
  email
  locale
  status
  createdAt
  offeredAt
  offerExpiresAt
}
    `, {"fragmentName":"AdminWaitlistEntryFields"}) as unknown as TypedDocumentString<AdminWaitlistEntryFieldsFragment, unknown>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization {
  organization {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($name: String!) {
  updateOrganization(name: $name) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    id
    label
    createdAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($label: String!) {
  createApiKey(label: $label) {
    secret
    apiKey {
      id
      label
      createdAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    label
    createdAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const VenuesDocument = new TypedDocumentString(`
    query Venues {
  venues {
    ...AdminVenueFields
    activities {
      id
      name
      status
    }
  }
}
    fragment AdminVenueFields on AdminVenue {
  id
  name
  embedKey
  timezone
  currency
  allowedOrigins
  waiverUrl
  address
  theme {
    mode
    accentColor
    radiusPx
    fontFamily
  }
}`) as unknown as TypedDocumentString<VenuesQuery, VenuesQueryVariables>;
export const VenueDocument = new TypedDocumentString(`
    query Venue($id: ID!) {
  venue(id: $id) {
    ...AdminVenueFields
    activities {
      ...AdminActivityFields
    }
  }
}
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}
fragment AdminActivityFields on AdminActivity {
  id
  venueId
  name
  description
  imageUrl
  durationMinutes
  capacity
  minParty
  maxParty
  status
  stripeProductId
  schedule {
    operatingDays
    startTime
    endTime
    slotInterval
    advanceBooking
    customHoursEnabled
    customHours {
      day
      enabled
      startTime
      endTime
    }
    customDates {
      id
      date
      startTime
      endTime
    }
    blockedDates {
      id
      date
      reason
    }
    minAge
    requiresWaiver
    bookingMode
  }
  prices {
    ...AdminPriceFields
  }
}
fragment AdminVenueFields on AdminVenue {
  id
  name
  embedKey
  timezone
  currency
  allowedOrigins
  waiverUrl
  address
  theme {
    mode
    accentColor
    radiusPx
    fontFamily
  }
}`) as unknown as TypedDocumentString<VenueQuery, VenueQueryVariables>;
export const CreateVenueDocument = new TypedDocumentString(`
    mutation CreateVenue($input: VenueInput!) {
  createVenue(input: $input) {
    ...AdminVenueFields
  }
}
    fragment AdminVenueFields on AdminVenue {
  id
  name
  embedKey
  timezone
  currency
  allowedOrigins
  waiverUrl
  address
  theme {
    mode
    accentColor
    radiusPx
    fontFamily
  }
}`) as unknown as TypedDocumentString<CreateVenueMutation, CreateVenueMutationVariables>;
export const UpdateVenueDocument = new TypedDocumentString(`
    mutation UpdateVenue($id: ID!, $input: VenueUpdateInput!) {
  updateVenue(id: $id, input: $input) {
    ...AdminVenueFields
  }
}
    fragment AdminVenueFields on AdminVenue {
  id
  name
  embedKey
  timezone
  currency
  allowedOrigins
  waiverUrl
  address
  theme {
    mode
    accentColor
    radiusPx
    fontFamily
  }
}`) as unknown as TypedDocumentString<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const DeleteVenueDocument = new TypedDocumentString(`
    mutation DeleteVenue($id: ID!) {
  deleteVenue(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteVenueMutation, DeleteVenueMutationVariables>;
export const RotateEmbedKeyDocument = new TypedDocumentString(`
    mutation RotateEmbedKey($venueId: ID!) {
  rotateEmbedKey(venueId: $venueId) {
    id
    embedKey
  }
}
    `) as unknown as TypedDocumentString<RotateEmbedKeyMutation, RotateEmbedKeyMutationVariables>;
export const ActivitiesDocument = new TypedDocumentString(`
    query Activities($venueId: ID) {
  activities(venueId: $venueId) {
    ...AdminActivityFields
  }
}
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}
fragment AdminActivityFields on AdminActivity {
  id
  venueId
  name
  description
  imageUrl
  durationMinutes
  capacity
  minParty
  maxParty
  status
  stripeProductId
  schedule {
    operatingDays
    startTime
    endTime
    slotInterval
    advanceBooking
    customHoursEnabled
    customHours {
      day
      enabled
      startTime
      endTime
    }
    customDates {
      id
      date
      startTime
      endTime
    }
    blockedDates {
      id
      date
      reason
    }
    minAge
    requiresWaiver
    bookingMode
  }
  prices {
    ...AdminPriceFields
  }
}`) as unknown as TypedDocumentString<ActivitiesQuery, ActivitiesQueryVariables>;
export const ActivityDocument = new TypedDocumentString(`
    query Activity($id: ID!) {
  activity(id: $id) {
    ...AdminActivityFields
  }
}
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}
fragment AdminActivityFields on AdminActivity {
  id
  venueId
  name
  description
  imageUrl
  durationMinutes
  capacity
  minParty
  maxParty
  status
  stripeProductId
  schedule {
    operatingDays
    startTime
    endTime
    slotInterval
    advanceBooking
    customHoursEnabled
    customHours {
      day
      enabled
      startTime
      endTime
    }
    customDates {
      id
      date
      startTime
      endTime
    }
    blockedDates {
      id
      date
      reason
    }
    minAge
    requiresWaiver
    bookingMode
  }
  prices {
    ...AdminPriceFields
  }
}`) as unknown as TypedDocumentString<ActivityQuery, ActivityQueryVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: ActivityInput!) {
  createActivity(input: $input) {
    sessionsCreated
    sessionsRemoved
    keptSessions {
      ...AdminSessionFields
    }
    activity {
      ...AdminActivityFields
    }
  }
}
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}
fragment AdminActivityFields on AdminActivity {
  id
  venueId
  name
  description
  imageUrl
  durationMinutes
  capacity
  minParty
  maxParty
  status
  stripeProductId
  schedule {
    operatingDays
    startTime
    endTime
    slotInterval
    advanceBooking
    customHoursEnabled
    customHours {
      day
      enabled
      startTime
      endTime
    }
    customDates {
      id
      date
      startTime
      endTime
    }
    blockedDates {
      id
      date
      reason
    }
    minAge
    requiresWaiver
    bookingMode
  }
  prices {
    ...AdminPriceFields
  }
}
fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = new TypedDocumentString(`
    mutation UpdateActivity($id: ID!, $input: ActivityUpdateInput!) {
  updateActivity(id: $id, input: $input) {
    sessionsCreated
    sessionsRemoved
    keptSessions {
      ...AdminSessionFields
    }
    activity {
      ...AdminActivityFields
    }
  }
}
    fragment AdminPriceFields on AdminPrice {
  id
  tier
  name
  amountCents
  currency
  lookupKey
  stripePriceId
  active
  per
  names {
    locale
    name
  }
}
fragment AdminActivityFields on AdminActivity {
  id
  venueId
  name
  description
  imageUrl
  durationMinutes
  capacity
  minParty
  maxParty
  status
  stripeProductId
  schedule {
    operatingDays
    startTime
    endTime
    slotInterval
    advanceBooking
    customHoursEnabled
    customHours {
      day
      enabled
      startTime
      endTime
    }
    customDates {
      id
      date
      startTime
      endTime
    }
    blockedDates {
      id
      date
      reason
    }
    minAge
    requiresWaiver
    bookingMode
  }
  prices {
    ...AdminPriceFields
  }
}
fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const ArchiveActivityDocument = new TypedDocumentString(`
    mutation ArchiveActivity($id: ID!) {
  archiveActivity(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchiveActivityMutation, ArchiveActivityMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions($activityId: ID!, $from: Date!, $to: Date!) {
  sessions(activityId: $activityId, from: $from, to: $to) {
    ...AdminSessionFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const GenerateSessionsDocument = new TypedDocumentString(`
    mutation GenerateSessions($activityId: ID!, $from: Date!, $days: Int!) {
  generateSessions(activityId: $activityId, from: $from, days: $days) {
    created
    existing
  }
}
    `) as unknown as TypedDocumentString<GenerateSessionsMutation, GenerateSessionsMutationVariables>;
export const BlockDateDocument = new TypedDocumentString(`
    mutation BlockDate($activityId: ID!, $date: Date!, $reason: String, $force: Boolean) {
  blockDate(activityId: $activityId, date: $date, reason: $reason, force: $force) {
    blocked
    closedSessions
    bookings {
      id
      bookingNumber
      status
      customer {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BlockDateMutation, BlockDateMutationVariables>;
export const CancelSessionDocument = new TypedDocumentString(`
    mutation CancelSession($id: ID!, $refund: Boolean) {
  cancelSession(id: $id, refund: $refund) {
    session {
      ...AdminSessionFields
    }
    affectedBookings {
      id
      bookingNumber
      status
      totalCents
      currency
    }
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<CancelSessionMutation, CancelSessionMutationVariables>;
export const BookingsDocument = new TypedDocumentString(`
    query Bookings($filter: BookingFilter, $first: Int, $after: String) {
  bookings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...AdminBookingFields
    }
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment AdminBookingFields on AdminBooking {
  id
  bookingNumber
  status
  partySize
  totalCents
  discountCents
  currency
  activityName
  waiverAccepted
  minAgeAccepted
  locale
  createdAt
  stripeCheckoutSessionId
  stripePaymentIntentId
  attendance
  payment
  lineItems {
    tier
    name
    quantity
    unitAmountCents
    totalCents
  }
  customer {
    id
    email
    name
    phone
  }
  session {
    ...AdminSessionFields
  }
}`) as unknown as TypedDocumentString<BookingsQuery, BookingsQueryVariables>;
export const TodaysBookingsDocument = new TypedDocumentString(`
    query TodaysBookings($today: Date!, $after: String) {
  bookings(filter: {from: $today, to: $today}, first: 50, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      bookingNumber
      status
      partySize
      totalCents
      currency
      activityName
      customer {
        name
        email
      }
      session {
        localStartTime
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TodaysBookingsQuery, TodaysBookingsQueryVariables>;
export const BookingDocument = new TypedDocumentString(`
    query Booking($id: ID, $bookingNumber: String) {
  booking(id: $id, bookingNumber: $bookingNumber) {
    ...AdminBookingFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment AdminBookingFields on AdminBooking {
  id
  bookingNumber
  status
  partySize
  totalCents
  discountCents
  currency
  activityName
  waiverAccepted
  minAgeAccepted
  locale
  createdAt
  stripeCheckoutSessionId
  stripePaymentIntentId
  attendance
  payment
  lineItems {
    tier
    name
    quantity
    unitAmountCents
    totalCents
  }
  customer {
    id
    email
    name
    phone
  }
  session {
    ...AdminSessionFields
  }
}`) as unknown as TypedDocumentString<BookingQuery, BookingQueryVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!, $refund: Boolean!) {
  cancelBooking(id: $id, refund: $refund) {
    id
    bookingNumber
    status
    totalCents
    currency
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const UpcomingBookingsDocument = new TypedDocumentString(`
    query UpcomingBookings($limit: Int) {
  upcomingBookings(limit: $limit) {
    ...AdminBookingFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment AdminBookingFields on AdminBooking {
  id
  bookingNumber
  status
  partySize
  totalCents
  discountCents
  currency
  activityName
  waiverAccepted
  minAgeAccepted
  locale
  createdAt
  stripeCheckoutSessionId
  stripePaymentIntentId
  attendance
  payment
  lineItems {
    tier
    name
    quantity
    unitAmountCents
    totalCents
  }
  customer {
    id
    email
    name
    phone
  }
  session {
    ...AdminSessionFields
  }
}`) as unknown as TypedDocumentString<UpcomingBookingsQuery, UpcomingBookingsQueryVariables>;
export const WeeklyBookingsTrendDocument = new TypedDocumentString(`
    query WeeklyBookingsTrend($venueId: ID) {
  weeklyBookingsTrend(venueId: $venueId) {
    date
    bookings
    revenueCents
  }
}
    `) as unknown as TypedDocumentString<WeeklyBookingsTrendQuery, WeeklyBookingsTrendQueryVariables>;
export const CapacityHealthDocument = new TypedDocumentString(`
    query CapacityHealth {
  capacityHealth {
    ok
    sessionsChecked
    mismatches {
      sessionId
      capacityRemaining
      expectedRemaining
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityHealthQuery, CapacityHealthQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($today: Date!, $venueId: ID) {
  bookings(filter: {from: $today, to: $today, venueId: $venueId}, first: 50) {
    totalCount
    nodes {
      id
      bookingNumber
      status
      partySize
      totalCents
      currency
      activityName
      stripePaymentIntentId
      attendance
      payment
      customer {
        name
        email
      }
      session {
        id
        activityId
        startsAt
      }
    }
  }
  upcomingBookings(limit: 8) {
    id
    bookingNumber
    partySize
    totalCents
    currency
    activityName
    customer {
      name
      email
    }
    session {
      activityId
      startsAt
    }
  }
  weeklyBookingsTrend(venueId: $venueId) {
    date
    bookings
    revenueCents
  }
  alerts {
    id
    kind
    message
    details
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const BookingDetailDocument = new TypedDocumentString(`
    query BookingDetail($id: ID, $bookingNumber: String) {
  booking(id: $id, bookingNumber: $bookingNumber) {
    ...AdminBookingFields
    promoCode
    cancelledAt
    emails {
      id
      to
      subject
      queuedAt
      sentAt
      attempts
      lastError
    }
    history {
      at
      kind
      detail
    }
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment AdminBookingFields on AdminBooking {
  id
  bookingNumber
  status
  partySize
  totalCents
  discountCents
  currency
  activityName
  waiverAccepted
  minAgeAccepted
  locale
  createdAt
  stripeCheckoutSessionId
  stripePaymentIntentId
  attendance
  payment
  lineItems {
    tier
    name
    quantity
    unitAmountCents
    totalCents
  }
  customer {
    id
    email
    name
    phone
  }
  session {
    ...AdminSessionFields
  }
}`) as unknown as TypedDocumentString<BookingDetailQuery, BookingDetailQueryVariables>;
export const RescheduleBookingDocument = new TypedDocumentString(`
    mutation RescheduleBooking($id: ID!, $sessionId: ID!) {
  rescheduleBooking(id: $id, sessionId: $sessionId) {
    ...ChangedBookingFields
  }
}
    fragment ChangedBookingFields on Booking {
  id
  bookingNumber
  status
  attendance
  sessionId
  startsAt
}`) as unknown as TypedDocumentString<RescheduleBookingMutation, RescheduleBookingMutationVariables>;
export const CheckInBookingDocument = new TypedDocumentString(`
    mutation CheckInBooking($id: ID!) {
  checkInBooking(id: $id) {
    ...ChangedBookingFields
  }
}
    fragment ChangedBookingFields on Booking {
  id
  bookingNumber
  status
  attendance
  sessionId
  startsAt
}`) as unknown as TypedDocumentString<CheckInBookingMutation, CheckInBookingMutationVariables>;
export const MarkNoShowDocument = new TypedDocumentString(`
    mutation MarkNoShow($id: ID!) {
  markNoShow(id: $id) {
    ...ChangedBookingFields
  }
}
    fragment ChangedBookingFields on Booking {
  id
  bookingNumber
  status
  attendance
  sessionId
  startsAt
}`) as unknown as TypedDocumentString<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const CreateManualBookingDocument = new TypedDocumentString(`
    mutation CreateManualBooking($input: ManualBookingInput!) {
  createManualBooking(input: $input) {
    ...ChangedBookingFields
    totalCents
    currency
  }
}
    fragment ChangedBookingFields on Booking {
  id
  bookingNumber
  status
  attendance
  sessionId
  startsAt
}`) as unknown as TypedDocumentString<CreateManualBookingMutation, CreateManualBookingMutationVariables>;
export const ResendConfirmationDocument = new TypedDocumentString(`
    mutation ResendConfirmation($id: ID!) {
  resendConfirmation(id: $id) {
    id
    emails {
      id
      to
      subject
      queuedAt
      sentAt
      attempts
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<ResendConfirmationMutation, ResendConfirmationMutationVariables>;
export const PreviewActivityUpdateDocument = new TypedDocumentString(`
    query PreviewActivityUpdate($id: ID!, $input: ActivityUpdateInput!) {
  previewActivityUpdate(id: $id, input: $input) {
    ...ActivityChangePreviewFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment PreviewSessionFields on PreviewSession {
  startsAt
  endsAt
  localDate
  localStartTime
}
fragment ActivityChangePreviewFields on ActivityChangePreview {
  addedCount
  removedCount
  added {
    ...PreviewSessionFields
  }
  removed {
    ...PreviewSessionFields
  }
  kept {
    ...AdminSessionFields
  }
}`) as unknown as TypedDocumentString<PreviewActivityUpdateQuery, PreviewActivityUpdateQueryVariables>;
export const PreviewActivityCreateDocument = new TypedDocumentString(`
    query PreviewActivityCreate($input: ActivityInput!) {
  previewActivityCreate(input: $input) {
    ...ActivityChangePreviewFields
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}
fragment PreviewSessionFields on PreviewSession {
  startsAt
  endsAt
  localDate
  localStartTime
}
fragment ActivityChangePreviewFields on ActivityChangePreview {
  addedCount
  removedCount
  added {
    ...PreviewSessionFields
  }
  removed {
    ...PreviewSessionFields
  }
  kept {
    ...AdminSessionFields
  }
}`) as unknown as TypedDocumentString<PreviewActivityCreateQuery, PreviewActivityCreateQueryVariables>;
export const PreviewCancelSessionDocument = new TypedDocumentString(`
    query PreviewCancelSession($id: ID!, $refund: Boolean) {
  previewCancelSession(id: $id, refund: $refund) {
    session {
      ...AdminSessionFields
    }
    releasedHolds
    bookings {
      refundCents
      currency
      email
      booking {
        id
        bookingNumber
        partySize
        totalCents
        currency
        customer {
          name
          email
        }
      }
    }
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<PreviewCancelSessionQuery, PreviewCancelSessionQueryVariables>;
export const PreviewBlockDateDocument = new TypedDocumentString(`
    query PreviewBlockDate($activityId: ID!, $date: Date!) {
  previewBlockDate(activityId: $activityId, date: $date) {
    date
    alreadyBlocked
    currentReason
    liveHolds
    sessionsToClose {
      ...AdminSessionFields
    }
    bookings {
      id
      bookingNumber
      partySize
      customer {
        name
        email
      }
      session {
        localStartTime
      }
    }
  }
}
    fragment AdminSessionFields on AdminSession {
  id
  activityId
  startsAt
  endsAt
  localDate
  localStartTime
  capacityTotal
  capacityRemaining
  status
  heldCount
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<PreviewBlockDateQuery, PreviewBlockDateQueryVariables>;
export const PromoCodesDocument = new TypedDocumentString(`
    query PromoCodes {
  promoCodes {
    ...PromoCodeFields
  }
}
    fragment PromoCodeFields on PromoCode {
  id
  code
  percentOff
  amountOffCents
  validFrom
  validUntil
  maxRedemptions
  redemptions
  activityIds
  active
  createdAt
}`) as unknown as TypedDocumentString<PromoCodesQuery, PromoCodesQueryVariables>;
export const CreatePromoCodeDocument = new TypedDocumentString(`
    mutation CreatePromoCode($input: CreatePromoCodeInput!) {
  createPromoCode(input: $input) {
    ...PromoCodeFields
  }
}
    fragment PromoCodeFields on PromoCode {
  id
  code
  percentOff
  amountOffCents
  validFrom
  validUntil
  maxRedemptions
  redemptions
  activityIds
  active
  createdAt
}`) as unknown as TypedDocumentString<CreatePromoCodeMutation, CreatePromoCodeMutationVariables>;
export const DeactivatePromoCodeDocument = new TypedDocumentString(`
    mutation DeactivatePromoCode($id: ID!) {
  deactivatePromoCode(id: $id) {
    ...PromoCodeFields
  }
}
    fragment PromoCodeFields on PromoCode {
  id
  code
  percentOff
  amountOffCents
  validFrom
  validUntil
  maxRedemptions
  redemptions
  activityIds
  active
  createdAt
}`) as unknown as TypedDocumentString<DeactivatePromoCodeMutation, DeactivatePromoCodeMutationVariables>;
export const WidgetConfigDocument = new TypedDocumentString(`
    query WidgetConfig($activityId: ID, $embedKey: String) {
  widgetConfig(activityId: $activityId, embedKey: $embedKey) {
    ...WidgetConfigFields
  }
}
    fragment WidgetConfigFields on WidgetConfig {
  venue {
    id
    name
    timezone
    currency
    waiverUrl
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  activities {
    id
    name
    description
    imageUrl
    durationMinutes
    capacity
    minParty
    maxParty
    prices {
      id
      tier
      name
      amountCents
      currency
      per
      names {
        locale
        name
      }
    }
    schedule {
      operatingDays
      startTime
      endTime
      slotInterval
      advanceBooking
      customHoursEnabled
      customHours {
        day
        enabled
        startTime
        endTime
      }
      customDates {
        id
        date
        startTime
        endTime
      }
      blockedDates {
        id
        date
        reason
      }
      minAge
      requiresWaiver
      bookingMode
    }
  }
}`) as unknown as TypedDocumentString<WidgetConfigQuery, WidgetConfigQueryVariables>;
export const CalendarDocument = new TypedDocumentString(`
    query Calendar($activityId: ID!, $from: Date!, $to: Date!) {
  calendar(activityId: $activityId, from: $from, to: $to) {
    ...CalendarDayFields
  }
}
    fragment CalendarDayFields on CalendarDay {
  date
  status
  hasCustomHours
  reason
}`) as unknown as TypedDocumentString<CalendarQuery, CalendarQueryVariables>;
export const AvailabilityDocument = new TypedDocumentString(`
    query Availability($activityId: ID!, $date: Date!) {
  availability(activityId: $activityId, date: $date) {
    ...SessionAvailabilityFields
  }
}
    fragment SessionAvailabilityFields on SessionAvailability {
  id
  startsAt
  endsAt
  localStartTime
  capacityTotal
  capacityRemaining
}`) as unknown as TypedDocumentString<AvailabilityQuery, AvailabilityQueryVariables>;
export const CheckSlotAvailabilityDocument = new TypedDocumentString(`
    query CheckSlotAvailability($sessionId: ID!, $partySize: Int!) {
  checkSlotAvailability(sessionId: $sessionId, partySize: $partySize)
}
    `) as unknown as TypedDocumentString<CheckSlotAvailabilityQuery, CheckSlotAvailabilityQueryVariables>;
export const ReserveSlotDocument = new TypedDocumentString(`
    mutation ReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      id
      sessionId
      partySize
      expiresAt
      status
      totalCents
      currency
      discountCents
    }
    ... on SlotUnavailable {
      remaining
      message
    }
    ... on InvalidReservation {
      reason
      message
      retryAfterSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ReserveSlotMutation, ReserveSlotMutationVariables>;
export const ReleaseReservationDocument = new TypedDocumentString(`
    mutation ReleaseReservation($reservationId: ID!) {
  releaseReservation(reservationId: $reservationId)
}
    `) as unknown as TypedDocumentString<ReleaseReservationMutation, ReleaseReservationMutationVariables>;
export const CreateCheckoutDocument = new TypedDocumentString(`
    mutation CreateCheckout($input: CreateCheckoutInput!) {
  createCheckout(input: $input) {
    url
    checkoutSessionId
  }
}
    `) as unknown as TypedDocumentString<CreateCheckoutMutation, CreateCheckoutMutationVariables>;
export const ConfirmCheckoutDocument = new TypedDocumentString(`
    mutation ConfirmCheckout($checkoutSessionId: String!) {
  confirmCheckout(checkoutSessionId: $checkoutSessionId) {
    id
    bookingNumber
    status
    partySize
    totalCents
    currency
    startsAt
    endsAt
    activityName
    customerEmail
    lineItems {
      tier
      name
      quantity
      unitAmountCents
      totalCents
    }
    venue {
      name
      timezone
      address
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmCheckoutMutation, ConfirmCheckoutMutationVariables>;
export const AvailabilityChangedDocument = new TypedDocumentString(`
    subscription AvailabilityChanged($activityId: ID!, $date: Date!) {
  availabilityChanged(activityId: $activityId, date: $date) {
    activityId
    date
    sessions {
      ...SessionAvailabilityFields
    }
  }
}
    fragment SessionAvailabilityFields on SessionAvailability {
  id
  startsAt
  endsAt
  localStartTime
  capacityTotal
  capacityRemaining
}`) as unknown as TypedDocumentString<AvailabilityChangedSubscription, AvailabilityChangedSubscriptionVariables>;
export const WidgetConfigChangedDocument = new TypedDocumentString(`
    subscription WidgetConfigChanged($activityId: ID, $embedKey: String) {
  widgetConfigChanged(activityId: $activityId, embedKey: $embedKey) {
    ...WidgetConfigFields
  }
}
    fragment WidgetConfigFields on WidgetConfig {
  venue {
    id
    name
    timezone
    currency
    waiverUrl
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  activities {
    id
    name
    description
    imageUrl
    durationMinutes
    capacity
    minParty
    maxParty
    prices {
      id
      tier
      name
      amountCents
      currency
      per
      names {
        locale
        name
      }
    }
    schedule {
      operatingDays
      startTime
      endTime
      slotInterval
      advanceBooking
      customHoursEnabled
      customHours {
        day
        enabled
        startTime
        endTime
      }
      customDates {
        id
        date
        startTime
        endTime
      }
      blockedDates {
        id
        date
        reason
      }
      minAge
      requiresWaiver
      bookingMode
    }
  }
}`) as unknown as TypedDocumentString<WidgetConfigChangedSubscription, WidgetConfigChangedSubscriptionVariables>;
export const CalendarChangedDocument = new TypedDocumentString(`
    subscription CalendarChanged($activityId: ID!, $from: Date!, $to: Date!) {
  calendarChanged(activityId: $activityId, from: $from, to: $to) {
    ...CalendarDayFields
  }
}
    fragment CalendarDayFields on CalendarDay {
  date
  status
  hasCustomHours
  reason
}`) as unknown as TypedDocumentString<CalendarChangedSubscription, CalendarChangedSubscriptionVariables>;
export const PriceQuoteDocument = new TypedDocumentString(`
    query PriceQuote($input: PriceQuoteInput!) {
  priceQuote(input: $input) {
    subtotalCents
    discountCents
    totalCents
    currency
    promoCodeError
    promoCodeMessage
  }
}
    `) as unknown as TypedDocumentString<PriceQuoteQuery, PriceQuoteQueryVariables>;
export const ManagedBookingDocument = new TypedDocumentString(`
    query ManagedBooking($token: String!) {
  managedBooking(token: $token) {
    ...ManagedBookingFields
  }
}
    fragment ManagedBookingFields on ManagedBooking {
  bookingNumber
  status
  partySize
  totalCents
  currency
  amountDueCents
  sessionId
  activityId
  activityName
  startsAt
  endsAt
  localDate
  venue {
    id
    name
    timezone
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  canCancel
  refundCentsIfCancelled
  canReschedule
  cancellation {
    allowed
    freeUntilHours
    refundPercentAfter
  }
  reschedule {
    allowed
    untilHours
  }
}`) as unknown as TypedDocumentString<ManagedBookingQuery, ManagedBookingQueryVariables>;
export const CancelManagedBookingDocument = new TypedDocumentString(`
    mutation CancelManagedBooking($token: String!) {
  cancelManagedBooking(token: $token) {
    ...ManagedBookingFields
  }
}
    fragment ManagedBookingFields on ManagedBooking {
  bookingNumber
  status
  partySize
  totalCents
  currency
  amountDueCents
  sessionId
  activityId
  activityName
  startsAt
  endsAt
  localDate
  venue {
    id
    name
    timezone
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  canCancel
  refundCentsIfCancelled
  canReschedule
  cancellation {
    allowed
    freeUntilHours
    refundPercentAfter
  }
  reschedule {
    allowed
    untilHours
  }
}`) as unknown as TypedDocumentString<CancelManagedBookingMutation, CancelManagedBookingMutationVariables>;
export const RescheduleManagedBookingDocument = new TypedDocumentString(`
    mutation RescheduleManagedBooking($token: String!, $sessionId: ID!) {
  rescheduleManagedBooking(token: $token, sessionId: $sessionId) {
    ...ManagedBookingFields
  }
}
    fragment ManagedBookingFields on ManagedBooking {
  bookingNumber
  status
  partySize
  totalCents
  currency
  amountDueCents
  sessionId
  activityId
  activityName
  startsAt
  endsAt
  localDate
  venue {
    id
    name
    timezone
    address
    theme {
      mode
      accentColor
      radiusPx
      fontFamily
    }
  }
  canCancel
  refundCentsIfCancelled
  canReschedule
  cancellation {
    allowed
    freeUntilHours
    refundPercentAfter
  }
  reschedule {
    allowed
    untilHours
  }
}`) as unknown as TypedDocumentString<RescheduleManagedBookingMutation, RescheduleManagedBookingMutationVariables>;
export const JoinWaitlistDocument = new TypedDocumentString(`
    mutation JoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    id
    sessionId
    partySize
    status
    position
  }
}
    `) as unknown as TypedDocumentString<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const WaitlistDocument = new TypedDocumentString(`
    query Waitlist($sessionId: ID!) {
  waitlist(sessionId: $sessionId) {
    ...AdminWaitlistEntryFields
  }
}
    fragment AdminWaitlistEntryFields on AdminWaitlistEntry {
  id
  sessionId
  partySize
  email
  locale
  status
  createdAt
  offeredAt
  offerExpiresAt
}`) as unknown as TypedDocumentString<WaitlistQuery, WaitlistQueryVariables>;
export const RemoveWaitlistEntryDocument = new TypedDocumentString(`
    mutation RemoveWaitlistEntry($id: ID!) {
  removeWaitlistEntry(id: $id) {
    ...AdminWaitlistEntryFields
  }
}
    fragment AdminWaitlistEntryFields on AdminWaitlistEntry {
  id
  sessionId
  partySize
  email
  locale
  status
  createdAt
  offeredAt
  offerExpiresAt
}`) as unknown as TypedDocumentString<RemoveWaitlistEntryMutation, RemoveWaitlistEntryMutationVariables>;
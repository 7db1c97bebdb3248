/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BookingStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'REFUNDED';

export type CreateCheckoutInput = {
  cancelUrl: string;
  customer: CustomerInput;
  reservationId: string | number;
  /** Must contain {CHECKOUT_SESSION_ID} or it is appended as ?slotkit_session= */
  successUrl: string;
};

export type CustomerInput = {
  email: string;
  name: string;
  phone?: string | null | undefined;
};

export type DayStatus =
  | 'AVAILABLE'
  | 'BLOCKED'
  | 'CLOSED'
  | 'SOLD_OUT';

export type PriceTier =
  | 'ADULT'
  | 'CHILD'
  | 'CUSTOM';

export type ReservationStatus =
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED';

export type ReserveSlotInput = {
  email: string;
  idempotencyKey: string;
  sessionId: string | number;
  tickets: Array<TicketInput>;
  /** Required when the activity requires a waiver. */
  waiverAccepted?: boolean | null | undefined;
};

export type ThemeMode =
  | 'dark'
  | 'light';

export type TicketInput = {
  priceId?: string | number | null | undefined;
  quantity: number;
  tier: PriceTier;
};

export type Weekday =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

export type SessionAvailabilityFieldsFragment = { id: string, startsAt: string, endsAt: string, localStartTime: string, capacityTotal: number, capacityRemaining: number };

export type WidgetConfigFieldsFragment = { venue: { id: string, name: string, timezone: string, currency: string, waiverUrl: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, activities: Array<{ id: string, name: string, description: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string }>, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> } }> };

export type WidgetConfigQueryVariables = Exact<{
  activityId?: string | number | null | undefined;
  embedKey?: string | null | undefined;
}>;


export type WidgetConfigQuery = { widgetConfig: { venue: { id: string, name: string, timezone: string, currency: string, waiverUrl: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, activities: Array<{ id: string, name: string, description: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string }>, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> } }> } };

export type CalendarQueryVariables = Exact<{
  activityId: string | number;
  from: string;
  to: string;
}>;


export type CalendarQuery = { calendar: Array<{ date: string, status: DayStatus, hasCustomHours: boolean }> };

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
    | { __typename: 'InvalidReservation', reason: string, message: string }
    | { __typename: 'Reservation', id: string, sessionId: string, partySize: number, expiresAt: string, status: ReservationStatus, totalCents: number, currency: string }
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


export type ConfirmCheckoutMutation = { confirmCheckout: { id: string, bookingNumber: string, status: BookingStatus, partySize: number, totalCents: number, currency: string, startsAt: string | null, activityName: string | null } };

export type AvailabilityChangedSubscriptionVariables = Exact<{
  activityId: string | number;
  date: string;
}>;


export type AvailabilityChangedSubscription = { availabilityChanged: { activityId: string, date: string, sessions: Array<{ id: string, startsAt: string, endsAt: string, localStartTime: string, capacityTotal: number, capacityRemaining: number }> } };

export type WidgetConfigChangedSubscriptionVariables = Exact<{
  activityId?: string | number | null | undefined;
  embedKey?: string | null | undefined;
}>;


export type WidgetConfigChangedSubscription = { widgetConfigChanged: { venue: { id: string, name: string, timezone: string, currency: string, waiverUrl: string | null, theme: { mode: ThemeMode, accentColor: string | null, radiusPx: number | null, fontFamily: string | null } }, activities: Array<{ id: string, name: string, description: string | null, durationMinutes: number, capacity: number, minParty: number, maxParty: number, prices: Array<{ id: string, tier: PriceTier, name: string, amountCents: number, currency: string }>, schedule: { operatingDays: Array<Weekday>, startTime: string, endTime: string, slotInterval: number, advanceBooking: number, customHoursEnabled: boolean, minAge: number | null, requiresWaiver: boolean, customHours: Array<{ day: Weekday, enabled: boolean, startTime: string, endTime: string }>, customDates: Array<{ id: string, date: string, startTime: string, endTime: string }>, blockedDates: Array<{ id: string, date: string, reason: string | null }> } }> } };

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
    }
  }
}
    `, {"fragmentName":"WidgetConfigFields"}) as unknown as TypedDocumentString<WidgetConfigFieldsFragment, unknown>;
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
    }
  }
}`) as unknown as TypedDocumentString<WidgetConfigQuery, WidgetConfigQueryVariables>;
export const CalendarDocument = new TypedDocumentString(`
    query Calendar($activityId: ID!, $from: Date!, $to: Date!) {
  calendar(activityId: $activityId, from: $from, to: $to) {
    date
    status
    hasCustomHours
  }
}
    `) as unknown as TypedDocumentString<CalendarQuery, CalendarQueryVariables>;
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
    }
    ... on SlotUnavailable {
      remaining
      message
    }
    ... on InvalidReservation {
      reason
      message
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
    activityName
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
    }
  }
}`) as unknown as TypedDocumentString<WidgetConfigChangedSubscription, WidgetConfigChangedSubscriptionVariables>;
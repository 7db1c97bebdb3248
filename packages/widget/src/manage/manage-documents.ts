// The manage chunk's documents. The same text as the SDK's generated ones (manage.test.ts compares
// them): importing those constants would put them into widget.js, which has no bytes to spare (22 KB gzip).
import type {
  AvailabilityQuery,
  AvailabilityQueryVariables,
  CalendarQuery,
  CalendarQueryVariables,
  CancelManagedBookingMutation,
  CancelManagedBookingMutationVariables,
  ManagedBookingQuery,
  ManagedBookingQueryVariables,
  RescheduleManagedBookingMutation,
  RescheduleManagedBookingMutationVariables,
  TypedDocumentString,
} from '@slotkit/sdk/generated';

/** Only toString() of a document is ever read (internal/api.ts request). */
const doc = <R, V>(text: string) => ({ toString: () => text }) as unknown as TypedDocumentString<R, V>;

export const ManagedBookingDocument = doc<ManagedBookingQuery, ManagedBookingQueryVariables>(`
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
}`);

export const CancelManagedBookingDocument = doc<CancelManagedBookingMutation, CancelManagedBookingMutationVariables>(`
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
}`);

export const RescheduleManagedBookingDocument = doc<
  RescheduleManagedBookingMutation,
  RescheduleManagedBookingMutationVariables
>(`
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
}`);

export const CalendarDocument = doc<CalendarQuery, CalendarQueryVariables>(`
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
}`);

export const AvailabilityDocument = doc<AvailabilityQuery, AvailabilityQueryVariables>(`
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
}`);

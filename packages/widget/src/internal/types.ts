// API shapes derived from the SDK's generated documents: no hand-written API types.
import type {
  AvailabilityQuery,
  CalendarQuery,
  ConfirmCheckoutMutation,
  ReserveSlotMutation,
  WidgetConfigQuery,
} from '@slotkit/sdk/generated';

export type WidgetConfig = WidgetConfigQuery['widgetConfig'];
export type Activity = WidgetConfig['activities'][number];
export type Price = Activity['prices'][number];
export type CalendarDay = CalendarQuery['calendar'][number];
export type Session = AvailabilityQuery['availability'][number];
export type ReserveResult = ReserveSlotMutation['reserveSlot'];
export type Reservation = Extract<ReserveResult, { __typename: 'Reservation' }>;
export type Booking = ConfirmCheckoutMutation['confirmCheckout'];

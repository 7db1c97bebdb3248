export * from './booking-widget/booking-widget.ts';
export * from './booking-calendar/booking-calendar.ts';
export type {
  SlotkitBookedDetail,
  SlotkitErrorDetail,
  SlotkitEventMap,
  SlotkitReservedDetail,
} from './internal/events.ts';
export type { Clock } from './internal/clock.ts';
export type { LiveSource } from './internal/live.ts';

export { WEEKDAYS, toMinutes, type Weekday } from './weekdays.ts';
export {
  dayNumber,
  instantOfLocal,
  isoDateOf,
  LocalDay,
  localDateOf,
  localTimeOf,
  offsetMinutesAt,
  weekdayIndex,
} from './tz.ts';
export {
  planColumns,
  planDay,
  planSessions,
  scheduleIndex,
  type DayPlan,
  type PlanActivity,
  type PlannedColumns,
  type PlannedSession,
} from './plan.ts';
export {
  previewDay,
  settingsFromView,
  type PreviewActivity,
  type PreviewDay,
  type PreviewSlot,
  type ScheduleView,
} from './preview.ts';

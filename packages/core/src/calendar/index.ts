export type {
  CalendarDay,
  CalendarYearData,
  DayKind,
  DayTransfer,
  LegalActRef,
  NonWorkingDayPolicy,
  NonWorkingPeriod,
  ProductionCalendar,
} from './types.js';
export { CalendarError, CalendarInputError, CalendarRangeError } from './errors.js';
export { createProductionCalendar, russianCalendar, type ProductionCalendarOptions } from './calendar.js';
export { RUSSIAN_CALENDAR_YEARS } from './data/index.js';
export { LABOUR_CODE_HOLIDAYS, deriveShortenedDays } from './holidays.js';
export { REGION_ZONES, regionTimeZone, type RegionZone } from './regions.js';
export { endOfLocalDay, isValidTimeZone, localDate, parseInstant, startOfLocalDay } from './zoned.js';
export { dueAt, meetsDeadline, type DeadlineTerms } from './deadline.js';
export { calendarMessages } from './messages.js';

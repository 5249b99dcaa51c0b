import type { ProductionCalendar } from '@tsmp/core';

/** The production calendar indicators count working days by; `russianCalendar` of `@tsmp/core` by default. */
export type WorkingCalendar = ProductionCalendar;

/** One row of the calendar table: a day with its working-day number and the next working day. */
export interface CalendarRow {
  /** Days since 1970-01-01. */
  day: number;
  working: boolean;
  workingDayNumber: number;
  /** Day number of this day if it is a working day, else of the first working day after it. */
  nextWorkingDay: number;
}

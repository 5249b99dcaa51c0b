import { CalendarRangeError, meetsDeadline as coreMeetsDeadline } from '@tsmp/core';
import type { Deadline } from '@tsmp/schema';
import type { WorkingCalendar } from '../time/calendar.js';
import type { DurationUnit } from '../units.js';

const DAY_MS = 86_400_000;

/** Whole days from date `a` to date `b` (`YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** One end of an interval: the instant, its local date and the zone of its region. */
export interface Moment {
  instant: number;
  date: string;
  zone: string;
}

function outsideCalendar<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarRangeError) return undefined;
    throw error;
  }
}

/** Duration in base units (days or whole seconds), or undefined when a working-day count leaves the calendar. */
export function durationInBase(unit: DurationUnit, from: Moment, to: Moment, calendar: WorkingCalendar): number | undefined {
  switch (unit) {
    case 'workingDays':
      return outsideCalendar(() => calendar.workingDaysBetween(from.date, to.date));
    case 'calendarDays':
      return daysBetween(from.date, to.date);
    default:
      return Math.trunc((to.instant - from.instant) / 1000);
  }
}

/**
 * Checks whether `to` meets the deadline counted from `from`, by the
 * deadline arithmetic of `@tsmp/core` in the zone of the anchor's region.
 * Returns undefined when the count leaves the calendar's years.
 */
export function meetsDeadline(deadline: Deadline, from: Moment, to: Moment, calendar: WorkingCalendar): boolean | undefined {
  return outsideCalendar(() =>
    coreMeetsDeadline(new Date(from.instant).toISOString(), new Date(to.instant).toISOString(), deadline, from.zone, calendar),
  );
}

import type { Deadline } from '@tsmp/schema';
import { CalendarRangeError } from '../calendar/errors.js';
import type { ProductionCalendar } from '../calendar/types.js';

/** Start days tried: one year covers every weekday and every holiday season once. */
const DAYS_TRIED = 366;

function addCalendarDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Returns the last day of a deadline counted in days from an event on `start`. */
function endOf(deadline: Deadline, start: string, calendar: ProductionCalendar): string {
  return deadline.unit === 'workingDays' ? calendar.addWorkingDays(start, Math.ceil(deadline.amount)) : addCalendarDays(start, Math.ceil(deadline.amount));
}

/** A start day on which one deadline ends after another. */
export interface Overrun {
  start: string;
  end: string;
  limitEnd: string;
}

/**
 * Finds the first event day, from `from` on and for one year, on which
 * `deadline` ends later than `limit`, when one counts working days and the
 * other calendar days. Days outside the calendar's years are not tried, so
 * an edition the calendar does not cover yields no overrun.
 */
export function firstOverrun(deadline: Deadline, limit: Deadline, from: string, calendar: ProductionCalendar): Overrun | undefined {
  const first = `${calendar.firstYear}-01-01`;
  let start = from < first ? first : from;
  for (let i = 0; i < DAYS_TRIED; i += 1, start = addCalendarDays(start, 1)) {
    try {
      const end = endOf(deadline, start, calendar);
      const limitEnd = endOf(limit, start, calendar);
      if (end > limitEnd) return { start, end, limitEnd };
    } catch (error) {
      if (error instanceof CalendarRangeError) return undefined;
      throw error;
    }
  }
  return undefined;
}

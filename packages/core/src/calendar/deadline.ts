import type { Deadline } from '@tsmp/schema';
import { russianCalendar } from './calendar.js';
import { parseDate, formatDate } from './dates.js';
import { CalendarInputError } from './errors.js';
import type { ProductionCalendar } from './types.js';
import { endOfLocalDay, localDate, parseInstant, startOfLocalDay } from './zoned.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** The parts of a deadline that its arithmetic reads. */
export type DeadlineTerms = Pick<Deadline, 'amount' | 'unit' | 'dayOffShift'>;

/**
 * Returns the latest instant that still meets `deadline` for an anchor
 * event at `start`, counted in the local time of `zone`.
 *
 * - `workingDays`: 0 means by the end of the event's day and n by the end
 *   of the n-th working day after it. With `dayOffShift`, an event on a day
 *   off counts as if it happened on the next working day.
 * - `calendarDays`: by the end of the n-th calendar day after the event's
 *   day (after the next working day with `dayOffShift`). The last day is
 *   not moved off a day off, because the schema has no rule for that.
 * - `hours`, `minutes`: elapsed time on the clock, nights and days off
 *   included; the standards use minutes for actions done while the citizen
 *   is present. With `dayOffShift`, an event on a day off starts the clock
 *   at midnight of the next working day.
 *
 * Raises `CalendarRangeError` when a day that must be counted lies outside
 * the calendar's years, and `CalendarInputError` for a malformed value.
 */
export function dueAt(start: string, deadline: DeadlineTerms, zone: string, calendar: ProductionCalendar = russianCalendar): Date {
  const startInstant = parseInstant(start);
  const amount = deadline.amount;
  if (!Number.isFinite(amount) || amount < 0) throw new CalendarInputError('calendar.invalidAmount', { amount });

  const eventDate = localDate(startInstant, zone);
  const shifted = deadline.dayOffShift === true && !calendar.isWorkingDay(eventDate);
  const baseDate = shifted ? calendar.nextWorkingDay(eventDate) : eventDate;

  switch (deadline.unit) {
    case 'workingDays': {
      if (!Number.isInteger(amount)) throw new CalendarInputError('calendar.fractionalWorkingDays', { amount });
      return endOfLocalDay(calendar.addWorkingDays(baseDate, amount), zone);
    }
    case 'calendarDays': {
      if (!Number.isInteger(amount)) throw new CalendarInputError('calendar.fractionalCalendarDays', { amount });
      return endOfLocalDay(formatDate(parseDate(baseDate) + amount), zone);
    }
    case 'hours':
    case 'minutes': {
      const clockStart = shifted ? startOfLocalDay(baseDate, zone).getTime() : startInstant.getTime();
      const unitMs = deadline.unit === 'hours' ? HOUR_MS : MINUTE_MS;
      return new Date(clockStart + Math.round(amount * unitMs));
    }
  }
}

/**
 * Returns true when the end event at `end` meets `deadline` counted from
 * `start`: it happened no later than `dueAt`. Raises `CalendarInputError`
 * when `end` is earlier than `start`, because such a pair of events is a
 * data error rather than a deadline met.
 */
export function meetsDeadline(
  start: string,
  end: string,
  deadline: DeadlineTerms,
  zone: string,
  calendar: ProductionCalendar = russianCalendar,
): boolean {
  const endInstant = parseInstant(end);
  if (endInstant.getTime() < parseInstant(start).getTime()) throw new CalendarInputError('calendar.endBeforeStart', { start, end });
  return endInstant.getTime() <= dueAt(start, deadline, zone, calendar).getTime();
}

import { CalendarInputError } from './errors.js';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date; the index the day table is keyed by. */
export type EpochDay = number;

/**
 * Parses a 'YYYY-MM-DD' date into its epoch day. Raises
 * `CalendarInputError` for another format or a day that does not exist,
 * such as 2023-02-29.
 */
export function parseDate(value: string): EpochDay {
  const match = DATE_PATTERN.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return ms / DAY_MS;
    }
  }
  throw new CalendarInputError('calendar.invalidDate', { value });
}

/** Formats an epoch day as 'YYYY-MM-DD'. */
export function formatDate(day: EpochDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the epoch day of 1 January of `year`. */
export function firstDayOfYear(year: number): EpochDay {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** Returns the year of an epoch day. */
export function yearOf(day: EpochDay): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Returns true for Saturday and Sunday. */
export function isWeekend(day: EpochDay): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

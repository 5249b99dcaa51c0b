import { parseDate } from './dates.js';
import { CalendarInputError } from './errors.js';

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Returns a cached formatter of local date and time in `zone`; raises `CalendarInputError` for an unknown zone. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new CalendarInputError('calendar.invalidTimeZone', { value: zone });
  }
  formatters.set(zone, formatter);
  return formatter;
}

/** Returns true when the runtime's time zone database has `zone`. */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses an ISO 8601 date-time that carries its UTC offset («Z» or
 * «+03:00»). A value without an offset is rejected: its instant would
 * depend on the machine's time zone.
 */
export function parseInstant(value: string | Date): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new CalendarInputError('calendar.invalidInstant', { value: String(value) });
    return value;
  }
  const ms = INSTANT_PATTERN.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new CalendarInputError('calendar.invalidInstant', { value });
  return new Date(ms);
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(ms: number, zone: string): LocalParts {
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Returns the UTC offset of `zone` at the instant `ms`, in milliseconds. */
function offsetAt(ms: number, zone: string): number {
  const local = localParts(ms, zone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** Returns the calendar date ('YYYY-MM-DD') that `instant` falls on in `zone`. */
export function localDate(instant: string | Date, zone: string): string {
  const local = localParts(parseInstant(instant).getTime(), zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

/**
 * Returns the instant at which the local day `date` begins in `zone`. The
 * offset is looked up twice because it may differ between the guess and
 * the result when the zone changed its offset that day (Volgograd went
 * from UTC+4 back to UTC+3 at 02:00 on 27.12.2020).
 */
export function startOfLocalDay(date: string, zone: string): Date {
  const localMidnightAsUtc = parseDate(date) * DAY_MS;
  let guess = localMidnightAsUtc - offsetAt(localMidnightAsUtc, zone);
  guess = localMidnightAsUtc - offsetAt(guess, zone);
  return new Date(guess);
}

/** Returns the last millisecond of the local day `date` in `zone`. */
export function endOfLocalDay(date: string, zone: string): Date {
  const nextDay = new Date(parseDate(date) * DAY_MS + DAY_MS).toISOString().slice(0, 10);
  return new Date(startOfLocalDay(nextDay, zone).getTime() - 1);
}

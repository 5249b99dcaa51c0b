const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Returns true when the runtime's time zone data contains the IANA zone `zone`. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(zone: string, instant: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/**
 * Returns the UTC offset of `zone` in minutes at `instant`. Offsets are
 * cached per zone and UTC day when both ends of the day have the same offset.
 * On a day with a change they are cached per UTC hour, because changes of
 * Russian zones fall on whole hours.
 */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  let cache = offsetCache.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  const day = Math.floor(instant / DAY_MS);
  let offset = cache.get(day);
  if (offset === undefined) {
    const start = computeOffset(zone, day * DAY_MS);
    const end = computeOffset(zone, (day + 1) * DAY_MS - HOUR_MS);
    // NaN marks a day with a change: such days are cached by hour under negative keys.
    offset = start === end ? start : Number.NaN;
    cache.set(day, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const hourKey = -1 - Math.floor(instant / HOUR_MS);
  let hourly = cache.get(hourKey);
  if (hourly === undefined) {
    hourly = computeOffset(zone, Math.floor(instant / HOUR_MS) * HOUR_MS);
    cache.set(hourKey, hourly);
  }
  return hourly;
}

/** Returns the local calendar day of `instant` in `zone` as days since 1970-01-01. */
export function localDayNumber(instant: number, zone: string): number {
  return Math.floor((instant + zoneOffsetMinutes(zone, instant) * 60_000) / DAY_MS);
}

/** Converts a wall-clock time of `zone` (given as if it were UTC) to an instant. */
export function instantFromWallClock(wallClockAsUtc: number, zone: string): number {
  const first = wallClockAsUtc - zoneOffsetMinutes(zone, wallClockAsUtc) * 60_000;
  return wallClockAsUtc - zoneOffsetMinutes(zone, first) * 60_000;
}

/** Formats a day number (days since 1970-01-01) as `YYYY-MM-DD`. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` to a day number (days since 1970-01-01). */
export function isoToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Returns the month key `YYYYMM` of a day number. */
export function monthKeyOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 100 + date.getUTCMonth() + 1;
}

/**
 * Kind of a day in the production calendar.
 * - `holiday`: a non-working public holiday of art. 112 of the Labour Code.
 * - `weekend`: a Saturday or Sunday, or a weekday made a day off by a
 *   transfer (by decree or by art. 112 part 2).
 * - `shortened`: a working day one hour shorter (art. 95).
 * - `nonWorking`: a weekday declared non-working with pay by a presidential decree.
 */
export type DayKind = 'working' | 'shortened' | 'weekend' | 'holiday' | 'nonWorking';

/** A legal act the calendar data comes from. */
export interface LegalActRef {
  /** The act as cited: kind, date, number and title. */
  title: string;
  /** Address of the act's text. */
  url?: string;
}

/**
 * A day off moved by a government decree «О переносе выходных дней»:
 * `from` is a Saturday or Sunday, `to` a weekday that becomes a day off.
 * When `from` is not a holiday, it becomes a working day.
 */
export interface DayTransfer {
  from: string;
  to: string;
}

/** Days a presidential decree declared non-working with pay, inclusive. */
export interface NonWorkingPeriod {
  from: string;
  to: string;
  act: LegalActRef;
}

/** The data of one calendar year, transcribed from its decree and the published calendar. */
export interface CalendarYearData {
  year: number;
  /** The government decree on the transfer of days off in this year. */
  decree: LegalActRef;
  transfers: readonly DayTransfer[];
  /** Pre-holiday working days shortened by one hour, as the published calendar marks them. */
  shortened: readonly string[];
  nonWorking: readonly NonWorkingPeriod[];
}

/** One day of the calendar, as `days()` lists it. */
export interface CalendarDay {
  date: string;
  kind: DayKind;
  workingDayNumber: number;
}

/**
 * Counting rule for weekdays declared non-working by presidential decree.
 * `working`: they count as working days, as the officially published
 * yearly totals count them. `dayOff`: they count as days off.
 */
export type NonWorkingDayPolicy = 'working' | 'dayOff';

/** The Russian production calendar over a range of whole years. */
export interface ProductionCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** True for `working` and `shortened` days, and for `nonWorking` days under the `working` policy. */
  isWorkingDay(date: string): boolean;
  dayKind(date: string): DayKind;
  /**
   * Running count of working days from `firstYear`-01-01 up to and
   * including `date`. A day off has the number of the last working day
   * before it (0 before the first working day).
   */
  workingDayNumber(date: string): number;
  /**
   * Returns the working day whose number is `workingDayNumber(date) + days`
   * (the `days`-th working day after `date`, or before it for a negative
   * count); `days = 0` returns `date` itself.
   */
  addWorkingDays(date: string, days: number): string;
  /** The date itself if it is a working day, else the first working day after it. */
  nextWorkingDay(date: string): string;
  /** Working days in the interval (from, to]: `workingDayNumber(to) - workingDayNumber(from)`. */
  workingDaysBetween(from: string, to: string): number;
  days(): Iterable<CalendarDay>;
  yearSource(year: number): { decree: string; url?: string };
}

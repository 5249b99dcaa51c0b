import { RUSSIAN_CALENDAR_YEARS } from './data/index.js';
import { formatDate, parseDate, type EpochDay } from './dates.js';
import { CalendarInputError, CalendarRangeError } from './errors.js';
import { buildDayTable, DAY_KINDS, isWorkingKind } from './table.js';
import type { CalendarDay, CalendarYearData, DayKind, NonWorkingDayPolicy, ProductionCalendar } from './types.js';

export interface ProductionCalendarOptions {
  /**
   * Policy for weekdays declared non-working by presidential decree,
   * `working` by default. Employment services kept working on them
   * (remotely in 2020), and the officially published yearly totals count
   * them as working days.
   */
  nonWorkingDays?: NonWorkingDayPolicy;
}

/** Builds a production calendar over consecutive years of data. */
export function createProductionCalendar(
  years: readonly CalendarYearData[],
  options: ProductionCalendarOptions = {},
): ProductionCalendar {
  const policy = options.nonWorkingDays ?? 'working';
  const table = buildDayTable(years, policy);
  const firstYear = years[0]!.year;
  const lastYear = years[years.length - 1]!.year;
  const sources = new Map(years.map((data) => [data.year, data.decree]));

  const indexFor = (date: string): number => {
    const index = parseDate(date) - table.start;
    if (index < 0 || index >= table.kinds.length) throw new CalendarRangeError(date, firstYear, lastYear);
    return index;
  };
  const dateAt = (index: number): string => formatDate(table.start + index);
  const kindAt = (index: number): DayKind => DAY_KINDS[table.kinds[index]!]!;

  /** Returns the date of the working day numbered `number`, raising the range error past either end. */
  const workingDay = (number: number): string => {
    const index = table.workingIndexes[number - 1];
    if (number < 1 || index === undefined) {
      const beyond: EpochDay = number < 1 ? table.start - 1 : table.start + table.kinds.length;
      throw new CalendarRangeError(formatDate(beyond), firstYear, lastYear);
    }
    return dateAt(index);
  };

  return {
    firstYear,
    lastYear,
    isWorkingDay: (date) => isWorkingKind(kindAt(indexFor(date)), policy),
    dayKind: (date) => kindAt(indexFor(date)),
    workingDayNumber: (date) => table.numbers[indexFor(date)]!,
    addWorkingDays(date, days) {
      if (!Number.isInteger(days)) throw new CalendarInputError('calendar.fractionalWorkingDays', { amount: days });
      const index = indexFor(date);
      if (days === 0) return date;
      return workingDay(table.numbers[index]! + days);
    },
    nextWorkingDay(date) {
      const index = indexFor(date);
      if (isWorkingKind(kindAt(index), policy)) return date;
      return workingDay(table.numbers[index]! + 1);
    },
    workingDaysBetween: (from, to) => table.numbers[indexFor(to)]! - table.numbers[indexFor(from)]!,
    *days(): Iterable<CalendarDay> {
      for (let index = 0; index < table.kinds.length; index += 1) {
        yield { date: dateAt(index), kind: kindAt(index), workingDayNumber: table.numbers[index]! };
      }
    },
    yearSource(year) {
      const decree = sources.get(year);
      if (!decree) throw new CalendarRangeError(`${year}-01-01`, firstYear, lastYear);
      return decree.url === undefined ? { decree: decree.title } : { decree: decree.title, url: decree.url };
    },
  };
}

/** The Russian production calendar for every year with published data, non-working days counted as working. */
export const russianCalendar: ProductionCalendar = createProductionCalendar(RUSSIAN_CALENDAR_YEARS);

import { firstDayOfYear, isWeekend, parseDate, yearOf, type EpochDay } from './dates.js';
import { holidaysOf, transferredDaysOff, workingWeekendDays } from './holidays.js';
import type { CalendarYearData, DayKind, NonWorkingDayPolicy } from './types.js';

export const DAY_KINDS: readonly DayKind[] = ['working', 'shortened', 'weekend', 'holiday', 'nonWorking'];

/**
 * The calendar as flat arrays indexed by `day - start`: the kind code of
 * each day and the running count of working days up to and including it.
 */
export interface DayTable {
  start: EpochDay;
  kinds: Uint8Array;
  numbers: Int32Array;
  /** Index of the n-th working day at position n - 1. */
  workingIndexes: Int32Array;
}

function checkYears(years: readonly CalendarYearData[]): void {
  if (years.length === 0) throw new Error('A production calendar needs at least one year of data');
  years.forEach((data, index) => {
    const expected = years[0]!.year + index;
    if (data.year !== expected) throw new Error(`Calendar years must follow each other: expected ${expected}, got ${data.year}`);
    for (const transfer of data.transfers) {
      const from = parseDate(transfer.from);
      const to = parseDate(transfer.to);
      if (yearOf(from) !== data.year || yearOf(to) !== data.year) throw new Error(`Transfer ${transfer.from} → ${transfer.to} lies outside ${data.year}`);
      if (!isWeekend(from) || isWeekend(to)) throw new Error(`Transfer ${transfer.from} → ${transfer.to} must move a weekend day to a weekday`);
    }
  });
}

function kindsOfYear(data: CalendarYearData): Map<EpochDay, DayKind> {
  const kinds = new Map<EpochDay, DayKind>();
  for (const period of data.nonWorking) {
    for (let day = parseDate(period.from); day <= parseDate(period.to); day += 1) kinds.set(day, 'nonWorking');
  }
  for (const date of data.shortened) {
    const day = parseDate(date);
    if (!kinds.has(day)) kinds.set(day, 'shortened');
  }
  const workingWeekends = workingWeekendDays(data);
  for (let day = firstDayOfYear(data.year); day < firstDayOfYear(data.year + 1); day += 1) {
    if (isWeekend(day) && !workingWeekends.has(day)) kinds.set(day, 'weekend');
  }
  for (const day of transferredDaysOff(data)) kinds.set(day, 'weekend');
  for (const day of holidaysOf(data.year)) kinds.set(day, 'holiday');
  return kinds;
}

/** Builds the day table of consecutive years; raises a plain `Error` for inconsistent data. */
export function buildDayTable(years: readonly CalendarYearData[], policy: NonWorkingDayPolicy): DayTable {
  checkYears(years);
  const start = firstDayOfYear(years[0]!.year);
  const end = firstDayOfYear(years[years.length - 1]!.year + 1);
  const kinds = new Uint8Array(end - start);
  const numbers = new Int32Array(end - start);
  const workingIndexes: number[] = [];

  const special = new Map<EpochDay, DayKind>();
  for (const data of years) for (const [day, kind] of kindsOfYear(data)) special.set(day, kind);

  let count = 0;
  for (let index = 0; index < kinds.length; index += 1) {
    const kind = special.get(start + index) ?? 'working';
    kinds[index] = DAY_KINDS.indexOf(kind);
    if (isWorkingKind(kind, policy)) {
      count += 1;
      workingIndexes.push(index);
    }
    numbers[index] = count;
  }
  return { start, kinds, numbers, workingIndexes: Int32Array.from(workingIndexes) };
}

/** Returns true when a day of this kind counts as a working day under `policy`. */
export function isWorkingKind(kind: DayKind, policy: NonWorkingDayPolicy): boolean {
  return kind === 'working' || kind === 'shortened' || (kind === 'nonWorking' && policy === 'working');
}

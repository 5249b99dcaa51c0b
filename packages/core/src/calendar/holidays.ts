import { firstDayOfYear, formatDate, isWeekend, parseDate, type EpochDay } from './dates.js';
import type { CalendarYearData } from './types.js';

/**
 * Non-working public holidays of art. 112 part 1 of the Labour Code
 * (Трудовой кодекс РФ), as month-day: 1–6 and 8 January (New Year
 * holidays), 7 January, 23 February, 8 March, 1 May, 9 May, 12 June and
 * 4 November. The list has been the same since 2013 and covers every year
 * the calendar holds.
 */
export const LABOUR_CODE_HOLIDAYS: readonly string[] = [
  '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
  '02-23', '03-08', '05-01', '05-09', '06-12', '11-04',
];

/** Returns the epoch days of the art. 112 holidays of `year`. */
export function holidaysOf(year: number): EpochDay[] {
  return LABOUR_CODE_HOLIDAYS.map((monthDay) => parseDate(`${year}-${monthDay}`));
}

/**
 * Returns the weekdays that become days off in `data.year`: the `to` days
 * of the decree's transfers, plus the days off that art. 112 part 2 moves
 * by itself. When a holiday other than 1–8 January falls on a Saturday or
 * Sunday, that day off moves to the next working day after the holiday.
 * The decree may move it elsewhere instead: in 2025 it moved 23 February
 * to 8 May. The January holidays move only by decree.
 */
export function transferredDaysOff(data: CalendarYearData): Set<EpochDay> {
  const holidays = new Set(holidaysOf(data.year));
  const daysOff = new Set<EpochDay>(data.transfers.map((transfer) => parseDate(transfer.to)));
  const movedByDecree = new Set(data.transfers.map((transfer) => parseDate(transfer.from)));
  const newYearEnd = firstDayOfYear(data.year) + 7;

  for (const holiday of [...holidays].sort((a, b) => a - b)) {
    if (holiday <= newYearEnd || !isWeekend(holiday) || movedByDecree.has(holiday)) continue;
    let day = holiday + 1;
    while (isWeekend(day) || holidays.has(day) || daysOff.has(day)) day += 1;
    daysOff.add(day);
  }
  return daysOff;
}

/** Returns the Saturdays and Sundays a decree made working days. */
export function workingWeekendDays(data: CalendarYearData): Set<EpochDay> {
  const holidays = new Set(holidaysOf(data.year));
  const days = data.transfers.map((transfer) => parseDate(transfer.from)).filter((day) => !holidays.has(day));
  return new Set(days);
}

/**
 * Derives the shortened pre-holiday days of a year from the rules, to
 * check the transcribed `shortened` list against. A working day is one
 * hour shorter when the next day is an art. 112 holiday (art. 95 of the
 * Labour Code). A Saturday worked by decree lasts as long as the weekday
 * its day off moved to, by the Order approved by Приказ
 * Минздравсоцразвития России от 13.08.2009 № 588н. So it is shortened
 * when that weekday precedes a holiday: 2 November 2024 took the length of
 * 30 April 2024. Weekdays declared non-working by presidential decree keep
 * their shortening, because the published totals ignore those decrees.
 */
export function deriveShortenedDays(data: CalendarYearData): string[] {
  const holidayOf = (day: EpochDay) => LABOUR_CODE_HOLIDAYS.includes(formatDate(day).slice(5));
  const daysOff = transferredDaysOff(data);
  const workingWeekends = workingWeekendDays(data);
  const isWorking = (day: EpochDay) =>
    workingWeekends.has(day) || (!isWeekend(day) && !holidayOf(day) && !daysOff.has(day));

  const shortened: string[] = [];
  const start = firstDayOfYear(data.year);
  const end = firstDayOfYear(data.year + 1);
  for (let day = start; day < end; day += 1) {
    if (!isWorking(day)) continue;
    const transfer = data.transfers.find((candidate) => parseDate(candidate.from) === day);
    const lengthDay = transfer && workingWeekends.has(day) ? parseDate(transfer.to) : day;
    if (holidayOf(lengthDay + 1)) shortened.push(formatDate(day));
  }
  return shortened;
}

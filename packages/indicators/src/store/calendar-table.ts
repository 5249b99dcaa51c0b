import { isoToDay } from '../time/zone.js';
import type { CalendarRow, WorkingCalendar } from '../time/calendar.js';

/**
 * Lists the rows of the SQL calendar table from the production calendar's
 * own `days()`. Days off at the very end of the range have no working day
 * after them inside the calendar; their next working day is set to the day
 * after the range, which has no row of its own.
 */
export function calendarRows(calendar: WorkingCalendar): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (const entry of calendar.days()) {
    rows.push({
      day: isoToDay(entry.date),
      working: calendar.isWorkingDay(entry.date),
      workingDayNumber: entry.workingDayNumber,
      nextWorkingDay: 0,
    });
  }
  let next = (rows[rows.length - 1]?.day ?? 0) + 1;
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    const row = rows[index] as CalendarRow;
    if (row.working) next = row.day;
    row.nextWorkingDay = next;
  }
  return rows;
}

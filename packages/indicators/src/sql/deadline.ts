import type { Deadline } from '@tsmp/schema';
import type { DurationUnit } from '../units.js';
import type { Dialect } from './dialect.js';

/**
 * SQL aliases of the two points of an interval: `from`/`to` rows of
 * `points` and their `calendar` rows `fromDay`/`toDay`.
 */
export interface IntervalAliases {
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
}

/** Joins of the calendar rows of both points; inner joins, so days outside the calendar drop out. */
export function calendarJoins(aliases: IntervalAliases): string {
  return `JOIN calendar ${aliases.fromDay} ON ${aliases.fromDay}.day = ${aliases.from}.day
    JOIN calendar ${aliases.toDay} ON ${aliases.toDay}.day = ${aliases.to}.day`;
}

/** True when the unit needs the calendar table. */
export function needsCalendar(unit: DurationUnit | Deadline['unit'], dayOffShift = false): boolean {
  return unit === 'workingDays' || dayOffShift;
}

/**
 * SQL of the duration between the points in base units: working days as the
 * difference of running working-day numbers, calendar days as the
 * difference of local days, minutes and hours as whole seconds.
 */
export function durationSql(unit: DurationUnit, aliases: IntervalAliases, dialect: Dialect): string {
  switch (unit) {
    case 'workingDays':
      return `(${aliases.toDay}.wdn - ${aliases.fromDay}.wdn)`;
    case 'calendarDays':
      return `(${aliases.to}.day - ${aliases.from}.day)`;
    default:
      return dialect.intDiv(`${aliases.to}.ts - ${aliases.from}.ts`, '1000');
  }
}

/**
 * SQL that is true when the `to` point meets the deadline counted from the
 * `from` point. For working days the check is a subtraction of running
 * working-day numbers: completion on a day off counts as the next working
 * day, and with `dayOffShift` an anchor on a day off counts from the next
 * working day. `amount` 0 means the same working day; completion on the
 * anchor's own local day always meets the deadline. Hours and minutes run
 * on the clock; with `dayOffShift` an anchor on a day off starts the clock
 * at the local midnight of the next working day. These are the rules of
 * `dueAt` in `@tsmp/core`.
 */
export function withinDeadlineSql(deadline: Deadline, aliases: IntervalAliases): string {
  const shift = deadline.dayOffShift === true;
  const { from, to, fromDay, toDay } = aliases;
  switch (deadline.unit) {
    case 'workingDays': {
      const start = shift ? `(CASE WHEN ${fromDay}.working = 0 THEN ${fromDay}.wdn + 1 ELSE ${fromDay}.wdn END)` : `${fromDay}.wdn`;
      const end = `(CASE WHEN ${toDay}.working = 0 THEN ${toDay}.wdn + 1 ELSE ${toDay}.wdn END)`;
      return `(${to}.day = ${from}.day OR ${end} - ${start} <= ${deadline.amount})`;
    }
    case 'calendarDays': {
      const start = shift ? `${fromDay}.next_working` : `${from}.day`;
      return `(${to}.day - ${start} <= ${deadline.amount})`;
    }
    case 'hours':
    case 'minutes': {
      // NOTE: the local midnight of the next working day uses the offset at the event,
      // which is wrong only if the zone changed its offset in between.
      const start = shift ? `(CASE WHEN ${fromDay}.working = 0 THEN CAST(${fromDay}.next_working AS BIGINT) * 86400000 - ${from}.off * 60000 ELSE ${from}.ts END)` : `${from}.ts`;
      const limit = Math.round(deadline.amount * (deadline.unit === 'hours' ? 3_600_000 : 60_000));
      return `(${to}.ts - ${start} <= ${limit})`;
    }
  }
}

import type { MessageRef } from '../i18n/types.js';
import type { Deadline } from '@tsmp/schema';

/**
 * Working minutes in one working day: the 40-hour five-day week of the
 * Labour Code (art. 91) gives 8 hours. Used only to compare minute-long
 * operations with day-long procedures.
 */
export const WORKING_DAY_MINUTES = 480;

/**
 * Kind of days a span counts. A `time` span (minutes, hours) combines with
 * either kind of days. Working and calendar days do not combine, because
 * their ratio depends on the production calendar of the period.
 */
export type DayScale = 'time' | 'working' | 'calendar';

/** The length of one deadline or of a chain of deadlines run one after another. */
export interface DeadlineSpan {
  scale: DayScale;
  /** Whole days; a deadline of 0 working days («в день события») has 0 days but is day-bound. */
  days: number;
  minutes: number;
  /** True when any part is counted in days, i.e. it may last until the end of a day. */
  dayBound: boolean;
}

export function spanOf(deadline: Deadline): DeadlineSpan {
  switch (deadline.unit) {
    case 'minutes':
      return { scale: 'time', days: 0, minutes: deadline.amount, dayBound: false };
    case 'hours':
      return { scale: 'time', days: 0, minutes: deadline.amount * 60, dayBound: false };
    case 'workingDays':
      return { scale: 'working', days: deadline.amount, minutes: 0, dayBound: true };
    case 'calendarDays':
      return { scale: 'calendar', days: deadline.amount, minutes: 0, dayBound: true };
  }
}

/** Adds spans run one after another; undefined when working and calendar days meet. */
export function addSpans(a: DeadlineSpan, b: DeadlineSpan): DeadlineSpan | undefined {
  if (mixesDays(a, b)) return undefined;
  const scale = a.scale === 'time' ? b.scale : a.scale;
  return { scale, days: a.days + b.days, minutes: a.minutes + b.minutes, dayBound: a.dayBound || b.dayBound };
}

/** Tells whether two spans count different kinds of days. */
export function mixesDays(a: DeadlineSpan, b: DeadlineSpan): boolean {
  return a.scale !== 'time' && b.scale !== 'time' && a.scale !== b.scale;
}

/**
 * Tells whether `span` may last longer than `limit`; undefined when they
 * count different kinds of days. Minutes inside a day-bound span fill the
 * days' working time before they add a day, so «0 working days + 30
 * minutes» fits into «0 working days».
 */
export function exceeds(span: DeadlineSpan, limit: DeadlineSpan): boolean | undefined {
  if (mixesDays(span, limit)) return undefined;
  if (!limit.dayBound) return span.dayBound || span.minutes > limit.minutes;
  const spanDays = span.days + Math.floor(span.minutes / WORKING_DAY_MINUTES);
  const limitDays = limit.days + Math.floor(limit.minutes / WORKING_DAY_MINUTES);
  return spanDays > limitDays;
}

/** Returns a deadline's amount and unit as a message value, so that two deadlines worded alike still read apart. */
export function deadlineLength(deadline: Deadline): MessageRef {
  return { messageId: 'rules.deadlineLength', args: { amount: deadline.amount, unit: deadline.unit } };
}

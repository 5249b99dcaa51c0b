/** Units of a duration between two control points. */
export type DurationUnit = 'minutes' | 'hours' | 'workingDays' | 'calendarDays';

/**
 * Base units per unit. Durations are computed as integers of base units
 * (whole days for day units, whole seconds for minutes and hours) so that
 * every engine sums them exactly; values are divided at the end.
 */
export const BASE_PER_UNIT: Record<DurationUnit, number> = {
  minutes: 60,
  hours: 3600,
  workingDays: 1,
  calendarDays: 1,
};

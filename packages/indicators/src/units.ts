/** Units of a duration between two control points. */
export type DurationUnit = 'minutes' | 'hours' | 'workingDays' | 'calendarDays';

/**
 * Base units per unit: whole days for day units, whole seconds for minutes
 * and hours. Durations are integers of base units, so every engine sums them
 * exactly, and values are divided only at the end.
 */
export const BASE_PER_UNIT: Record<DurationUnit, number> = {
  minutes: 60,
  hours: 3600,
  workingDays: 1,
  calendarDays: 1,
};

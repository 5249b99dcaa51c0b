import type { IndicatorDefinition } from './definitions.js';
import { LEVELS, type Level } from './sql/aggregate.js';
import { BASE_PER_UNIT } from './units.js';

/**
 * One computed value of an indicator for one unit and period. `num` and
 * `den` are kept so that any coarser value is recomputed from sums, never
 * averaged: for shares they are the numerator and denominator; for means
 * the total and the count; for a median or percentile `num` is null and
 * `den` the count.
 */
export interface IndicatorValue {
  standard: string;
  indicatorId: string;
  level: Level;
  /** Period key: `YYYYMM`, `YYYYH` or `YYYY` (see `periodLabel`). */
  period: number;
  region?: string;
  centre?: string;
  /** Service id; null for events that name no service. */
  service?: string | null;
  num: number | null;
  den: number;
  /** Null when there are no cases (`den` is 0). */
  value: number | null;
  /** The national mean the value was compared with, in the indicator's unit (`relativeToNationalMean` only). */
  benchmark?: number;
}

/** The parts of a definition that decide how sums become a value. */
export type ValueRule = Pick<IndicatorDefinition, 'calculation'>;

/** Computes the value of additive sums by the calculation kind. */
export function valueOfSums(rule: ValueRule, num: number, den: number): number | null {
  if (den === 0) return null;
  const calculation = rule.calculation;
  switch (calculation.kind) {
    case 'count':
      return num;
    case 'share':
    case 'shareWithinDeadline':
    case 'relativeToNationalMean':
      return (num / den) * calculation.scale;
    case 'checklist':
      return (num * calculation.points) / den;
    case 'surveyAverage':
      return num / den;
    case 'duration':
      return num / den / BASE_PER_UNIT[calculation.unit];
  }
}

/** Computes a median or percentile from the values at its two ranks, in the indicator's unit. */
export function valueOfRanks(rule: ValueRule, lo: number, hi: number): number {
  const calculation = rule.calculation;
  const base = calculation.kind === 'duration' ? BASE_PER_UNIT[calculation.unit] : 1;
  return (lo + hi) / 2 / base;
}

/** Sorts values by indicator, level, period and unit so that output is the same on every run. */
export function sortValues(values: IndicatorValue[]): IndicatorValue[] {
  const text = (value: string | null | undefined) => value ?? '';
  return values.sort(
    (a, b) =>
      a.standard.localeCompare(b.standard) ||
      a.indicatorId.localeCompare(b.indicatorId) ||
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      a.period - b.period ||
      text(a.region).localeCompare(text(b.region)) ||
      text(a.centre).localeCompare(text(b.centre)) ||
      text(a.service).localeCompare(text(b.service)),
  );
}

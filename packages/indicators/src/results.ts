import type { IndicatorDefinition } from './definitions.js';
import { LEVELS, type Level } from './sql/aggregate.js';
import { BASE_PER_UNIT } from './units.js';

/**
 * One computed value of an indicator for one unit and period. `num` and
 * `den` are kept so that any coarser value is recomputed from sums, never
 * averaged. For shares they are the numerator and denominator, and for means
 * the total and the count. For a median or percentile `num` is null and
 * `den` is the count.
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

function compareText(a: string | null | undefined, b: string | null | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/**
 * Sorts values by indicator, level, period and unit so that output is the
 * same on every run. Text is compared by UTF-16 code units, not by locale,
 * which is stable across machines and much faster on large reports.
 */
export function sortValues(values: IndicatorValue[]): IndicatorValue[] {
  return values.sort(
    (a, b) =>
      compareText(a.standard, b.standard) ||
      compareText(a.indicatorId, b.indicatorId) ||
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      a.period - b.period ||
      compareText(a.region, b.region) ||
      compareText(a.centre, b.centre) ||
      compareText(a.service, b.service),
  );
}

import type { IndicatorValue, ValueRule } from './results.js';
import { valueOfSums } from './results.js';
import { LEVEL_KEYS, type Level } from './sql/aggregate.js';

/** Sums of one finest group: region, centre, service and period with numerator and denominator. */
export interface FinestSums {
  region: string;
  centre: string;
  service: string | null;
  period: number;
  num: number;
  den: number;
}

/**
 * Rolls additive sums up from service to centre, region and Russia. Each
 * coarser value is computed from summed numerators and denominators, so a
 * rolled-up share is the share of all cases, not a mean of shares.
 */
export function rollUp(
  rows: readonly FinestSums[],
  levels: readonly Level[],
  rule: ValueRule,
  identity: { standard: string; indicatorId: string },
): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  for (const level of levels) {
    const keys = LEVEL_KEYS[level];
    const groups = new Map<string, { row: FinestSums; num: number; den: number }>();
    for (const row of rows) {
      const key = [...keys.map((name) => String(row[name])), row.period].join('\u0000');
      const group = groups.get(key);
      if (group) {
        group.num += row.num;
        group.den += row.den;
      } else {
        groups.set(key, { row, num: row.num, den: row.den });
      }
    }
    for (const { row, num, den } of groups.values()) {
      const value: IndicatorValue = { ...identity, level, period: row.period, num, den, value: valueOfSums(rule, num, den) };
      if (keys.includes('region')) value.region = row.region;
      if (keys.includes('centre')) value.centre = row.centre;
      if (keys.includes('service')) value.service = row.service;
      out.push(value);
    }
  }
  return out;
}

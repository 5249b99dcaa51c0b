import type { Dialect } from './dialect.js';

/** Levels of a roll-up, from the finest: service → centre → region → Russia. */
export type Level = 'service' | 'centre' | 'region' | 'country';
export const LEVELS: readonly Level[] = ['service', 'centre', 'region', 'country'];

/** Grouping columns of each level. */
export const LEVEL_KEYS: Record<Level, readonly ('region' | 'centre' | 'service')[]> = {
  service: ['region', 'centre', 'service'],
  centre: ['region', 'centre'],
  region: ['region'],
  country: [],
};

function keysWithPeriod(level: Level): string {
  return [...LEVEL_KEYS[level], 'period'].join(', ');
}

/** Sums of `num` and `den` at the finest level; coarser levels are sums of these (see rollup). */
export function additiveSql(facts: string): string {
  return `SELECT region, centre, service, period, SUM(num) AS num, SUM(den) AS den FROM (${facts}) x GROUP BY region, centre, service, period`;
}

/** Turns duration samples into additive sums: `num` is the total in base units, `den` the number of cases. */
export function sampleSumsSql(facts: string): string {
  return `SELECT region, centre, service, period, SUM(value) AS num, COUNT(*) AS den FROM (${facts}) x GROUP BY region, centre, service, period`;
}

/**
 * Order statistic per group of `level` and period: the values at ranks `lo`
 * and `hi` of the sorted durations. The median uses ranks ⌊(n+1)/2⌋ and
 * ⌊n/2⌋+1, because their mean is the median for odd and even n. The 90th
 * percentile uses the nearest rank ⌈0.9·n⌉ for both.
 */
export function orderStatisticSql(facts: string, level: Level, statistic: 'median' | 'p90', dialect: Dialect): string {
  const keys = keysWithPeriod(level);
  const lo = statistic === 'median' ? dialect.intDiv('n + 1', '2') : dialect.intDiv('9 * n + 9', '10');
  const hi = statistic === 'median' ? `${dialect.intDiv('n', '2')} + 1` : lo;
  return `WITH ranked AS (
      SELECT ${keys}, value,
        ROW_NUMBER() OVER (PARTITION BY ${keys} ORDER BY value) AS rn,
        COUNT(*) OVER (PARTITION BY ${keys}) AS n
      FROM (${facts}) x)
    SELECT ${keys}, MAX(n) AS den,
      MAX(CASE WHEN rn = ${lo} THEN value END) AS lo,
      MAX(CASE WHEN rn = ${hi} THEN value END) AS hi
    FROM ranked GROUP BY ${keys}`;
}

/**
 * Shares of cases whose duration is not above (or not below) the national
 * mean of the period. The comparison `value · n ≤ total` stays in integers,
 * so no engine's rounding of the mean can move a case across it. Each row
 * also carries the national `total` and `n` of its period, the benchmark.
 * The durations are materialised once, because both the mean and the shares
 * read them.
 */
export function relativeToMeanSql(facts: string, comparison: 'notAbove' | 'notBelow'): string {
  const operator = comparison === 'notAbove' ? '<=' : '>=';
  return `WITH d AS MATERIALIZED (${facts}),
      m AS (SELECT period, SUM(value) AS total, COUNT(*) AS n FROM d GROUP BY period)
    SELECT d.region, d.centre, d.service, d.period,
      SUM(CASE WHEN d.value * m.n ${operator} m.total THEN 1 ELSE 0 END) AS num, COUNT(*) AS den,
      MAX(m.total) AS total, MAX(m.n) AS n
    FROM d JOIN m ON m.period = d.period
    GROUP BY d.region, d.centre, d.service, d.period`;
}

import type { PeriodStep } from '../periods.js';
import type { Dialect } from './dialect.js';

/** SQL for the period key of a `YYYYMM` month expression, matching `periodOfMonth`. */
export function periodSql(monthSql: string, step: PeriodStep, dialect: Dialect): string {
  if (step === 'month') return monthSql;
  const year = dialect.intDiv(monthSql, '100');
  if (step === 'year') return year;
  return `(${year} * 10 + CASE WHEN ${monthSql} % 100 <= 6 THEN 1 ELSE 2 END)`;
}

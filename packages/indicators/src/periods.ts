import { TsmpError } from '@tsmp/core';

/** Length of a reporting period: collection is monthly, reports are half-yearly and yearly. */
export type PeriodStep = 'month' | 'halfYear' | 'year';
export const PERIOD_STEPS: readonly PeriodStep[] = ['month', 'halfYear', 'year'];

/** Months included in a report, as `YYYYMM` keys, both ends inclusive. */
export interface PeriodRange {
  fromMonth: number;
  toMonth: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;

function monthKey(text: string, end: boolean): number | undefined {
  const month = MONTH.exec(text);
  if (month) return Number(month[1]) * 100 + Number(month[2]);
  const year = YEAR.exec(text);
  if (year) return Number(year[1]) * 100 + (end ? 12 : 1);
  return undefined;
}

/** Parses `2025-01..2025-06`, `2025-03` or `2025` into a range of months. */
export function parsePeriodRange(text: string): PeriodRange {
  const [fromText = '', toText = fromText] = text.trim().split('..');
  const fromMonth = monthKey(fromText, false);
  const toMonth = monthKey(toText, true);
  if (fromMonth === undefined || toMonth === undefined || fromMonth > toMonth) {
    throw new TsmpError('indicators.period.invalid', { value: text });
  }
  return { fromMonth, toMonth };
}

/** Returns the period key of a `YYYYMM` month: the month itself, `YYYYH` (H = 1 or 2) for half-years, `YYYY` for years. */
export function periodOfMonth(month: number, step: PeriodStep): number {
  const year = Math.floor(month / 100);
  if (step === 'month') return month;
  if (step === 'year') return year;
  return year * 10 + (month % 100 <= 6 ? 1 : 2);
}

/** Formats a period key: `2025-01`, `2025-H1`, `2025`. */
export function periodLabel(period: number, step: PeriodStep): string {
  if (step === 'month') return `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}`;
  if (step === 'year') return String(period);
  return `${Math.floor(period / 10)}-H${period % 10}`;
}

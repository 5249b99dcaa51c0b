import { TsmpError } from '@tsmp/core';
import type { IndicatorReportInput } from './indicator-report.js';

const COLOURS = new Set(['green', 'yellow', 'red', 'none']);

/**
 * Checks parsed JSON against the shape of `IndicatorReportInput` and returns
 * it typed; raises `TsmpError` naming the file and the first bad row.
 */
export function parseIndicatorReportInput(value: unknown, file: string): IndicatorReportInput {
  const fail = (detail: string) => new TsmpError('export.error.reportInput', { file, detail });
  if (!value || typeof value !== 'object') throw fail('$');
  const record = value as Record<string, unknown>;
  if (typeof record['period'] !== 'string') throw fail('period');
  if (!Array.isArray(record['rows'])) throw fail('rows');
  record['rows'].forEach((row: unknown, index: number) => {
    if (!row || typeof row !== 'object') throw fail(`rows[${index}]`);
    const entry = row as Record<string, unknown>;
    for (const key of ['region', 'indicatorId', 'indicatorNumber', 'indicatorName', 'unit']) {
      if (typeof entry[key] !== 'string') throw fail(`rows[${index}].${key}`);
    }
    if (entry['value'] !== null && typeof entry['value'] !== 'number') throw fail(`rows[${index}].value`);
    if (typeof entry['corridor'] !== 'string' || !COLOURS.has(entry['corridor'])) throw fail(`rows[${index}].corridor`);
  });
  return value as IndicatorReportInput;
}

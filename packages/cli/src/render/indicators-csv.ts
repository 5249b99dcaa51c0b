import type { IndicatorReport } from '@tsmp/indicators';
import type { Localizer } from '@tsmp/core';
import { valueRows } from './indicators-rows.js';

function cell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Renders values as CSV that Russian Excel opens correctly: a UTF-8
 * byte-order mark, `;` between cells, CRLF line ends, and decimals with a
 * comma when `decimalComma` is set.
 */
export function renderIndicatorsCsv(report: IndicatorReport, t: Localizer, decimalComma: boolean): string {
  const number = (value: number | null | undefined) => {
    if (value === null || value === undefined) return '';
    const text = String(Number(value.toFixed(6)));
    return decimalComma ? text.replace('.', ',') : text;
  };
  const header = [
    'standard',
    'indicator',
    'number',
    t.format('indicators.table.level'),
    t.format('indicators.table.period'),
    t.format('indicators.table.region'),
    t.format('indicators.table.centre'),
    t.format('indicators.table.service'),
    t.format('indicators.table.value'),
    t.format('indicators.table.num'),
    t.format('indicators.table.den'),
    t.format('indicators.table.benchmark'),
    t.format('indicators.table.zone'),
  ];
  const lines = [header.map(cell).join(';')];
  for (const row of valueRows(report)) {
    lines.push(
      [
        row.standard,
        row.indicatorId,
        row.number,
        t.format(`indicators.level.${row.level}`),
        row.period,
        row.region,
        row.centre,
        row.service,
        number(row.value),
        number(row.num),
        number(row.den),
        number(row.benchmark),
        row.zone ? t.format(`indicators.zone.${row.zone}`) : '',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

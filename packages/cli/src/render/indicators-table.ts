import type { IndicatorReport } from '@tsmp/indicators';
import { periodLabel } from '@tsmp/indicators';
import type { Localizer } from '@tsmp/core';
import { valueRows, type ValueRow } from './indicators-rows.js';

/** Formats a number as readers of the language write it: «83,33» in Russian, «83.33» in English. */
function formatNumber(value: number | null | undefined, t: Localizer): string {
  if (value === null || value === undefined) return '—';
  return Number.isInteger(value) ? String(value) : t.number(value, 2);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function valuesSection(rows: ValueRow[], t: Localizer): string[] {
  const out: string[] = [];
  const groups = new Map<string, ValueRow[]>();
  for (const row of rows) {
    const key = `${row.standard}\u0000${row.indicatorId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    const first = group[0] as ValueRow;
    out.push(t.format('indicators.table.indicator', { number: first.number, name: first.name, standard: first.standard }));
    const withBenchmark = group.some((row) => row.benchmark !== undefined);
    const header = ['level', 'period', 'region', 'centre', 'service', 'value', 'num', 'den'].map((key) => t.format(`indicators.table.${key}`));
    if (withBenchmark) header.push(t.format('indicators.table.benchmark'));
    header.push(t.format('indicators.table.zone'));
    const cells = group.map((row) => {
      const line = [
        t.format(`indicators.level.${row.level}`),
        row.period,
        row.region,
        row.centre,
        row.service,
        formatNumber(row.value, t),
        formatNumber(row.num, t),
        String(row.den),
      ];
      if (withBenchmark) line.push(formatNumber(row.benchmark, t));
      line.push(row.zone ? t.format(`indicators.zone.${row.zone}`) : '');
      return line;
    });
    out.push(table(header, cells), '');
  }
  return out;
}

/** Renders the report as plain-text tables: values per indicator, assignments, composite index with rank ranges. */
export function renderIndicatorsTable(report: IndicatorReport, t: Localizer): string {
  const rows = valueRows(report);
  if (rows.length === 0) return `${t.format('indicators.table.empty')}\n`;
  const out = valuesSection(rows, t);

  if (report.assignments.length > 0) {
    out.push(t.format('indicators.table.assignments'));
    const header = ['level', 'period', 'region', 'centre', 'service', 'value', 'zone'].map((key) => t.format(`indicators.table.${key}`));
    header.splice(0, 0, '№');
    const cells = report.assignments.map((assignment) => [
      assignment.indicatorNumber,
      t.format(`indicators.level.${assignment.assignee.level}`),
      assignment.period,
      assignment.assignee.region,
      assignment.assignee.centre ?? '',
      assignment.assignee.service ?? '',
      formatNumber(assignment.value, t),
      t.format(`indicators.zone.${assignment.zone}`),
    ]);
    out.push(table(header, cells), '');
  }

  if (report.composite.length > 0) {
    const method = report.composite[0]?.method;
    out.push(t.format('indicators.table.composite', { normalisation: method?.normalisation ?? '', aggregation: method?.aggregation ?? '' }));
    const ranges = new Map(report.sensitivity.map((row) => [`${row.period}\u0000${row.region}\u0000${row.centre ?? ''}`, row]));
    const header = ['period', 'rank', 'region', 'centre', 'value'].map((key) => t.format(`indicators.table.${key}`));
    header.push(t.format('indicators.table.rankRange'));
    const cells = report.composite.map((result) => {
      const range = ranges.get(`${result.period}\u0000${result.region}\u0000${result.centre ?? ''}`);
      return [
        periodLabel(result.period, report.step),
        String(result.rank),
        result.region,
        result.centre ?? '',
        formatNumber(result.value, t),
        range ? `${range.minRank}–${range.maxRank}` : '',
      ];
    });
    out.push(table(header, cells), '');
  }
  return `${out.join('\n')}\n`;
}

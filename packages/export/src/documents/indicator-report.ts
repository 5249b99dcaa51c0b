import type { Localizer } from '@tsmp/core';
import type { Indicator } from '@tsmp/schema';
import type { Block, ChartBar, CorridorColour, ExportDocument, TableRow } from '../model/blocks.js';
import { cleanText, plain } from '../model/text.js';
import { labels } from './labels.js';
import type { DocumentOptions } from './standard.js';

export type IndicatorUnit = Indicator['unit'];
export type Trend = 'up' | 'down' | 'flat';

/** One value of one indicator for a centre, or for a whole region when `centre` is absent. */
export interface IndicatorReportRow {
  region: string;
  regionCode?: string;
  centre?: string;
  indicatorId: string;
  indicatorNumber: string;
  indicatorName: string;
  unit: IndicatorUnit;
  /** `null` when there were no cases to compute the value from. */
  value: number | null;
  target?: number;
  corridor: CorridorColour;
  trend?: Trend;
}

/** Input of the report, filled by @tsmp/indicators: the period and the rows. */
export interface IndicatorReportInput {
  title?: string;
  /** The period as the reader sees it: «январь — июнь 2026 г.». */
  period: string;
  rows: IndicatorReportRow[];
}

const PERCENT_LIKE = new Set<IndicatorUnit>(['percent']);

/**
 * Builds the indicator report: a table of values by region and centre with
 * target, corridor zone and trend, and one bar chart per indicator.
 */
export function buildIndicatorReportDocument(input: IndicatorReportInput, options: DocumentOptions = {}): ExportDocument {
  const lang = options.lang ?? 'ru';
  const t = labels(lang);
  const title = cleanText(input.title ?? t.format('export.report.title'));
  const blocks: Block[] = [
    { type: 'title', text: title, subtitle: t.format('export.report.period', { period: cleanText(input.period) }) },
    { type: 'heading', text: t.format('export.report.tableHeading') },
    {
      type: 'table',
      at: 'rows',
      columns: [
        { header: t.format('export.report.col.region'), width: 22 },
        { header: t.format('export.report.col.centre'), width: 26 },
        { header: t.format('export.report.col.value'), width: 13, align: 'center' },
        { header: t.format('export.report.col.target'), width: 13, align: 'center' },
        { header: t.format('export.report.col.zone'), width: 13, align: 'center' },
        { header: t.format('export.report.col.trend'), width: 13, align: 'center' },
      ],
      rows: tableRows(input.rows, t),
      emptyText: t.format('export.table.empty'),
    },
  ];
  const charts = chartBlocks(input.rows, t);
  if (charts.length > 0) blocks.push({ type: 'heading', text: t.format('export.report.chartsHeading') }, ...charts);
  return { kind: 'indicatorReport', title, lang, orientation: 'portrait', blocks };
}

/** Formats a value in the language of the document; percent values get the sign «%». */
export function formatValue(value: number | null, unit: IndicatorUnit, t: Localizer): string {
  if (value === null) return t.format('export.report.noValue');
  const number = t.number(value, 1);
  return PERCENT_LIKE.has(unit) ? `${number}\u00A0%` : number;
}

/** Rows grouped by indicator in the order of their first appearance, each group headed by the indicator and its unit. */
function tableRows(rows: readonly IndicatorReportRow[], t: Localizer): TableRow[] {
  const out: TableRow[] = [];
  for (const [id, entries] of groupByIndicator(rows)) {
    const first = entries[0]?.row;
    if (!first) continue;
    const text = t.format('export.report.group', { number: first.indicatorNumber, name: cleanText(first.indicatorName), unit: t.format(`export.unit.${first.unit}`) });
    out.push({ kind: 'group', text, at: `indicators[${id}]` });
    for (const { row, index } of entries) out.push(reportRow(row, index, t));
  }
  return out;
}

function groupByIndicator(rows: readonly IndicatorReportRow[]): Map<string, { row: IndicatorReportRow; index: number }[]> {
  const groups = new Map<string, { row: IndicatorReportRow; index: number }[]>();
  rows.forEach((row, index) => {
    const list = groups.get(row.indicatorId) ?? [];
    list.push({ row, index });
    groups.set(row.indicatorId, list);
  });
  return groups;
}

function reportRow(row: IndicatorReportRow, index: number, t: Localizer): TableRow {
  const region = row.regionCode ? `${row.regionCode} ${row.region}` : row.region;
  return {
    kind: 'data',
    at: `rows[${index}]`,
    cells: [
      [plain(cleanText(region))],
      [plain(cleanText(row.centre ?? t.format('export.report.allCentres')))],
      [[{ text: formatValue(row.value, row.unit, t), bold: true }]],
      [plain(row.target === undefined ? '—' : formatValue(row.target, row.unit, t))],
      [plain(t.format(`export.zone.${row.corridor}`))],
      [plain(row.trend ? t.format(`export.trend.${row.trend}`) : '—')],
    ],
  };
}

function chartBlocks(rows: readonly IndicatorReportRow[], t: Localizer): Block[] {
  const blocks: Block[] = [];
  for (const [id, entries] of groupByIndicator(rows)) {
    const list = entries.map((entry) => entry.row);
    const first = list[0];
    if (!first) continue;
    const bars: ChartBar[] = list
      .filter((row) => row.value !== null)
      .map((row) => ({
        label: cleanText(row.centre ?? row.region),
        value: row.value ?? 0,
        target: row.target,
        colour: row.corridor,
        valueText: formatValue(row.value, row.unit, t),
        targetText: row.target === undefined ? undefined : formatValue(row.target, row.unit, t),
      }));
    if (bars.length === 0) continue;
    const top = Math.max(...bars.map((bar) => Math.max(bar.value, bar.target ?? 0)));
    const max = PERCENT_LIKE.has(first.unit) ? Math.max(100, top) : niceCeiling(top);
    blocks.push({
      type: 'chart',
      at: `indicators[${id}]`,
      title: cleanText(t.format('export.report.chartTitle', { number: first.indicatorNumber, name: first.indicatorName })),
      bars,
      max,
      legend: (['green', 'yellow', 'red'] as const).map((colour) => ({ colour, label: t.format(`export.zone.${colour}`) })),
      targetLabel: t.format('export.chart.target'),
    });
  }
  return blocks;
}

/** Rounds the axis end up to 1, 2 or 5 times a power of ten. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

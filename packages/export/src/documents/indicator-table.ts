import type { Localizer } from '@tsmp/core';
import type { Indicator } from '@tsmp/schema';
import type { TableBlock, TableCell } from '../model/blocks.js';
import { cleanText, plain } from '../model/text.js';
import { formatDate } from './labels.js';

/** The annex table of indicators: number, name, unit, data source, calculation method, date it applies from. */
export function indicatorTable(indicators: readonly Indicator[], t: Localizer): TableBlock {
  return {
    type: 'table',
    numberRow: true,
    columns: [
      { header: t.format('export.indicators.col.number'), width: 6, align: 'center' },
      { header: t.format('export.indicators.col.name'), width: 20 },
      { header: t.format('export.indicators.col.unit'), width: 12, align: 'center' },
      { header: t.format('export.indicators.col.source'), width: 22 },
      { header: t.format('export.indicators.col.method'), width: 26 },
      { header: t.format('export.indicators.col.effectiveFrom'), width: 14, align: 'center' },
    ],
    rows: indicators.map((indicator) => ({
      kind: 'data' as const,
      at: `indicators[${indicator.id}]`,
      cells: [
        [plain(indicator.number)],
        [plain(cleanText(indicator.name))],
        [plain(t.format(`export.unit.${indicator.unit}`))],
        [plain(cleanText(indicator.dataSource.description))],
        methodCell(indicator, t),
        [plain(indicator.effectiveFrom ? formatDate(indicator.effectiveFrom, t.lang) : t.format('export.indicators.sinceEdition'))],
      ],
    })),
    emptyText: t.format('export.table.empty'),
  };
}

function methodCell(indicator: Indicator, t: Localizer): TableCell {
  const cell: TableCell = [plain(cleanText(indicator.method.wording))];
  if (indicator.method.formula) cell.push(plain(cleanText(t.format('export.indicators.formula', { formula: indicator.method.formula }))));
  return cell;
}

import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import type { ChartBlock } from '../../model/blocks.js';
import { CORRIDOR_COLOURS } from '../layout.js';
import { ALIGN, FONT, runs, SINGLE } from './runs.js';
import { twips } from './units.js';

const SIZE = 10;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * Draws a bar chart as an editable table: label, a bar made of a shaded
 * cell whose width is proportional to the value, and the value with its
 * target. Word and LibreOffice show it without any chart engine.
 */
export function docxChart(chart: ChartBlock, textWidthMm: number, pageBreakBefore: boolean): (Paragraph | Table)[] {
  const labelWidth = twips(textWidthMm * 0.3);
  const valueWidth = twips(textWidthMm * 0.2);
  const plotWidth = twips(textWidthMm) - labelWidth - valueWidth;
  const rows = chart.bars.map((bar, index) => {
    // Keep-with-next on every row but the last keeps the chart on one page.
    const keepNext = index < chart.bars.length - 1;
    const filled = Math.max(1, Math.round((Math.min(bar.value, chart.max) / chart.max) * plotWidth));
    const rest = plotWidth - filled;
    const valueText = bar.targetText === undefined ? bar.valueText : `${bar.valueText} (${chart.targetLabel}: ${bar.targetText})`;
    return new TableRow({
      cantSplit: true,
      children: [
        textCell(bar.label, labelWidth, 'right', keepNext),
        new TableCell({
          width: { size: plotWidth, type: WidthType.DXA },
          margins: { top: 30, bottom: 30, left: 0, right: 0 },
          children: [barTable(filled, rest, CORRIDOR_COLOURS[bar.colour])],
        }),
        textCell(valueText, valueWidth, 'left', keepNext),
      ],
    });
  });
  const legend = new Paragraph({
    spacing: { ...SINGLE, before: 60, after: 240 },
    children: chart.legend.flatMap((entry) => [
      new TextRun({ text: '\u00A0\u00A0\u00A0\u00A0', font: FONT, size: SIZE * 2, shading: { type: ShadingType.CLEAR, color: 'auto', fill: CORRIDOR_COLOURS[entry.colour] } }),
      new TextRun({ text: ` ${entry.label}\u00A0\u00A0\u00A0`, font: FONT, size: SIZE * 2 }),
    ]),
  });
  return [
    new Paragraph({ children: runs([{ text: chart.title, bold: true }], 12), keepNext: true, pageBreakBefore: pageBreakBefore || undefined, spacing: { ...SINGLE, before: 120, after: 60 } }),
    new Table({ rows, width: { size: twips(textWidthMm), type: WidthType.DXA }, columnWidths: [labelWidth, plotWidth, valueWidth], layout: TableLayoutType.FIXED, borders: NO_BORDERS }),
    legend,
  ];
}

function textCell(text: string, width: number, align: 'left' | 'right', keepNext: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [new Paragraph({ children: runs([{ text }], SIZE), alignment: ALIGN[align], keepNext, spacing: { ...SINGLE, after: 0 } })],
  });
}

/** Builds a one-row table: a shaded cell as wide as the value and an empty cell for the rest of the axis. */
function barTable(filled: number, rest: number, colour: string): Table {
  const cells = [
    new TableCell({
      width: { size: filled, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: colour },
      children: [new Paragraph({ children: [], spacing: { ...SINGLE, after: 0 } })],
    }),
  ];
  if (rest > 0) cells.push(new TableCell({ width: { size: rest, type: WidthType.DXA }, children: [new Paragraph({ children: [], spacing: { ...SINGLE, after: 0 } })] }));
  return new Table({
    rows: [new TableRow({ children: cells })],
    width: { size: filled + rest, type: WidthType.DXA },
    columnWidths: rest > 0 ? [filled, rest] : [filled],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

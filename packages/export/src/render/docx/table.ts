import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Alignment, TableBlock, TableCell as ModelCell } from '../../model/blocks.js';
import { hyphenate } from '../hyphenate.js';
import { columnWidths, PAGE } from '../layout.js';
import { ALIGN, runs, SINGLE } from './runs.js';
import { twips } from './units.js';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
export const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/**
 * Builds a table whose header rows repeat on every page (`tblHeader`) and
 * whose rows do not break across pages (`cantSplit`), followed by a short
 * paragraph so that two tables in a row do not merge.
 *
 * NOTE: Word lays out pages itself. The DOCX repeats the header on a new
 * page, but only the PDF writes «Продолжение таблицы» above it.
 */
export function docxTable(table: TableBlock, textWidthMm: number, textHeightMm: number): (Paragraph | Table)[] {
  const size = table.fontSize ?? PAGE.tablePt;
  if (table.rows.length === 0) {
    return table.emptyText ? [new Paragraph({ children: runs([{ text: table.emptyText }], PAGE.bodyPt), indent: { firstLine: twips(PAGE.indentMm) }, spacing: SINGLE })] : [];
  }

  const widths = columnWidths(table.columns.map((column) => column.width), textWidthMm).map(twips);
  const centred = table.columns.map(() => 'center' as const);
  const rows: TableRow[] = [row(table.columns.map((column) => [[{ text: column.header, bold: true }]]), widths, centred, size, true)];
  if (table.numberRow) rows.push(row(table.columns.map((_, index) => [[{ text: String(index + 1) }]]), widths, centred, size, true));
  rows.push(...bodyRows(table, widths, size, textHeightMm));

  const out: (Paragraph | Table)[] = [];
  if (table.caption) out.push(new Paragraph({ children: runs([{ text: table.caption, bold: true }], PAGE.bodyPt), alignment: ALIGN.center, keepNext: true, spacing: SINGLE }));
  out.push(
    new Table({
      rows,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
    }),
  );
  out.push(new Paragraph({ children: [], spacing: { ...SINGLE, after: 120 } }));
  return out;
}

function bodyRows(table: TableBlock, widths: readonly number[], size: number, textHeightMm: number): TableRow[] {
  const aligns = table.columns.map((column) => column.align ?? 'left');
  return table.rows.map((entry) => {
    if (entry.kind === 'group') return groupRow(entry.text, table.columns.length, widths, size);
    // A row longer than a page must break, or Word and LibreOffice cut it off at the page end.
    const fits = estimatedHeightMm(entry.cells, widths, size) < textHeightMm * 0.8;
    return row(entry.cells, widths, aligns, size, false, fits);
  });
}

function groupRow(text: string, span: number, widths: readonly number[], size: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' },
        margins: MARGINS,
        children: [new Paragraph({ children: runs([{ text, bold: true }], size), keepNext: true, spacing: { ...SINGLE, after: 0 } })],
      }),
    ],
  });
}

function row(cells: readonly ModelCell[], widths: readonly number[], aligns: readonly Alignment[], size: number, header: boolean, keepWhole = true): TableRow {
  return new TableRow({
    tableHeader: header || undefined,
    cantSplit: keepWhole || undefined,
    children: widths.map((width, column) => cell(cells[column] ?? [], width, aligns[column] ?? 'left', size)),
  });
}

function cell(content: ModelCell, width: number, align: Alignment, size: number): TableCell {
  const paragraphs = (content.length === 0 ? [[]] : content).map(
    (paragraph) =>
      new Paragraph({
        children: runs(paragraph.map((inline) => ({ ...inline, text: hyphenate(inline.text) })), size),
        alignment: ALIGN[align],
        spacing: { ...SINGLE, after: 0 },
      }),
  );
  return new TableCell({ width: { size: width, type: WidthType.DXA }, margins: MARGINS, verticalAlign: VerticalAlignTable.TOP, children: paragraphs });
}

/**
 * Estimates the height of a row from its text: Times New Roman averages
 * about half an em per character, and a line is 1.15 em high. An estimate
 * is enough, because it only decides whether a row may break.
 */
function estimatedHeightMm(cells: readonly ModelCell[], widthsTwips: readonly number[], sizePt: number): number {
  const charMm = (sizePt * 0.5 * 25.4) / 72;
  const lineMm = (sizePt * 1.15 * 25.4) / 72;
  let tallest = 0;
  cells.forEach((cell, column) => {
    const widthMm = ((widthsTwips[column] ?? 0) * 25.4) / 1440 - 3;
    const perLine = Math.max(1, Math.floor(widthMm / charMm));
    const lines = cell.reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.reduce((length, inline) => length + inline.text.length, 0) / perLine)), 0);
    tallest = Math.max(tallest, lines * lineMm);
  });
  return tallest;
}

import type { RichText, TableBlock, TableCell, TableRow } from '../../model/blocks.js';
import { columnWidths, mm, PAGE } from '../layout.js';
import { hyphenate } from '../hyphenate.js';
import type { PdfCanvas } from './context.js';

const PAD_X = 3;
const PAD_Y = 2.5;
const PARAGRAPH_GAP = 2;
const GROUP_FILL = '#EDEDED';

interface Layout {
  x: number[];
  widths: number[];
  size: number;
}

/**
 * Draws a table with its header row (and the row of column numbers) repeated
 * on every page. Rows are never split: a row that does not fit goes to the
 * next page, which starts with «Продолжение таблицы» and the header again.
 */
export function drawTable(canvas: PdfCanvas, table: TableBlock, at: string): void {
  if (table.rows.length === 0) {
    if (table.emptyText) canvas.draw([{ text: table.emptyText }], { x: canvas.left, width: canvas.width, indent: mm(PAGE.indentMm), size: PAGE.bodyPt }, canvas.doc.y, at);
    canvas.doc.y += PAGE.bodyPt * 0.5;
    return;
  }
  const layout = layoutOf(canvas, table);
  const size = layout.size;
  if (table.caption) {
    canvas.draw([{ text: table.caption, bold: true }], { x: canvas.left, width: canvas.width, align: 'center', size: PAGE.bodyPt }, canvas.doc.y, at);
    canvas.doc.y += 4;
  }
  canvas.ensureSpace(leadHeight(canvas, table, layout));
  drawHeader(canvas, table, layout, at);

  table.rows.forEach((row, index) => {
    const rowAt = row.at ?? `${at}.rows[${index}]`;
    const height = measureRow(canvas, table, row, layout);
    // A group row stays on the page of the first row it heads.
    const next = table.rows[index + 1];
    const needed = row.kind === 'group' && next ? height + measureRow(canvas, table, next, layout) : height;
    if (canvas.doc.y + needed > canvas.bottom) {
      // NOTE: a row taller than a whole page is drawn past the bottom margin,
      // because this renderer keeps rows whole and has no way to split one.
      canvas.doc.addPage();
      canvas.draw([{ text: canvas.continuedLabel, italic: true }], { x: canvas.left, width: canvas.width, align: 'right', size }, canvas.doc.y, at);
      canvas.doc.y += 2;
      drawHeader(canvas, table, layout, at);
    }
    drawRow(canvas, table, row, layout, height, rowAt);
  });
  canvas.doc.y += PAGE.bodyPt * 0.6;
}

/** Height of the part of a table that must start on one page: the header and the first row (two when the first is a group row). */
export function tableLeadHeight(canvas: PdfCanvas, table: TableBlock): number {
  if (table.rows.length === 0) return PAGE.bodyPt * 2;
  return leadHeight(canvas, table, layoutOf(canvas, table));
}

function layoutOf(canvas: PdfCanvas, table: TableBlock): Layout {
  const widths = columnWidths(table.columns.map((column) => column.width), canvas.width);
  const x: number[] = [];
  widths.reduce((left, width) => (x.push(left), left + width), canvas.left);
  return { x, widths, size: table.fontSize ?? PAGE.tablePt };
}

function leadHeight(canvas: PdfCanvas, table: TableBlock, layout: Layout): number {
  const [first, second] = table.rows;
  let height = measureHeader(canvas, table, layout);
  if (first) height += measureRow(canvas, table, first, layout);
  if (first?.kind === 'group' && second) height += measureRow(canvas, table, second, layout);
  return height;
}

function headerCells(table: TableBlock): TableCell[] {
  return table.columns.map((column) => [[{ text: column.header, bold: true }]]);
}

function numberCells(table: TableBlock): TableCell[] {
  return table.columns.map((_, index) => [[{ text: String(index + 1) }]]);
}

function measureHeader(canvas: PdfCanvas, table: TableBlock, layout: Layout): number {
  const header = measureCells(canvas, headerCells(table), layout);
  return table.numberRow ? header + measureCells(canvas, numberCells(table), layout) : header;
}

function drawHeader(canvas: PdfCanvas, table: TableBlock, layout: Layout, at: string): void {
  const all = table.columns.map(() => 'center' as const);
  drawCells(canvas, headerCells(table), layout, measureCells(canvas, headerCells(table), layout), all, `${at}.header`);
  if (table.numberRow) drawCells(canvas, numberCells(table), layout, measureCells(canvas, numberCells(table), layout), all, `${at}.header`);
}

function measureRow(canvas: PdfCanvas, table: TableBlock, row: TableRow, layout: Layout): number {
  if (row.kind === 'group') {
    const width = layout.widths.reduce((a, b) => a + b, 0) - 2 * PAD_X;
    return canvas.measure([{ text: row.text, bold: true }], { x: 0, width, size: layout.size }) + 2 * PAD_Y;
  }
  return measureCells(canvas, row.cells, layout);
}

function drawRow(canvas: PdfCanvas, table: TableBlock, row: TableRow, layout: Layout, height: number, at: string): void {
  if (row.kind === 'group') {
    const y = canvas.doc.y;
    const width = layout.widths.reduce((a, b) => a + b, 0);
    const left = layout.x[0] ?? canvas.left;
    canvas.doc.save().rect(left, y, width, height).fill(GROUP_FILL).restore();
    canvas.doc.lineWidth(0.5).rect(left, y, width, height).stroke();
    withoutPageBreaks(canvas, () => canvas.draw([{ text: row.text, bold: true }], { x: left + PAD_X, width: width - 2 * PAD_X, size: layout.size }, y + PAD_Y, at));
    canvas.doc.y = y + height;
    return;
  }
  const aligns = table.columns.map((column) => column.align ?? 'left');
  drawCells(canvas, row.cells, layout, height, aligns, at);
}

function measureCells(canvas: PdfCanvas, cells: readonly TableCell[], layout: Layout): number {
  let tallest = 0;
  cells.forEach((cell, column) => {
    const width = (layout.widths[column] ?? 0) - 2 * PAD_X;
    let height = 0;
    for (const paragraph of prepared(cell)) {
      height += canvas.measure(paragraph, { x: 0, width, size: layout.size }) + PARAGRAPH_GAP;
    }
    tallest = Math.max(tallest, height - PARAGRAPH_GAP);
  });
  return Math.max(tallest, layout.size) + 2 * PAD_Y;
}

function drawCells(
  canvas: PdfCanvas,
  cells: readonly TableCell[],
  layout: Layout,
  height: number,
  aligns: readonly ('justify' | 'left' | 'center' | 'right')[],
  at: string,
): void {
  const y = canvas.doc.y;
  canvas.doc.lineWidth(0.5);
  layout.widths.forEach((width, column) => {
    const x = layout.x[column] ?? 0;
    canvas.doc.rect(x, y, width, height).stroke();
    let top = y + PAD_Y;
    const cell = cells[column] ?? [];
    for (const paragraph of prepared(cell)) {
      const box = { x: x + PAD_X, width: width - 2 * PAD_X, size: layout.size, align: aligns[column] ?? 'left' };
      withoutPageBreaks(canvas, () => canvas.draw(paragraph, box, top, `${at}.cells[${column}]`));
      top = canvas.doc.y + PARAGRAPH_GAP;
    }
  });
  canvas.doc.y = y + height;
}

/** Cell paragraphs with soft hyphens in long words, header cells included. */
function prepared(cell: TableCell): RichText[] {
  const paragraphs = cell.length === 0 ? [[]] : cell;
  return paragraphs.map((paragraph) => paragraph.map((inline) => ({ ...inline, text: hyphenate(inline.text) })));
}

/**
 * Runs a drawing step with the bottom margin lifted, so that pdfkit never
 * starts a page inside a cell. The table code has already made room for the row.
 */
function withoutPageBreaks(canvas: PdfCanvas, draw: () => void): void {
  const margins = canvas.doc.page.margins;
  const bottom = margins.bottom;
  margins.bottom = 0;
  try {
    draw();
  } finally {
    margins.bottom = bottom;
  }
}

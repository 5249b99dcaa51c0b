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
 * on every page. A row that does not fit goes whole to the next page, which
 * starts with «Продолжение таблицы» and the header again. Only a row taller
 * than a whole page is split, at a word boundary.
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

  const continuePage = () => {
    canvas.doc.addPage();
    canvas.draw([{ text: canvas.continuedLabel, italic: true }], { x: canvas.left, width: canvas.width, align: 'right', size }, canvas.doc.y, at);
    canvas.doc.y += 2;
    drawHeader(canvas, table, layout, at);
  };
  const room = pageRoom(canvas, layout, measureHeader(canvas, table, layout));

  table.rows.forEach((row, index) => {
    const rowAt = row.at ?? `${at}.rows[${index}]`;
    let pending: TableRow | undefined = row;
    // Set right after a new page is started, so a row that still does not fit is split instead of moved again.
    let fresh = false;
    while (pending) {
      const height = measureRow(canvas, table, pending, layout);
      // A group row stays on the page of the first row it heads.
      const next = table.rows[index + 1];
      const needed = pending.kind === 'group' && next ? height + leadOf(measureRow(canvas, table, next, layout), layout, room) : height;
      if (canvas.doc.y + needed <= canvas.bottom) {
        drawRow(canvas, table, pending, layout, height, rowAt);
        break;
      }
      if (!fresh && (needed <= room || pending.kind === 'group')) {
        continuePage();
        fresh = true;
        continue;
      }
      if (pending.kind === 'group') {
        drawRow(canvas, table, pending, layout, height, rowAt);
        break;
      }
      // Only a row taller than a whole page is split: its first part fills this page.
      const [head, tail] = splitRow(canvas, pending.cells, layout, canvas.bottom - canvas.doc.y - 2 * PAD_Y);
      if (!head && fresh) {
        // Not one line fits on an empty page (a margin smaller than a line): draw the row as it is.
        drawRow(canvas, table, pending, layout, height, rowAt);
        break;
      }
      if (head) drawRow(canvas, table, { kind: 'data', cells: head }, layout, measureCells(canvas, head, layout), rowAt);
      continuePage();
      fresh = true;
      pending = { kind: 'data', cells: tail };
    }
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
  const header = measureHeader(canvas, table, layout);
  const room = pageRoom(canvas, layout, header);
  let height = header;
  if (first) height += leadOf(measureRow(canvas, table, first, layout), layout, room);
  if (first?.kind === 'group' && second) height += leadOf(measureRow(canvas, table, second, layout), layout, room);
  return height;
}

/** Room for rows on a page that holds only the continuation label and the header. */
function pageRoom(canvas: PdfCanvas, layout: Layout, header: number): number {
  return canvas.bottom - canvas.top - layout.size * 1.5 - header;
}

/**
 * Height of a row that must fit next to what precedes it. A row taller than
 * a page is split anyway, so only its first three lines count.
 */
function leadOf(height: number, layout: Layout, room: number): number {
  return height > room ? layout.size * 3.6 + 2 * PAD_Y : height;
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
    tallest = Math.max(tallest, measureParagraphs(canvas, cell, width, layout.size));
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

/**
 * Splits the cells of a row so that the first part fits in `room` points.
 * Returns no first part when not even one line of every cell fits.
 */
function splitRow(canvas: PdfCanvas, cells: readonly TableCell[], layout: Layout, room: number): [TableCell[] | undefined, TableCell[]] {
  const heads: TableCell[] = [];
  const tails: TableCell[] = [];
  cells.forEach((cell, column) => {
    const width = (layout.widths[column] ?? 0) - 2 * PAD_X;
    const [head, tail] = splitCell(canvas, cell, width, layout.size, room);
    heads.push(head);
    tails.push(tail);
  });
  const empty = heads.every((cell) => cell.length === 0);
  return [empty ? undefined : heads, tails];
}

function splitCell(canvas: PdfCanvas, cell: TableCell, width: number, size: number, room: number): [TableCell, TableCell] {
  const fits = (paragraphs: TableCell) => measureParagraphs(canvas, paragraphs, width, size) <= room;
  let whole = 0;
  while (whole < cell.length && fits(cell.slice(0, whole + 1))) whole += 1;
  if (whole === cell.length) return [cell, []];

  // The next paragraph is split by words: the longest run of its first words that still fits.
  const words = wordsOf(cell[whole] ?? []);
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits([...cell.slice(0, whole), words.slice(0, middle)])) low = middle;
    else high = middle - 1;
  }
  const head = low > 0 ? [...cell.slice(0, whole), words.slice(0, low)] : cell.slice(0, whole);
  const rest = words.slice(low);
  const tail = rest.length > 0 ? [trimStart(rest), ...cell.slice(whole + 1)] : cell.slice(whole + 1);
  return [head, tail];
}

/** Splits a paragraph into runs of one word or one space each, keeping every run's style. */
function wordsOf(paragraph: RichText): RichText {
  return paragraph.flatMap((inline) => inline.text.split(/(\s+)/u).filter((piece) => piece !== '').map((piece) => ({ ...inline, text: piece })));
}

function trimStart(runs: RichText): RichText {
  const first = runs[0];
  return first && first.text.trim() === '' ? runs.slice(1) : runs;
}

function measureParagraphs(canvas: PdfCanvas, paragraphs: TableCell, width: number, size: number): number {
  let height = 0;
  for (const paragraph of prepared(paragraphs)) height += canvas.measure(paragraph, { x: 0, width, size }) + PARAGRAPH_GAP;
  return height - PARAGRAPH_GAP;
}

import type { AnnexMarkBlock, Block, HeadingBlock, ParagraphBlock, PointBlock, RichText, TitleBlock } from '../../model/blocks.js';
import { hyphenate } from '../hyphenate.js';
import { mm, PAGE } from '../layout.js';
import type { PdfCanvas } from './context.js';
import { drawChart } from './chart.js';
import { drawTable, tableLeadHeight } from './table.js';

const BODY = PAGE.bodyPt;
/** Space after a paragraph, in points. */
const AFTER = 3;

/** Draws one block at the current position, starting new pages as needed. */
export function drawBlock(canvas: PdfCanvas, block: Block, index: number, next: Block | undefined): void {
  const at = block.at ?? `#${index + 1}`;
  switch (block.type) {
    case 'annexMark':
      return drawAnnexMark(canvas, block, at);
    case 'title':
      return drawTitle(canvas, block, at, followingHeight(canvas, next));
    case 'heading':
      return drawHeading(canvas, block, at, followingHeight(canvas, next));
    case 'paragraph':
      return drawParagraph(canvas, block, at);
    case 'point':
      return drawPoint(canvas, block, at);
    case 'pageBreak':
      if (!canvas.atPageTop()) canvas.doc.addPage();
      return;
    case 'table':
      return drawTable(canvas, block, at);
    case 'chart':
      return drawChart(canvas, block, at);
  }
}

function drawAnnexMark(canvas: PdfCanvas, block: AnnexMarkBlock, at: string): void {
  const width = Math.min(mm(PAGE.markWidthMm), canvas.width);
  const box = { x: canvas.right - width, width, size: BODY, align: 'left' as const };
  for (const line of block.lines) {
    canvas.draw([{ text: line }], box, canvas.doc.y, at);
  }
  canvas.doc.y += BODY * 1.5;
}

/** Height of the start of the next block that a title or heading must share its page with. */
function followingHeight(canvas: PdfCanvas, next: Block | undefined): number {
  if (next?.type === 'table') return tableLeadHeight(canvas, next);
  if (next?.type === 'chart') return PAGE.bodyPt * 6;
  return PAGE.bodyPt * 3.5;
}

function drawTitle(canvas: PdfCanvas, block: TitleBlock, at: string, following: number): void {
  const box = { x: canvas.left, width: canvas.width, align: 'center' as const, size: BODY };
  const title = [{ text: block.text.toLocaleUpperCase('ru'), bold: true }];
  const subtitle = block.subtitle ? canvas.measure([{ text: block.subtitle }], box) : 0;
  canvas.ensureSpace(canvas.measure(title, box) + subtitle + BODY + following);
  canvas.draw(title, box, canvas.doc.y, at);
  if (block.subtitle) {
    canvas.doc.y += AFTER;
    canvas.draw([{ text: block.subtitle }], box, canvas.doc.y, at);
  }
  canvas.doc.y += BODY;
}

function drawHeading(canvas: PdfCanvas, block: HeadingBlock, at: string, following: number): void {
  const box = { x: canvas.left, width: canvas.width, align: 'center' as const, size: BODY };
  const text = [{ text: block.numeral ? `${block.numeral}. ${block.text}` : block.text, bold: true }];
  canvas.ensureSpace(canvas.measure(text, box) + BODY * 1.1 + following);
  if (!canvas.atPageTop()) canvas.doc.y += BODY * 0.6;
  canvas.draw(text, box, canvas.doc.y, at);
  canvas.doc.y += BODY * 0.5;
}

/** Body text with soft hyphens, so justified lines do not open wide gaps between words. */
function hyphenated(content: RichText): RichText {
  return content.map((inline) => ({ ...inline, text: hyphenate(inline.text) }));
}

function drawParagraph(canvas: PdfCanvas, block: ParagraphBlock, at: string): void {
  const box = {
    x: canvas.left,
    width: canvas.width,
    align: block.align ?? 'justify',
    indent: block.indent === false ? 0 : mm(PAGE.indentMm),
    size: BODY,
  };
  const content = hyphenated(block.content);
  canvas.ensureSpace(twoLines(canvas));
  canvas.draw(content, box, canvas.doc.y, at);
  canvas.doc.y += AFTER;
}

function drawPoint(canvas: PdfCanvas, block: PointBlock, at: string): void {
  const number = block.level === 1 ? `${block.number} ` : `${block.number}. `;
  const content = [{ text: number }, ...hyphenated(block.content)];
  const box = { x: canvas.left, width: canvas.width, align: 'justify' as const, indent: mm(PAGE.indentMm), size: BODY };
  canvas.ensureSpace(twoLines(canvas));
  canvas.draw(content, box, canvas.doc.y, at);
  canvas.doc.y += AFTER;
}

/**
 * Room a paragraph needs at the bottom of a page: two lines, so that no
 * single first line is left behind. Measuring the whole paragraph would lay
 * it out twice, which costs a third of the time of a long document.
 */
function twoLines(canvas: PdfCanvas): number {
  canvas.use('regular', BODY);
  return canvas.doc.currentLineHeight(true) * 2;
}

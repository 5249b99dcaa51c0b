import { Paragraph, Table } from 'docx';
import type { Alignment, Block, RichText } from '../../model/blocks.js';
import { PAGE, textHeightMm, textWidthMm } from '../layout.js';
import { docxChart } from './chart.js';
import { ALIGN, runs, SINGLE } from './runs.js';
import { docxTable } from './table.js';
import { twips } from './units.js';

interface ParagraphSpec {
  content: RichText;
  align?: Alignment;
  firstLine?: number;
  left?: number;
  keepNext?: boolean;
  before?: number;
  after?: number;
  pageBreakBefore: boolean;
}

function paragraph(spec: ParagraphSpec): Paragraph {
  return new Paragraph({
    children: runs(spec.content, PAGE.bodyPt),
    alignment: ALIGN[spec.align ?? 'justify'],
    indent: { firstLine: spec.firstLine, left: spec.left },
    keepNext: spec.keepNext,
    pageBreakBefore: spec.pageBreakBefore || undefined,
    spacing: { ...SINGLE, before: spec.before ?? 0, after: spec.after ?? 60 },
  });
}

/**
 * Converts blocks to DOCX paragraphs and tables. A page break becomes
 * `pageBreakBefore` of the next paragraph, so no empty line opens the page.
 */
export function docxBlocks(blocks: readonly Block[], orientation: 'portrait' | 'landscape', onBlock: (index: number) => void): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const widthMm = textWidthMm(orientation);
  let breakPending = false;
  const take = () => {
    const value = breakPending;
    breakPending = false;
    return value;
  };
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'pageBreak':
        breakPending = out.length > 0;
        break;
      case 'annexMark':
        block.lines.forEach((line, lineIndex) => {
          const last = lineIndex === block.lines.length - 1;
          out.push(paragraph({ content: [{ text: line }], align: 'left', left: twips(widthMm - PAGE.markWidthMm), after: last ? 480 : 0, pageBreakBefore: take() }));
        });
        break;
      case 'title':
        out.push(paragraph({ content: [{ text: block.text.toLocaleUpperCase('ru'), bold: true }], align: 'center', keepNext: true, after: block.subtitle ? 60 : 240, pageBreakBefore: take() }));
        if (block.subtitle) out.push(paragraph({ content: [{ text: block.subtitle }], align: 'center', keepNext: true, after: 240, pageBreakBefore: false }));
        break;
      case 'heading': {
        const text = block.numeral ? `${block.numeral}. ${block.text}` : block.text;
        out.push(paragraph({ content: [{ text, bold: true }], align: 'center', keepNext: true, before: 200, after: 120, pageBreakBefore: take() }));
        break;
      }
      case 'paragraph':
        out.push(paragraph({ content: block.content, align: block.align, firstLine: block.indent === false ? undefined : twips(PAGE.indentMm), pageBreakBefore: take() }));
        break;
      case 'point': {
        const number = block.level === 1 ? `${block.number} ` : `${block.number}. `;
        out.push(paragraph({ content: [{ text: number }, ...block.content], firstLine: twips(PAGE.indentMm), pageBreakBefore: take() }));
        break;
      }
      case 'table':
        if (take()) out.push(new Paragraph({ children: [], pageBreakBefore: true, spacing: { ...SINGLE, after: 0 } }));
        out.push(...docxTable(block, widthMm, textHeightMm(orientation)));
        break;
      case 'chart':
        out.push(...docxChart(block, widthMm, take()));
        break;
    }
    onBlock(index);
  });
  return out;
}

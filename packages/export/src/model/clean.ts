import type { Block, ExportDocument, RichText, TableRow } from './blocks.js';
import { cleanText } from './text.js';

function cleanRich(content: RichText): RichText {
  return content.map((inline) => ({ ...inline, text: cleanText(inline.text) }));
}

function cleanRow(row: TableRow): TableRow {
  if (row.kind === 'group') return { ...row, text: cleanText(row.text) };
  return { ...row, cells: row.cells.map((cell) => cell.map(cleanRich)) };
}

function cleanBlock(block: Block): Block {
  switch (block.type) {
    case 'annexMark':
      return { ...block, lines: block.lines.map(cleanText) };
    case 'title':
      return { ...block, text: cleanText(block.text), subtitle: block.subtitle === undefined ? undefined : cleanText(block.subtitle) };
    case 'heading':
      return { ...block, text: cleanText(block.text) };
    case 'paragraph':
    case 'point':
      return { ...block, content: cleanRich(block.content) };
    case 'table':
      return { ...block, caption: block.caption === undefined ? undefined : cleanText(block.caption), columns: block.columns.map((column) => ({ ...column, header: cleanText(column.header) })), rows: block.rows.map(cleanRow) };
    case 'chart':
      return { ...block, title: cleanText(block.title), bars: block.bars.map((bar) => ({ ...bar, label: cleanText(bar.label) })) };
    case 'pageBreak':
      return block;
  }
}

/**
 * Runs every text of a document through `cleanText`, so that a document
 * built by hand or by another package renders as safely as one from the builders.
 */
export function cleanDocument(document: ExportDocument): ExportDocument {
  return { ...document, title: cleanText(document.title), blocks: document.blocks.map(cleanBlock) };
}

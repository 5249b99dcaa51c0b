import type { Block, ChartBlock, ExportDocument, RichText, TableBlock, TableCell } from '../model/blocks.js';
import type { RenderOptions } from './options.js';
import { cleanDocument } from '../model/clean.js';

const BAR_STEPS = 20;

/** Escapes characters Markdown would read as markup, so the text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`);
}

/**
 * Renders a document as Markdown (CommonMark with GFM tables) for review in
 * git: one paragraph per line, point numbers escaped so no renderer renumbers them.
 */
export function renderMarkdown(input: ExportDocument, options: RenderOptions = {}): string {
  const document = cleanDocument(input);
  const parts: string[] = [];
  document.blocks.forEach((block, index) => {
    const text = blockMarkdown(block);
    if (text !== '') parts.push(text);
    options.onProgress?.(index + 1, document.blocks.length);
  });
  return `${parts.join('\n\n')}\n`;
}

function inline(content: RichText): string {
  return content
    .map((run) => {
      if (run.text.trim() === '') return run.text;
      let text = escapeMarkdown(run.text).replace(/\n/g, '  \n');
      // Markers go inside the surrounding spaces, or CommonMark does not read them as emphasis.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? [];
      text = core;
      if (run.bold || run.mark === 'inserted') text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      if (run.mark === 'deleted') text = `~~${text}~~`;
      return `${lead}${text}${trail}`;
    })
    .join('');
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'annexMark':
      return block.lines.map((line) => `> ${escapeMarkdown(line)}`).join('\n');
    case 'title':
      return block.subtitle ? `# ${escapeMarkdown(block.text.toLocaleUpperCase('ru'))}\n\n${escapeMarkdown(block.subtitle)}` : `# ${escapeMarkdown(block.text.toLocaleUpperCase('ru'))}`;
    case 'heading':
      return `## ${escapeMarkdown(block.numeral ? `${block.numeral}. ${block.text}` : block.text)}`;
    case 'paragraph':
      return inline(block.content);
    case 'point': {
      // «7.» and «1)» at the start of a line would become list items: escape the mark.
      const number = block.level === 1 ? `${escapeMarkdown(block.number.replace(/\)$/, ''))}\\)` : `${escapeMarkdown(block.number)}\\.`;
      return `${block.level === 1 ? '&emsp;' : ''}${number} ${inline(block.content)}`;
    }
    case 'pageBreak':
      return '---';
    case 'table':
      return tableMarkdown(block);
    case 'chart':
      return chartMarkdown(block);
  }
}

function cellMarkdown(cell: TableCell): string {
  return cell.map((paragraph) => inline(paragraph).replace(/ {2}\n/g, '<br>')).join('<br>');
}

function tableMarkdown(table: TableBlock): string {
  if (table.rows.length === 0) return table.emptyText ? escapeMarkdown(table.emptyText) : '';
  const header = `| ${table.columns.map((column) => escapeMarkdown(column.header)).join(' | ')} |`;
  const rule = `|${table.columns.map((column) => (column.align === 'center' ? ':---:' : '---')).join('|')}|`;
  const rows = table.rows.map((row) => {
    if (row.kind === 'group') return `| **${escapeMarkdown(row.text)}** |${' |'.repeat(table.columns.length - 1)}`;
    return `| ${table.columns.map((_, index) => cellMarkdown(row.cells[index] ?? [])).join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

/** Writes the chart as a table with a bar of block characters proportional to the value. */
function chartMarkdown(chart: ChartBlock): string {
  const rows = chart.bars.map((bar) => {
    const steps = Math.round((Math.max(0, Math.min(bar.value, chart.max)) / chart.max) * BAR_STEPS);
    const target = bar.targetText ? ` (${escapeMarkdown(chart.targetLabel)}: ${escapeMarkdown(bar.targetText)})` : '';
    return `| ${escapeMarkdown(bar.label)} | \`${'█'.repeat(steps)}${'·'.repeat(BAR_STEPS - steps)}\` | ${escapeMarkdown(bar.valueText)}${target} | ${escapeMarkdown(chart.legend.find((entry) => entry.colour === bar.colour)?.label ?? '—')} |`;
  });
  return [`**${escapeMarkdown(chart.title)}**`, '', '| | | | |', '|---|---|---|---|', ...rows].join('\n');
}

import type { Block, ChartBlock, ExportDocument, RichText, TableBlock, TableCell } from '../model/blocks.js';
import { hyphenate } from './hyphenate.js';
import { CORRIDOR_COLOURS, PAGE, textWidthMm } from './layout.js';
import type { RenderOptions } from './options.js';
import { cleanDocument } from '../model/clean.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Renders a document as one self-contained HTML page whose print layout follows the DOCX and PDF. */
export function renderHtml(input: ExportDocument, options: RenderOptions = {}): string {
  const document = cleanDocument(input);
  const state: BreakState = { pending: false };
  const body = document.blocks.map((block, index) => {
    const html = blockHtml(block, state);
    options.onProgress?.(index + 1, document.blocks.length);
    return html;
  });
  const page = document.orientation === 'landscape' ? 'A4 landscape' : 'A4';
  return [
    '<!DOCTYPE html>',
    `<html lang="${document.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${styles(page, document.orientation)}</style>`,
    '</head>',
    `<body class="${document.kind}">`,
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function styles(page: string, orientation: 'portrait' | 'landscape'): string {
  return [
    `@page { size: ${page}; margin: ${PAGE.marginTopMm}mm ${PAGE.marginRightMm}mm ${PAGE.marginBottomMm}mm ${PAGE.marginLeftMm}mm; }`,
    `body { font-family: "Times New Roman", "PT Serif", serif; font-size: ${PAGE.bodyPt}pt; line-height: 1.2; max-width: ${textWidthMm(orientation)}mm; margin: 2em auto; }`,
    `.annex-mark { margin-left: auto; width: ${PAGE.markWidthMm}mm; margin-bottom: 1.5em; }`,
    'h1 { font-size: inherit; text-align: center; text-transform: uppercase; margin: 0 0 0.2em; }',
    '.subtitle { text-align: center; margin: 0 0 1em; }',
    'h2 { font-size: inherit; text-align: center; margin: 1em 0 0.5em; }',
    `p { margin: 0 0 0.2em; text-align: justify; }`,
    `p.indent, p.point { text-indent: ${PAGE.indentMm}mm; }`,
    '.page-break { break-before: page; }',
    `table { border-collapse: collapse; width: 100%; font-size: ${PAGE.tablePt}pt; margin: 0.5em 0 1em; hyphens: manual; }`,
    'th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }',
    'th { text-align: center; }',
    'thead { display: table-header-group; }',
    'tr { break-inside: avoid; }',
    'tr.group td { background: #ededed; font-weight: bold; }',
    'td p { margin: 0; text-indent: 0; text-align: inherit; }',
    'del { text-decoration: line-through; }',
    'ins { text-decoration: underline; font-weight: bold; }',
    '.chart { margin: 0.5em 0 1.5em; }',
    '.chart figcaption { font-weight: bold; font-size: 12pt; }',
  ].join('\n');
}

function inlineHtml(content: RichText, hyphens = false): string {
  return content
    .map((inline) => {
      let html = escapeHtml(hyphens ? hyphenate(inline.text) : inline.text).replace(/\n/g, '<br>');
      if (inline.bold && inline.mark !== 'inserted') html = `<b>${html}</b>`;
      if (inline.italic) html = `<i>${html}</i>`;
      if (inline.mark === 'inserted') html = `<ins>${html}</ins>`;
      if (inline.mark === 'deleted') html = `<del>${html}</del>`;
      return html;
    })
    .join('');
}

/** Set by a page break block and taken by the next element, which starts the new page. */
interface BreakState {
  pending: boolean;
}

function opener(state: BreakState) {
  return (tag: string, classes: string[]): string => {
    if (state.pending) classes.push('page-break');
    state.pending = false;
    return classes.length > 0 ? `<${tag} class="${classes.join(' ')}">` : `<${tag}>`;
  };
}

function blockHtml(block: Block, state: BreakState): string {
  const opening = opener(state);
  switch (block.type) {
    case 'annexMark':
      return `${opening('div', ['annex-mark'])}${block.lines.map((line) => escapeHtml(line)).join('<br>')}</div>`;
    case 'title': {
      const subtitle = block.subtitle ? `\n<p class="subtitle">${escapeHtml(block.subtitle)}</p>` : '';
      return `${opening('h1', [])}${escapeHtml(block.text)}</h1>${subtitle}`;
    }
    case 'heading':
      return `${opening('h2', [])}${escapeHtml(block.numeral ? `${block.numeral}. ${block.text}` : block.text)}</h2>`;
    case 'paragraph':
      return `${opening('p', block.indent === false ? [] : ['indent'])}${inlineHtml(block.content)}</p>`;
    case 'point':
      return `${opening('p', ['point'])}${escapeHtml(block.level === 1 ? `${block.number} ` : `${block.number}. `)}${inlineHtml(block.content)}</p>`;
    case 'pageBreak':
      state.pending = true;
      return '';
    case 'table':
      return tableHtml(block, opening);
    case 'chart':
      return chartHtml(block, opening);
  }
}

function cellHtml(cell: TableCell): string {
  if (cell.length <= 1) return inlineHtml(cell[0] ?? [], true);
  return cell.map((paragraph) => `<p>${inlineHtml(paragraph, true)}</p>`).join('');
}

function tableHtml(table: TableBlock, opening: ReturnType<typeof opener>): string {
  if (table.rows.length === 0) return table.emptyText ? `${opening('p', ['indent'])}${escapeHtml(table.emptyText)}</p>` : '';
  const total = table.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const cols = table.columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(1)}%">`).join('');
  const header = `<tr>${table.columns.map((column) => `<th>${escapeHtml(hyphenate(column.header))}</th>`).join('')}</tr>`;
  const numbers = table.numberRow ? `<tr>${table.columns.map((_, index) => `<th>${index + 1}</th>`).join('')}</tr>` : '';
  const rows = table.rows.map((row) => {
    if (row.kind === 'group') return `<tr class="group"><td colspan="${table.columns.length}">${escapeHtml(row.text)}</td></tr>`;
    const cells = table.columns.map((column, index) => {
      const style = column.align && column.align !== 'left' ? ` style="text-align:${column.align}"` : '';
      return `<td${style}>${cellHtml(row.cells[index] ?? [])}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  return `${opening('table', [])}${caption}<colgroup>${cols}</colgroup>\n<thead>${header}${numbers}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** Draws the chart as inline SVG: bars coloured by corridor, the target as a dark tick, an axis and a legend. */
function chartHtml(chart: ChartBlock, opening: ReturnType<typeof opener>): string {
  const width = 640;
  const labelWidth = 200;
  const valueWidth = 80;
  const plot = width - labelWidth - valueWidth - 10;
  const rowHeight = 22;
  const top = 4;
  const axisY = top + chart.bars.length * rowHeight;
  const height = axisY + 44;
  const x = (value: number) => labelWidth + 6 + (Math.max(0, Math.min(value, chart.max)) / chart.max) * plot;

  const parts: string[] = [];
  chart.bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    parts.push(`<text x="${labelWidth}" y="${y + 14}" text-anchor="end">${escapeHtml(bar.label)}</text>`);
    parts.push(`<rect x="${labelWidth + 6}" y="${y + 3}" width="${(x(bar.value) - labelWidth - 6).toFixed(1)}" height="14" fill="#${CORRIDOR_COLOURS[bar.colour]}"/>`);
    if (bar.target !== undefined) parts.push(`<line x1="${x(bar.target).toFixed(1)}" x2="${x(bar.target).toFixed(1)}" y1="${y}" y2="${y + 20}" stroke="#202020" stroke-width="2"/>`);
    const valueX = Math.max(x(bar.value), bar.target === undefined ? 0 : x(bar.target)) + 4;
    parts.push(`<text x="${valueX.toFixed(1)}" y="${y + 14}">${escapeHtml(bar.valueText)}</text>`);
  });

  parts.push(`<path d="M${labelWidth + 6} ${top} V${axisY} H${labelWidth + 6 + plot}" stroke="#404040" fill="none"/>`);
  parts.push(`<text x="${labelWidth + 6}" y="${axisY + 14}" text-anchor="middle">0</text>`);
  parts.push(`<text x="${labelWidth + 6 + plot}" y="${axisY + 14}" text-anchor="middle">${escapeHtml(new Intl.NumberFormat('ru').format(chart.max))}</text>`);

  let legendX = labelWidth + 6;
  for (const entry of chart.legend) {
    parts.push(`<rect x="${legendX}" y="${axisY + 24}" width="12" height="10" fill="#${CORRIDOR_COLOURS[entry.colour]}"/>`);
    parts.push(`<text x="${legendX + 16}" y="${axisY + 33}">${escapeHtml(entry.label)}</text>`);
    legendX += 16 + entry.label.length * 7 + 16;
  }
  parts.push(`<line x1="${legendX + 4}" x2="${legendX + 4}" y1="${axisY + 22}" y2="${axisY + 36}" stroke="#202020" stroke-width="2"/>`);
  parts.push(`<text x="${legendX + 10}" y="${axisY + 33}">${escapeHtml(chart.targetLabel)}</text>`);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" font-family="PT Serif, Times New Roman, serif" font-size="12" role="img" aria-label="${escapeHtml(chart.title)}">${parts.join('')}</svg>`;
  return `${opening('figure', ['chart'])}<figcaption>${escapeHtml(chart.title)}</figcaption>${svg}</figure>`;
}

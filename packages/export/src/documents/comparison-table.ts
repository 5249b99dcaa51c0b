import type { Block, ExportDocument, RichText, TableCell } from '../model/blocks.js';
import { cleanText, plain } from '../model/text.js';
import { labels } from './labels.js';
import type { DocumentOptions } from './standard.js';

/** A segment of a word-level comparison; the same shape as `WordSpan` of the diff in @tsmp/core. */
export interface ComparisonSpan {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One point of the comparison: its wording in both editions and the word-level changes. */
export interface ComparisonRow {
  /** The point as a reader finds it: «п. 7», «приложение № 3, п. 2». */
  point: string;
  /** `null` when the point is new in the new edition. */
  oldText: string | null;
  /** `null` when the point is removed. */
  newText: string | null;
  comment?: string;
  /** Word-level spans over both wordings; without them the texts are shown unmarked. */
  spans?: ComparisonSpan[];
}

export interface ComparisonTableInput {
  /** The document the editions belong to, in the case the subtitle needs: «Стандарт …». */
  document: string;
  oldEdition: string;
  newEdition: string;
  rows: ComparisonRow[];
}

/**
 * Builds the comparison table of two editions: point, old wording with the
 * removed words struck through, new wording with the added words in bold
 * and underlined, and a comment.
 */
export function buildComparisonTableDocument(input: ComparisonTableInput, options: DocumentOptions = {}): ExportDocument {
  const lang = options.lang ?? 'ru';
  const t = labels(lang);
  const absent = t.format('export.comparison.absent');
  const blocks: Block[] = [
    { type: 'title', text: t.format('export.comparison.title'), subtitle: cleanText(t.format('export.comparison.subtitle', { document: input.document })) },
    { type: 'paragraph', content: [{ text: t.format('export.comparison.legend'), italic: true }], indent: true },
    {
      type: 'table',
      at: 'rows',
      numberRow: true,
      columns: [
        { header: t.format('export.comparison.col.point'), width: 16 },
        { header: t.format('export.comparison.col.old', { edition: cleanText(input.oldEdition) }), width: 33 },
        { header: t.format('export.comparison.col.new', { edition: cleanText(input.newEdition) }), width: 33 },
        { header: t.format('export.comparison.col.comment'), width: 18 },
      ],
      rows: input.rows.map((row, index) => ({
        kind: 'data' as const,
        at: `rows[${index}]`,
        cells: [
          [plain(cleanText(row.point))],
          side(row, 'old', absent),
          side(row, 'new', absent),
          row.comment ? paragraphs(row.comment) : [],
        ],
      })),
      emptyText: t.format('export.table.empty'),
    },
  ];
  return { kind: 'comparisonTable', title: t.format('export.comparison.title'), lang, orientation: 'landscape', blocks };
}

/** Builds one side of a row: the wording with its own changes marked, split into paragraphs at line breaks. */
function side(row: ComparisonRow, edition: 'old' | 'new', absent: string): TableCell {
  const text = edition === 'old' ? row.oldText : row.newText;
  if (text === null) return [[{ text: absent, italic: true }]];
  if (!row.spans || row.oldText === null || row.newText === null) return paragraphs(text);
  const skip = edition === 'old' ? 'insert' : 'delete';
  const runs: RichText = row.spans
    .filter((span) => span.op !== skip)
    .map((span) => {
      const clean = cleanText(span.text);
      if (span.op === 'equal') return { text: clean };
      return span.op === 'delete' ? { text: clean, mark: 'deleted' as const } : { text: clean, mark: 'inserted' as const, bold: true };
    });
  return splitLines(runs);
}

function paragraphs(text: string): TableCell {
  return cleanText(text)
    .split('\n')
    .map((line) => plain(line));
}

/** Splits runs into paragraphs at line breaks, keeping each piece's marks. */
function splitLines(runs: RichText): TableCell {
  const cell: TableCell = [[]];
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) cell.push([]);
      if (piece !== '') cell[cell.length - 1]?.push({ ...run, text: piece });
    });
  }
  return cell;
}

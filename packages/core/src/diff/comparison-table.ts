import type { Localizer } from '../i18n/localizer.js';
import type { MessageRef } from '../i18n/types.js';
import type { ArtifactDiff } from './engine.js';
import type { Change, EditionInfo, WordSpan } from './types.js';
import { elementArg } from './values.js';
import { diffWords } from './words.js';

/** One row of a comparison table: the point, its old and new wording and a comment. */
export interface ComparisonRow {
  /** The point or element, e.g. «пункт 7», as a message in the reader's language. */
  point: MessageRef;
  /** Number of the point in the document, when it has one; rows are in document order. */
  number?: string;
  oldText: string;
  newText: string;
  /** Comment on the change: the change's own message. */
  comment: MessageRef;
  ruleId: string;
  /** Word-level comparison of the old and new wording. */
  spans: WordSpan[];
}

/** The comparison table (сравнительная таблица) of two editions of one artifact. */
export interface ComparisonTable {
  artifactId: string;
  title?: string;
  old: EditionInfo;
  new: EditionInfo;
  rows: ComparisonRow[];
}

/** Display text of a changed value: the wording of texts and deadlines, the name of named elements. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['wording', 'text', 'name', 'title']) if (typeof record[key] === 'string') return record[key] as string;
  }
  return undefined;
}

function rowOf(change: Change): ComparisonRow | undefined {
  const oldText = textOf(change.oldValue) ?? '';
  const newText = textOf(change.newValue) ?? '';
  if (oldText === '' && newText === '') return undefined;
  const row: ComparisonRow = {
    point: elementArg(change.element),
    oldText,
    newText,
    comment: { messageId: change.messageId, args: change.args },
    ruleId: change.ruleId,
    spans: change.spans ?? diffWords(oldText, newText),
  };
  if (change.element.number) row.number = change.element.number;
  return row;
}

/** Builds the comparison table of an artifact diff from the changes that have a wording on either side. */
export function comparisonTable(diff: ArtifactDiff): ComparisonTable {
  const rows = diff.changes.map(rowOf).filter((row): row is ComparisonRow => row !== undefined);
  const table: ComparisonTable = { artifactId: diff.new.artifactId, old: diff.old, new: diff.new, rows };
  if (diff.new.title) table.title = diff.new.title;
  return table;
}

/** A comparison table with every message rendered, ready for a document renderer. */
export interface RenderedComparisonTable extends Omit<ComparisonTable, 'rows'> {
  rows: (Omit<ComparisonRow, 'point' | 'comment'> & { point: string; comment: string })[];
}

/** Renders the messages of a comparison table in the localizer's language. */
export function renderComparisonTable(table: ComparisonTable, localizer: Localizer): RenderedComparisonTable {
  return {
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      point: localizer.format(row.point.messageId, row.point.args ?? {}),
      comment: localizer.format(row.comment.messageId, row.comment.args ?? {}),
    })),
  };
}

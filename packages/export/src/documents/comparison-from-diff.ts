import type { Lang } from '@tsmp/core';
import type { ComparisonSpan, ComparisonTableInput } from './comparison-table.js';
import { formatDate, labels } from './labels.js';

/** Edition data of one side of a diff, as `EditionInfo` of @tsmp/core carries it. */
interface DiffEdition {
  artifactId: string;
  title?: string;
  number?: number;
  effectiveFrom?: string;
}

/**
 * Comparison table of the diff in @tsmp/core with its messages rendered
 * (`RenderedComparisonTable`). It is declared here by shape, so any table of
 * that form is accepted.
 */
export interface RenderedDiffTable {
  title?: string;
  old: DiffEdition;
  new: DiffEdition;
  rows: { point: string; oldText: string; newText: string; comment: string; spans: ComparisonSpan[] }[];
}

/** Turns a rendered diff table into the input of the comparison table document; an empty side means the point is absent there. */
export function comparisonInputFromDiff(table: RenderedDiffTable, lang: Lang): ComparisonTableInput {
  return {
    document: table.title ?? table.new.title ?? table.new.artifactId,
    oldEdition: editionLabel(table.old, lang),
    newEdition: editionLabel(table.new, lang),
    rows: table.rows.map((row) => ({
      point: row.point,
      oldText: row.oldText === '' ? null : row.oldText,
      newText: row.newText === '' ? null : row.newText,
      comment: row.comment,
      spans: row.spans,
    })),
  };
}

function editionLabel(edition: DiffEdition, lang: Lang): string {
  const t = labels(lang);
  const parts: string[] = [];
  if (edition.number !== undefined) parts.push(t.format('export.edition.number', { number: edition.number }));
  if (edition.effectiveFrom) parts.push(t.format('export.edition.from', { date: formatDate(edition.effectiveFrom, lang) }));
  return parts.length > 0 ? parts.join(', ') : edition.artifactId;
}

import type { EditionInfo } from './types.js';

/** Tells whether an edition is in force on a date (`YYYY-MM-DD`, compared as text). */
export function inForceOn(edition: EditionInfo, date: string): boolean {
  if (!edition.effectiveFrom || edition.effectiveFrom > date) return false;
  if (edition.status === 'draft' || edition.status === 'review') return false;
  return edition.effectiveTo === undefined || edition.effectiveTo >= date;
}

/** The edition in force on a date: the latest one that took effect by then and has not ended. */
export function editionInForce(editions: readonly EditionInfo[], date: string): EditionInfo | undefined {
  return editions
    .filter((edition) => inForceOn(edition, date))
    .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '') || (b.number ?? 0) - (a.number ?? 0))[0];
}

/** Which edition governs a case and why. */
export interface GoverningEdition {
  edition?: EditionInfo;
  /** `editionAtCaseStart`: the case stays under the edition it started with; `editionInForce`: the edition in force on the date. */
  rule: 'editionAtCaseStart' | 'editionInForce';
}

/**
 * Finds the edition that governs a case started on `caseStart` when an
 * operation takes place on `date`. The transition rule is read from the
 * edition in force on `date`, since the later edition sets how cases begun
 * under earlier ones are finished.
 */
export function governingEdition(editions: readonly EditionInfo[], caseStart: string, date: string): GoverningEdition {
  const current = editionInForce(editions, date);
  const rule = current?.transition === 'editionInForce' ? 'editionInForce' : 'editionAtCaseStart';
  if (rule === 'editionInForce') return current ? { edition: current, rule } : { rule };
  const atStart = editionInForce(editions, caseStart) ?? current;
  return atStart ? { edition: atStart, rule } : { rule };
}

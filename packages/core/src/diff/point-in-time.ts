import type { EditionInfo } from './types.js';

/** Tells whether an edition is in force on a date (`YYYY-MM-DD`, compared as text). */
export function inForceOn(edition: EditionInfo, date: string): boolean {
  if (!edition.effectiveFrom || edition.effectiveFrom > date) return false;
  if (edition.status === 'draft' || edition.status === 'review') return false;
  return edition.effectiveTo === undefined || edition.effectiveTo >= date;
}

/** Finds the edition in force on a date: the latest one that took effect by then and has not ended. */
export function editionInForce(editions: readonly EditionInfo[], date: string): EditionInfo | undefined {
  return editions
    .filter((edition) => inForceOn(edition, date))
    .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '') || (b.number ?? 0) - (a.number ?? 0))[0];
}

/** The edition that governs a case, with the transition rule that chose it. */
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

/** The edition of one artifact in force on a date, and the one that governs a case started earlier. */
export interface PointInTimeEntry {
  artifactId: string;
  date: string;
  inForce: EditionInfo | null;
  caseStart?: string;
  governing?: EditionInfo | null;
  rule?: GoverningEdition['rule'];
}

/** Answers the point-in-time questions for each compared pair of editions. */
export function pointInTime(pairs: readonly { old: EditionInfo; new: EditionInfo }[], date: string, caseStart?: string): PointInTimeEntry[] {
  return pairs
    .filter((pair) => pair.old.effectiveFrom || pair.new.effectiveFrom)
    .map((pair) => {
      const editions = [pair.old, pair.new];
      const entry: PointInTimeEntry = { artifactId: pair.new.artifactId, date, inForce: editionInForce(editions, date) ?? null };
      if (caseStart) {
        const governing = governingEdition(editions, caseStart, date);
        entry.caseStart = caseStart;
        entry.governing = governing.edition ?? null;
        entry.rule = governing.rule;
      }
      return entry;
    });
}

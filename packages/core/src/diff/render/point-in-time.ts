import type { Localizer } from '../../i18n/localizer.js';
import type { PointInTimeEntry } from '../point-in-time.js';
import { editionLine } from './shared.js';

/** Builds the lines naming the edition in force on the date and the edition that governs a case started earlier. */
export function pointInTimeLines(entries: readonly PointInTimeEntry[], t: Localizer): string[] {
  const lines: string[] = [];
  for (const entry of entries) {
    const inForce = entry.inForce ? editionLine(entry.inForce, t) : t.format('diff.render.noEdition');
    lines.push(t.format('diff.render.inForce', { artifact: entry.artifactId, date: entry.date, edition: inForce }));
    if (entry.caseStart) {
      const governing = entry.governing ? editionLine(entry.governing, t) : t.format('diff.render.noEdition');
      lines.push(t.format('diff.render.governing', { start: entry.caseStart, date: entry.date, edition: governing, rule: { messageId: `diff.transition.${entry.rule ?? 'editionAtCaseStart'}` } }));
    }
  }
  return lines;
}

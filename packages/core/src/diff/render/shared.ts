import type { Localizer } from '../../i18n/localizer.js';
import type { StudyAssignment } from '../impact.js';
import type { Change, EditionInfo, WordSpan } from '../types.js';
import { elementArg } from '../values.js';

/** Changes of one element, in the order of their first appearance. */
export interface ElementGroup {
  label: string;
  location?: string;
  changes: Change[];
}

/** Groups changes by artifact and then by element. */
export function groupChanges(changes: readonly Change[], t: Localizer): Map<string, ElementGroup[]> {
  const byArtifact = new Map<string, Map<string, ElementGroup>>();
  for (const change of changes) {
    const artifact = change.element.artifactId;
    let groups = byArtifact.get(artifact);
    if (!groups) {
      groups = new Map();
      byArtifact.set(artifact, groups);
    }
    const key = `${change.element.kind}/${change.element.id}`;
    let group = groups.get(key);
    if (!group) {
      const ref = elementArg(change.element);
      const location = change.newLocation ?? change.oldLocation;
      group = { label: t.format(ref.messageId, ref.args ?? {}), changes: [] };
      if (location) group.location = `${location.file}:${location.line}`;
      groups.set(key, group);
    }
    group.changes.push(change);
  }
  return new Map([...byArtifact].map(([artifact, groups]) => [artifact, [...groups.values()]]));
}

/** Formats the edition of a side as one line: «ред. 2 от 2024-07-12». */
export function editionLine(edition: EditionInfo, t: Localizer): string {
  return t.format('diff.render.edition', { number: edition.number ?? '—', date: edition.effectiveFrom ?? 'none' });
}

/** Word spans with markers: `[-deleted-]{+inserted+}`, or coloured when `paint` colours. */
export function markSpans(spans: readonly WordSpan[], paint?: (op: 'delete' | 'insert', text: string) => string): string {
  return spans
    .map((span) => {
      if (span.op === 'equal') return span.text;
      if (paint) return paint(span.op, span.text);
      return span.op === 'delete' ? `[-${span.text}-]` : `{+${span.text}+}`;
    })
    .join('');
}

/** Pairs worth a header line: those with edition data. */
export function pairsWithEditions<T extends { old: EditionInfo; new: EditionInfo }>(pairs: readonly T[]): T[] {
  return pairs.filter((pair) => pair.old.number !== undefined || pair.new.number !== undefined);
}

/** Names who a study assignment is for: the role with its id, or all specialists for changes of the text. */
export function assigneeOf(assignment: StudyAssignment, t: Localizer, code: (id: string) => string): string {
  if (assignment.role === null) return t.format('diff.render.allSpecialists');
  if (assignment.roleName) return `${assignment.roleName} (${code(assignment.role)})`;
  return code(assignment.role);
}

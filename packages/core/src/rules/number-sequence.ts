import type { PathSegment } from '../findings/finding.js';
import type { LoadedArtifact } from '../repository/types.js';
import type { Rule, RuleContext } from './types.js';

/** A numbered list of an artifact kind: where it is and whether it must start at 1. */
interface NumberedList {
  path: readonly PathSegment[];
  startsAtOne: boolean;
}

/**
 * Numbered lists by artifact kind. Points of an organisation standard's
 * sections continue the numbering of the previous section, so only their
 * repeats and gaps inside a section are checked.
 */
const LISTS: Readonly<Record<string, readonly NumberedList[]>> = {
  ProcessStandard: [
    { path: ['procedures'], startsAtOne: true },
    { path: ['indicators'], startsAtOne: true },
    { path: ['points'], startsAtOne: true },
  ],
  OrganizationStandard: [
    { path: ['indicators'], startsAtOne: true },
    { path: ['sections', '*', 'points'], startsAtOne: false },
  ],
  TechCard: [{ path: ['operations'], startsAtOne: true }],
};

/** Parses «2», «2.3» or 2 into [2] or [2, 3]; undefined for other numbering such as «II» or «5а». */
function parseNumber(value: unknown): number[] | undefined {
  const text = String(value).trim();
  if (!/^\d+(\.\d+)*\.?$/.test(text)) return undefined;
  return text.replace(/\.$/, '').split('.').map(Number);
}

/**
 * Tells whether `next` may follow `previous`: the same level plus one
 * («1.2» → «1.3»), a first sub-item («2» → «2.1»), or the next item of an
 * upper level («2.3» → «3», «1.2» → «2.1»).
 */
export function follows(previous: readonly number[], next: readonly number[]): boolean {
  let k = 0;
  while (k < previous.length && k < next.length && previous[k] === next[k]) k += 1;
  if (k === next.length) return false;
  const restAreOnes = next.slice(k + 1).every((n) => n === 1);
  if (k === previous.length) return next[k] === 1 && restAreOnes;
  return next[k] === (previous[k] ?? 0) + 1 && restAreOnes;
}

function listsAt(value: unknown, pattern: readonly PathSegment[], path: PathSegment[] = []): { items: unknown[]; path: PathSegment[] }[] {
  if (pattern.length === 0) return Array.isArray(value) ? [{ items: value, path }] : [];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item, i) => listsAt(item, rest, [...path, i])) : [];
  if (value === null || typeof value !== 'object' || head === undefined) return [];
  return listsAt((value as Record<PathSegment, unknown>)[head], rest, [...path, head]);
}

function checkList(artifact: LoadedArtifact, items: unknown[], listPath: PathSegment[], startsAtOne: boolean, report: RuleContext['report']): void {
  const firstByNumber = new Map<string, number>();
  let previous: { text: string; parts: number[] } | undefined;

  items.forEach((item, i) => {
    const number = (item as { number?: unknown }).number;
    if (number === undefined) return;
    const text = String(number).trim();
    const path = [...listPath, i, 'number'];
    const firstIndex = firstByNumber.get(text);
    if (firstIndex !== undefined) {
      report({ artifact, path, messageId: 'rules.number-sequence.repeat', args: { number: text }, related: [artifact.positions.locate([...listPath, firstIndex, 'number'])] });
      return;
    }
    firstByNumber.set(text, i);

    const parts = parseNumber(number);
    if (!parts) return;
    if (!previous && startsAtOne && parts.some((n) => n !== 1)) {
      report({ artifact, path, messageId: 'rules.number-sequence.notFromOne', args: { number: text } });
    } else if (previous && !follows(previous.parts, parts)) {
      report({ artifact, path, messageId: 'rules.number-sequence.gap', args: { number: text, previous: previous.text } });
    }
    previous = { text, parts };
  });
}

/** Numbers of procedures, operations, indicators and points go in order without gaps or repeats. */
export const numberSequence: Rule = {
  id: 'number-sequence',
  defaultSeverity: 'warning',
  descriptionId: 'rules.number-sequence.description',
  messageIds: ['rules.number-sequence.repeat', 'rules.number-sequence.gap', 'rules.number-sequence.notFromOne'],
  check({ repository, report }) {
    for (const artifact of repository.artifacts) {
      for (const list of LISTS[artifact.kind] ?? []) {
        for (const found of listsAt(artifact.data, list.path)) checkList(artifact, found.items, found.path, list.startsAtOne, report);
      }
    }
  },
};

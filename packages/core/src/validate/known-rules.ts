/** Rule ids of findings that loading and schema checks raise; no rule object produces them. */
export const LOAD_RULE_IDS: readonly string[] = [
  'schema',
  'yaml-syntax',
  'yaml-duplicate-key',
  'file-encoding',
  'file-empty',
  'file-too-large',
  'file-unreadable',
  'unknown-kind',
  'manifest-missing',
  'path-outside-repository',
  'repository-empty',
  'rule-error',
  'rules-skipped',
  'unknown-rule-id',
];

/** Finds the known id closest to a mistyped one (at most three edits away), for «did you mean». */
export function closestRuleId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

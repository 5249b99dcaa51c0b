import type { Finding, Severity } from './finding.js';
import { SEVERITIES } from './finding.js';

/** Orders findings by file, line, column, rule and fingerprint and drops exact repeats, so output is byte-stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const item of findings) {
    const key = `${item.fingerprint}|${item.location?.file ?? ''}|${item.location?.line ?? 0}|${item.location?.column ?? 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique.sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

/** Ranks a severity: 0 is the most serious. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Tells whether any finding is at or above the threshold. */
export function reachesThreshold(findings: readonly Finding[], threshold: Severity): boolean {
  const limit = severityRank(threshold);
  return findings.some((item) => severityRank(item.severity) <= limit);
}

/** Counts findings per severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const item of findings) counts[item.severity] += 1;
  return counts;
}

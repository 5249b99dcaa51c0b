import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import type { ArtifactDiff } from './engine.js';
import { atOrAbove, maxLevel } from './levels.js';
import { POLICY_RULES } from './rules/index.js';

function policyRule(id: string) {
  const found = POLICY_RULES.find((item) => item.id === id);
  if (!found) throw new Error(`Unknown policy rule "${id}"`);
  return found;
}

/**
 * Checks that the edition data of the new side agrees with the level of its
 * changes (see POLICY_RULES): an edition that removes a control point cannot
 * keep the old edition number or take effect before the edition it replaces.
 */
export function checkVersionPolicy(diff: ArtifactDiff): Finding[] {
  const level = maxLevel(diff.changes.map((change) => change.level));
  const findings: Finding[] = [];
  const { old: before, new: after } = diff;
  if (!level || before.number === undefined || after.number === undefined) return findings;

  const report = (id: string, path: string[], args: Record<string, string | number>) => {
    const rule = policyRule(id);
    findings.push(
      finding({
        ruleId: rule.id,
        severity: rule.severity,
        messageId: rule.messageId,
        args: { ...args, level: { messageId: `diff.level.${level}` } },
        location: diff.newArtifact.positions.locate(path),
        path,
        idPath: path.join('.'),
        artifactId: diff.newArtifact.id,
      }),
    );
  };

  const numberPath = diff.newArtifact.kind === 'TechCard' ? ['edition'] : ['edition', 'number'];
  if (after.number < before.number) {
    report('edition.number.decreased', numberPath, { old: before.number, new: after.number });
  } else if (after.number === before.number && atOrAbove(level, 'minor')) {
    report('edition.number.notIncreased', numberPath, { old: before.number, new: after.number });
  }
  if (atOrAbove(level, 'major') && before.effectiveFrom && after.effectiveFrom && after.effectiveFrom <= before.effectiveFrom) {
    report('edition.effectiveFrom.notLater', ['edition', 'effectiveFrom'], { old: before.effectiveFrom, new: after.effectiveFrom });
  }
  return findings;
}

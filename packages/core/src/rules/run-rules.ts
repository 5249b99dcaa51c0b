import type { ProductionCalendar } from '../calendar/types.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import { toIdPath } from '../findings/id-path.js';
import type { ModelRepository } from '../repository/types.js';
import { buildRepositoryIndex } from './repository-index.js';
import type { Rule, RuleContext } from './types.js';

/** Rule id of the finding that replaces the output of a rule that threw. */
export const RULE_ERROR_ID = 'rule-error';

/**
 * Runs rules over a repository and returns their findings at the rules'
 * default severities. A rule that throws yields one `rule-error` finding
 * and the other rules still run; what it reported before throwing is kept.
 */
export function runRules(repository: ModelRepository, rules: readonly Rule[], options: { calendar?: ProductionCalendar } = {}): Finding[] {
  const index = buildRepositoryIndex(repository);
  const findings: Finding[] = [];

  for (const rule of rules) {
    const context: RuleContext = {
      repository,
      index,
      ...(options.calendar ? { calendar: options.calendar } : {}),
      report({ artifact, path, messageId, args, related }) {
        findings.push(
          finding({
            ruleId: rule.id,
            severity: rule.defaultSeverity,
            messageId,
            args: args ?? {},
            location: artifact.positions.locate(path),
            path,
            idPath: toIdPath(artifact.data, path),
            artifactId: artifact.id,
            ...(related && related.length > 0 ? { related } : {}),
          }),
        );
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.push(
        finding({
          ruleId: RULE_ERROR_ID,
          severity: 'error',
          messageId: 'rules.rule-error',
          args: { rule: rule.id, error: error instanceof Error ? error.message : String(error) },
        }),
      );
    }
  }
  return findings;
}

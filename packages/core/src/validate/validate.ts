import { russianCalendar } from '../calendar/calendar.js';
import type { ProductionCalendar } from '../calendar/types.js';
import type { Finding, SeveritySetting } from '../findings/finding.js';
import { sortFindings } from '../findings/sort.js';
import type { ModelRepository } from '../repository/types.js';
import { RULES } from '../rules/index.js';
import { runRules } from '../rules/run-rules.js';
import type { Rule } from '../rules/types.js';
import { finding } from '../findings/fingerprint.js';
import { MANIFEST_FILE } from '@tsmp/schema';
import { applyBaseline, type Baseline } from './baseline.js';
import { closestRuleId, LOAD_RULE_IDS } from './known-rules.js';

export interface ValidateOptions {
  /** Severities by rule id, applied after the manifest's `rules:` map; `off` drops the rule's findings. */
  overrides?: Record<string, SeveritySetting>;
  /** Accepted findings to leave out. */
  baseline?: Baseline;
  /** The calendar that relates working and calendar days; the Russian production calendar by default. */
  calendar?: ProductionCalendar;
  /** Rules to run instead of {@link RULES}. */
  rules?: readonly Rule[];
}

/** Sets the severity of each finding by rule id and drops the findings of rules set to `off`. */
export function applySeverities(findings: readonly Finding[], severities: Readonly<Record<string, SeveritySetting>>): Finding[] {
  const out: Finding[] = [];
  for (const item of findings) {
    const setting = Object.hasOwn(severities, item.ruleId) ? severities[item.ruleId] : undefined;
    if (setting === 'off') continue;
    out.push(setting && setting !== item.severity ? { ...item, severity: setting } : item);
  }
  return out;
}

/**
 * Validates a loaded repository: the loading and schema findings it already
 * carries plus the findings of the semantic rules. Severities come from the
 * rules' defaults, then the manifest's `rules:` map, then `overrides`. The
 * findings the baseline accepts are left out, and the result is sorted and
 * free of exact repeats.
 */
export function validateRepository(repository: ModelRepository, options: ValidateOptions = {}): Finding[] {
  const rules = options.rules ?? RULES;
  const findings = [...repository.findings, ...unknownRuleIds(repository, rules)];
  // A file that failed to load leaves its ids undefined, so every reference to them would be reported
  // as broken. The rules wait until loading is clean instead of burying the real error in false ones.
  // A missing manifest leaves the loaded artifacts intact, so it alone does not stop the rules.
  const failedFiles = new Set(
    repository.findings.filter((item) => item.severity === 'error' && item.ruleId !== 'manifest-missing').map((item) => item.location?.file ?? ''),
  );
  if (failedFiles.size > 0) {
    findings.push(finding({ ruleId: 'rules-skipped', severity: 'info', messageId: 'load.rulesSkipped', args: { count: failedFiles.size } }));
  } else if (repository.standalone) {
    findings.push(finding({ ruleId: 'rules-skipped', severity: 'info', messageId: 'load.rulesSkippedStandalone', args: {} }));
  } else {
    findings.push(...runRules(repository, rules, { calendar: options.calendar ?? russianCalendar }));
  }
  const severities = { ...repository.manifest.rules, ...options.overrides };
  const adjusted = applySeverities(findings, severities);
  const unaccepted = options.baseline ? applyBaseline(adjusted, options.baseline) : adjusted;
  const focused = repository.focusFile ? unaccepted.filter((item) => !item.location || item.location.file === repository.focusFile) : unaccepted;
  return sortFindings(focused);
}

/** Warns about rule ids in the manifest's `rules:` map that no rule or loading check has. */
function unknownRuleIds(repository: ModelRepository, rules: readonly Rule[]): Finding[] {
  const known = [...rules.map((rule) => rule.id), ...LOAD_RULE_IDS];
  return Object.keys(repository.manifest.rules)
    .filter((id) => !known.includes(id))
    .map((id) =>
      finding({
        ruleId: 'unknown-rule-id',
        severity: 'warning',
        messageId: 'load.unknownRuleId',
        args: { rule: id, suggestion: closestRuleId(id, known) ?? 'none' },
        location: repository.manifestPositions?.locate(['rules', id]) ?? { file: MANIFEST_FILE, line: 1, column: 1 },
        path: ['rules', id],
        idPath: `rules.${id}`,
      }),
    );
}

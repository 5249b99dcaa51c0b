import { russianCalendar } from '../calendar/calendar.js';
import type { ProductionCalendar } from '../calendar/types.js';
import type { Finding, SeveritySetting } from '../findings/finding.js';
import { sortFindings } from '../findings/sort.js';
import type { ModelRepository } from '../repository/types.js';
import { RULES } from '../rules/index.js';
import { runRules } from '../rules/run-rules.js';
import type { Rule } from '../rules/types.js';
import { applyBaseline, type Baseline } from './baseline.js';

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
  const findings = [...repository.findings, ...runRules(repository, options.rules ?? RULES, { calendar: options.calendar ?? russianCalendar })];
  const severities = { ...repository.manifest.rules, ...options.overrides };
  const adjusted = applySeverities(findings, severities);
  const unaccepted = options.baseline ? applyBaseline(adjusted, options.baseline) : adjusted;
  return sortFindings(unaccepted);
}

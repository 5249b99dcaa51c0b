import { createRequire } from 'node:module';
import { Linter, type LintReport } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { finding, type Finding, type Severity, type SeveritySetting } from '@tsmp/core';
import type { BpmnModel } from './model.js';
import { moddleDefinitions } from './read.js';
import { LINT_RULE_MESSAGES } from './lint-messages.js';

export interface BpmnLintOptions {
  /** Severity per bpmnlint rule name, overriding the recommended configuration; `off` turns a rule off. */
  rules?: Readonly<Record<string, SeveritySetting>>;
}

const CATEGORY_SEVERITY: Readonly<Record<string, Severity>> = { error: 'error', warn: 'warning', info: 'info' };

/**
 * Checks the hygiene of an imported model with bpmnlint's recommended rules
 * (disconnected elements, missing start or end events, unlabeled gateways…)
 * and returns bpmnlint's reports as findings with tsmp message ids. The
 * rule `no-bpmndi` is turned off for a file without any diagram, because
 * layout is needed only for drawing.
 */
export async function lintBpmn(model: BpmnModel, options: BpmnLintOptions = {}): Promise<Finding[]> {
  const definitions = moddleDefinitions(model);
  if (!definitions) return [];
  const rules: Record<string, string> = {};
  if (model.diagrams === 0) rules['no-bpmndi'] = 'off';
  for (const [rule, setting] of Object.entries(options.rules ?? {})) rules[rule] = setting === 'warning' ? 'warn' : setting;

  // The resolver loads rules with this package's require, so bpmnlint is found
  // next to @tsmp/adapters wherever the caller's working folder is.
  const linter = new Linter({
    config: { extends: 'bpmnlint:recommended', rules },
    resolver: new NodeResolver({ require: createRequire(import.meta.url) }),
  });
  const results = await linter.lint(definitions);

  const findings: Finding[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    const setting = options.rules?.[rule];
    for (const report of reports) findings.push(toFinding(rule, report, model, setting));
  }
  return findings;
}

function toFinding(rule: string, report: LintReport, model: BpmnModel, setting: SeveritySetting | undefined): Finding {
  const element = report.id ?? '—';
  const location = (report.id && model.locations.get(report.id)) || { file: model.file, line: 1, column: 1 };
  if (report.category === 'rule-error') {
    return finding({
      ruleId: 'bpmnlint-rule-error',
      severity: 'warning',
      messageId: 'bpmn.lint.ruleError',
      args: { rule, detail: report.message },
      location,
    });
  }
  const severity: Severity = setting && setting !== 'off' ? setting : (CATEGORY_SEVERITY[report.category] ?? 'warning');
  return finding({
    ruleId: `bpmnlint/${rule}`,
    severity,
    messageId: LINT_RULE_MESSAGES.has(rule) ? `bpmn.lint.${rule}` : 'bpmn.lint.other',
    args: { element, rule, detail: report.message },
    location,
  });
}

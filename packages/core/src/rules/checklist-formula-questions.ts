import type { ChecklistQuestion } from '@tsmp/schema';
import type { PathSegment } from '../findings/finding.js';
import type { LoadedArtifact } from '../repository/types.js';
import { STANDARD_KINDS } from './repository-index.js';
import type { Rule, RuleContext } from './types.js';

/** Names in a formula that are operators or constants, not question ids; the indicators package reads the same words. */
const RESERVED = new Set(['and', 'or', 'not', 'и', 'или', 'не', 'true', 'false']);
const NAME = /[A-Za-z0-9А-Яа-яЁё_][A-Za-z0-9А-Яа-яЁё._-]*/gu;

/** Lists the question ids a checklist formula such as `q1 && (q2 || !q3)` names, in order of first use. */
export function formulaNames(formula: string): string[] {
  const names = (formula.match(NAME) ?? []).filter((name) => !RESERVED.has(name.toLowerCase()));
  return [...new Set(names)];
}

interface Checklist {
  formula: string;
  questions: readonly ChecklistQuestion[];
  /** Path of the object that contains `formula` and `questions`. */
  path: PathSegment[];
  indicator: { id: string; number: string };
}

function checklistsOf(artifact: LoadedArtifact): Checklist[] {
  const indicators = (artifact.data as { indicators?: Record<string, unknown>[] }).indicators ?? [];
  return indicators.flatMap((indicator, i) => {
    const info = { id: String(indicator['id']), number: String(indicator['number']) };
    if (artifact.kind === 'OrganizationStandard') {
      return [{ formula: String(indicator['formula']), questions: indicator['questions'] as ChecklistQuestion[], path: ['indicators', i], indicator: info }];
    }
    const calculation = (indicator['method'] as { calculation?: Record<string, unknown> } | undefined)?.calculation;
    if (calculation?.['kind'] !== 'checklist') return [];
    return [{ formula: String(calculation['formula']), questions: calculation['questions'] as ChecklistQuestion[], path: ['indicators', i, 'method', 'calculation'], indicator: info }];
  });
}

function checkChecklist(artifact: LoadedArtifact, checklist: Checklist, report: RuleContext['report']): void {
  const known = new Set(checklist.questions.map((question) => question.id));
  const unknown = formulaNames(checklist.formula).filter((name) => !known.has(name));
  if (unknown.length === 0) return;
  report({
    artifact,
    path: [...checklist.path, 'formula'],
    messageId: 'rules.checklist-formula-questions.unknown',
    args: { indicator: checklist.indicator.id, number: checklist.indicator.number, names: unknown.join(', '), count: unknown.length, questions: [...known].join(', ') },
  });
}

/** A checklist formula names only questions of its own indicator. */
export const checklistFormulaQuestions: Rule = {
  id: 'checklist-formula-questions',
  defaultSeverity: 'error',
  descriptionId: 'rules.checklist-formula-questions.description',
  messageIds: ['rules.checklist-formula-questions.unknown'],
  check({ index, report }) {
    for (const kind of STANDARD_KINDS) {
      for (const element of index.ofKind(kind)) {
        for (const checklist of checklistsOf(element.artifact)) checkChecklist(element.artifact, checklist, report);
      }
    }
  },
};

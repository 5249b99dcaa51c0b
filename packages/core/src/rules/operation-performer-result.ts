import type { PathSegment } from '../findings/finding.js';
import type { LoadedArtifact } from '../repository/types.js';
import { processStandards } from './process-standards.js';
import type { Rule, RuleContext } from './types.js';

/**
 * Cell fillers that documents and imports leave where a value is unknown:
 * dashes, question marks, «нет», «не указан», «TODO». The schema accepts
 * them as text, so this rule catches them.
 */
const PLACEHOLDER = /^(?:[-‐‑–—―?.…_\s]+|todo|tbd|fixme|xxx|н\/д|нет|не указан[аоы]?|не определен[аоы]?|отсутствует)$/iu;

function checkText(artifact: LoadedArtifact, path: PathSegment[], value: unknown, field: 'performer' | 'result', owner: string, report: RuleContext['report']): void {
  if (typeof value !== 'string' || value.trim() === '') {
    report({ artifact, path, messageId: `rules.operation-performer-result.${field === 'performer' ? 'missingPerformer' : 'missingResult'}`, args: { owner } });
  } else if (PLACEHOLDER.test(value.trim())) {
    report({ artifact, path, messageId: 'rules.operation-performer-result.placeholder', args: { owner, field: { messageId: `rules.field.${field}` }, value } });
  }
}

/**
 * Every operation of a tech card and every procedure of a standard names who
 * performs it and what it results in. The schema requires both fields in
 * loaded files; repositories built in code are checked here as well.
 */
export const operationPerformerResult: Rule = {
  id: 'operation-performer-result',
  defaultSeverity: 'error',
  descriptionId: 'rules.operation-performer-result.description',
  messageIds: ['rules.operation-performer-result.missingPerformer', 'rules.operation-performer-result.missingResult', 'rules.operation-performer-result.placeholder'],
  check({ index, report }) {
    for (const element of index.ofKind('TechCard')) {
      const operations: unknown[] = Array.isArray(element.data['operations']) ? element.data['operations'] : [];
      operations.forEach((raw, i) => {
        const operation = (raw ?? {}) as Record<string, unknown>;
        const owner = String(operation['id'] ?? i + 1);
        checkText(element.artifact, ['operations', i, 'performer'], operation['performer'], 'performer', owner, report);
        checkText(element.artifact, ['operations', i, 'result'], operation['result'], 'result', owner, report);
      });
    }

    for (const standard of processStandards(index)) {
      standard.data.procedures.forEach((procedure, i) => {
        const performers: unknown[] = Array.isArray(procedure.performers) ? procedure.performers : [];
        if (performers.length === 0) checkText(standard, ['procedures', i, 'performers'], undefined, 'performer', procedure.id, report);
        performers.forEach((performer, j) => checkText(standard, ['procedures', i, 'performers', j], performer, 'performer', procedure.id, report));
        checkText(standard, ['procedures', i, 'result'], procedure.result, 'result', procedure.id, report);
      });
    }
  },
};

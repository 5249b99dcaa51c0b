import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRepository, runRules } from '@tsmp/core';
import { operationPerformerResult } from '../../src/rules/operation-performer-result.js';
import { testRule } from './rule-cases.js';

// Operations and procedures name a performer and a result, not a placeholder.
testRule(operationPerformerResult, {
  'valid-basic': [],
  'invalid-procedure-performer-todo': [
    { messageId: 'rules.operation-performer-result.placeholder', file: 'standard.yaml', line: 51, args: { owner: 'P2', field: { messageId: 'rules.field.performer' }, value: 'TODO' } },
  ],
  'invalid-result-dash': [
    { messageId: 'rules.operation-performer-result.placeholder', file: 'card.yaml', line: 29, args: { owner: 'OP-2', field: { messageId: 'rules.field.result' }, value: '—' } },
  ],
});

describe('operation-performer-result in code', () => {
  it('reports fields left empty', async () => {
    const repository = await loadRepository(fileURLToPath(new URL('./operation-performer-result/valid-basic', import.meta.url)));
    const card = repository.artifacts.find((artifact) => artifact.kind === 'TechCard');
    const data = structuredClone(card?.data) as unknown as { operations: Record<string, unknown>[] };
    delete data.operations[0]?.['performer'];
    data.operations[1] = { ...data.operations[1], result: '   ' };
    const edited = { ...repository, artifacts: repository.artifacts.map((artifact) => (artifact === card ? { ...artifact, data: data as never } : artifact)) };

    const findings = runRules(edited, [operationPerformerResult]);
    expect(findings.map((item) => [item.messageId, item.idPath])).toEqual([
      ['rules.operation-performer-result.missingPerformer', 'operations[OP-1].performer'],
      ['rules.operation-performer-result.missingResult', 'operations[OP-2].result'],
    ]);
  });
});

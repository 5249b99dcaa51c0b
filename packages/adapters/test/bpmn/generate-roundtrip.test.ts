import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Localizer, type LoadedArtifact, type ModelRepository } from '@tsmp/core';
import type { TechCard } from '@tsmp/schema';
import { beforeAll, describe, expect, test } from 'vitest';
import { ADAPTERS_CATALOGS } from '../../src/catalogs.js';
import { checkCardAgainstBpmn } from '../../src/bpmn/check/index.js';
import { generateBpmn, generationLabels } from '../../src/bpmn/generate/index.js';
import { lintBpmn } from '../../src/bpmn/lint.js';
import { summarize } from '../../src/bpmn/model.js';
import { importBpmn } from '../../src/bpmn/read.js';
import { rolesOf } from '../../src/bpmn/roles.js';
import { loadExample } from '../helpers/examples.js';

const labels = generationLabels(new Localizer('ru', ADAPTERS_CATALOGS));
const tmp = mkdtempSync(join(tmpdir(), 'tsmp-bpmn-'));

function techCard(repository: ModelRepository): LoadedArtifact<TechCard> {
  return repository.artifacts.find((artifact) => artifact.kind === 'TechCard') as LoadedArtifact<TechCard>;
}

describe.each(['social-adaptation', 'public-works'])('generated BPMN of %s', (example) => {
  let repository: ModelRepository;
  let card: LoadedArtifact<TechCard>;
  let xml: string;

  beforeAll(async () => {
    repository = await loadExample(example);
    card = techCard(repository);
    xml = await generateBpmn(card.data, { roles: rolesOf(repository.artifacts), labels });
    writeFileSync(join(tmp, `${example}.bpmn`), xml);
  });

  test('imports without findings', async () => {
    const result = await importBpmn(xml, 'generated.bpmn');
    expect(result.findings).toEqual([]);
    const summary = summarize(result.model!);
    expect(summary.tasks).toBe(card.data.operations.length);
    expect(summary.lanes).toBe(new Set(card.data.operations.map((operation) => operation.performer)).size);
    expect(summary.participants).toBe(1);
    expect(summary.diagrams).toBe(1);
  });

  test('passes bpmnlint with layout', async () => {
    const result = await importBpmn(xml, 'generated.bpmn');
    // no-bpmndi and no-overlapping-elements check that every element is drawn and nothing overlaps.
    expect(await lintBpmn(result.model!)).toEqual([]);
  });

  test('cross-checks clean against its card', async () => {
    const result = await importBpmn(xml, 'generated.bpmn');
    expect(checkCardAgainstBpmn(card, result.model!, rolesOf(repository.artifacts))).toEqual([]);
  });

  test('re-imports to the same operations, roles and points', async () => {
    const model = (await importBpmn(xml, 'generated.bpmn')).model!;
    const lanes = new Map(model.lanes.map((lane) => [lane.id, lane.link.role]));
    const tasks = model.flowNodes.filter((node) => node.link.operation && node.type.endsWith('Task'));
    expect(tasks.map((task) => [task.link.operation, lanes.get(task.laneIds[0]!)])).toEqual(card.data.operations.map((operation) => [operation.id, operation.performer]));
    const points = model.flowNodes.filter((node) => node.link.controlPoint).map((node) => node.link.controlPoint);
    expect(points.sort()).toEqual(card.data.controlPoints.map((point) => point.id).sort());
  });
});

describe('cross-check findings', () => {
  let repository: ModelRepository;
  let card: LoadedArtifact<TechCard>;
  let xml: string;

  beforeAll(async () => {
    repository = await loadExample('social-adaptation');
    card = techCard(repository);
    xml = await generateBpmn(card.data, { roles: rolesOf(repository.artifacts), labels });
  });

  const check = async (changed: string) => {
    expect(changed).not.toBe(xml);
    const result = await importBpmn(changed, 'changed.bpmn');
    return checkCardAgainstBpmn(card, result.model!, rolesOf(repository.artifacts));
  };

  test('missing link suggests by name', async () => {
    const findings = await check(xml.replace(/ tsmp:operation="sa-op-3\.1"(?= name=| id=|>| \/)/, ''));
    expect(findings.map((item) => item.ruleId).sort()).toEqual(['bpmn-operation-without-task', 'bpmn-task-without-operation']);
    const operation = findings.find((item) => item.ruleId === 'bpmn-operation-without-task');
    expect(operation).toMatchObject({ messageId: 'bpmn.check.operationWithoutTaskSuggest', args: { task: 'Task_sa-op-3.1' } });
    expect(operation?.location?.file).toBe(card.file);
    const task = findings.find((item) => item.ruleId === 'bpmn-task-without-operation');
    expect(task).toMatchObject({ messageId: 'bpmn.check.taskWithoutOperationSuggest', args: { operation: 'sa-op-3.1' } });
    expect(task?.location?.file).toBe('changed.bpmn');
  });

  test('changed timer is reported', async () => {
    const findings = await check(xml.replace('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT60M</bpmn:timeDuration>', '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT90M</bpmn:timeDuration>'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'bpmn-timer-deadline-mismatch', args: { operation: 'sa-op-3.2', value: 'PT90M' } });
  });

  test('equal duration in other units matches', async () => {
    const findings = await check(xml.replace('>PT60M<', '>PT1H<'));
    expect(findings).toEqual([]);
  });

  test('task in another lane is reported', async () => {
    const moved = xml.replace('<bpmn:flowNodeRef>Task_sa-op-3.2</bpmn:flowNodeRef>', '').replace('<bpmn:flowNodeRef>Task_sa-op-3.1</bpmn:flowNodeRef>', '<bpmn:flowNodeRef>Task_sa-op-3.1</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_sa-op-3.2</bpmn:flowNodeRef>');
    const findings = await check(moved);
    expect(findings.map((item) => item.ruleId)).toEqual(['bpmn-lane-role-mismatch']);
    expect(findings[0]?.args).toMatchObject({ operation: 'sa-op-3.2', performer: 'role-citizen' });
  });

  test('bypassed control point is off the path', async () => {
    // The task's flow goes straight to the next element, so nothing reaches the point's event.
    const onward = /sourceRef="ControlPoint_cp-plan-agreed" targetRef="([^"]+)"/.exec(xml)?.[1];
    expect(onward).toBeDefined();
    const bypassed = xml.replace('sourceRef="Task_sa-op-4.2" targetRef="ControlPoint_cp-plan-agreed"', `sourceRef="Task_sa-op-4.2" targetRef="${onward}"`);
    const findings = await check(bypassed);
    expect(findings.map((item) => item.ruleId)).toEqual(['bpmn-control-point-off-path']);
    expect(findings[0]?.args['controlPoint']).toBe('cp-plan-agreed');
  });

  test('unmarked control point is missing', async () => {
    const findings = await check(xml.replace(' tsmp:controlPoint="cp-plan-agreed"', ''));
    expect(findings).toMatchObject([{ ruleId: 'bpmn-control-point-missing', args: { controlPoint: 'cp-plan-agreed' } }]);
    expect(findings[0]?.location?.file).toBe(card.file);
  });

  test('unrelated MIWG model lists every gap', async () => {
    const { readFileSync } = await import('node:fs');
    const { MIWG } = await import('../helpers/corpus.js');
    const result = await importBpmn(readFileSync(`${MIWG}/Reference/A.1.0.bpmn`), 'A.1.0.bpmn');
    const findings = checkCardAgainstBpmn(card, result.model!);
    expect(findings.filter((item) => item.ruleId === 'bpmn-operation-without-task')).toHaveLength(card.data.operations.length);
    expect(findings.filter((item) => item.ruleId === 'bpmn-task-without-operation')).toHaveLength(3);
    expect(findings.filter((item) => item.ruleId === 'bpmn-control-point-missing')).toHaveLength(card.data.controlPoints.length);
  });
});

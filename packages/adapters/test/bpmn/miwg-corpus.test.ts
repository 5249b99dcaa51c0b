import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importBpmn } from '../../src/bpmn/read.js';
import { lintBpmn } from '../../src/bpmn/lint.js';
import { summarize } from '../../src/bpmn/model.js';
import { bpmnFiles, MIWG } from '../helpers/corpus.js';

const files = bpmnFiles(MIWG);

describe('MIWG corpus', () => {
  test('corpus is present', () => {
    expect(files.length).toBeGreaterThanOrEqual(29);
  });

  test.each(files.map((file) => [relative(MIWG, file), file]))('%s imports or yields a located finding', async (name, file) => {
    const result = await importBpmn(readFileSync(file), name);
    if (result.model) {
      expect(result.model.processes.length + result.model.flowNodes.length).toBeGreaterThan(0);
      const lint = await lintBpmn(result.model);
      for (const item of lint) expect(item.location?.line).toBeGreaterThanOrEqual(1);
    } else {
      expect(result.findings.some((item) => item.severity === 'error' && item.location && item.location.line >= 1)).toBe(true);
    }
    for (const item of result.findings) {
      expect(item.location?.file).toBe(name);
      expect(item.location?.line).toBeGreaterThanOrEqual(1);
      expect(item.location?.column).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('MIWG structures', () => {
  const read = async (name: string) => {
    const result = await importBpmn(readFileSync(`${MIWG}/${name}`), name);
    if (!result.model) throw new Error(`${name} did not import`);
    return result.model;
  };

  test('pools, lanes and message flows of B.2.0', async () => {
    const summary = summarize(await read('Reference/B.2.0.bpmn'));
    expect(summary).toMatchObject({ processes: 4, participants: 2, lanes: 2, tasks: 36, subProcesses: 5, messageFlows: 2 });
  });

  test('nested lanes of C.5.0', async () => {
    const model = await read('Reference/C.5.0.bpmn');
    expect(model.lanes.length).toBe(3);
    expect(model.diagrams).toBe(2);
  });

  test('boundary events keep their host', async () => {
    const model = await read('Reference/A.3.0.bpmn');
    const boundary = model.flowNodes.filter((node) => node.type === 'boundaryEvent');
    expect(boundary.length).toBeGreaterThan(0);
    for (const node of boundary) expect(model.flowNodes.some((host) => host.id === node.attachedTo)).toBe(true);
  });

  test('subprocess children know their subprocess', async () => {
    const model = await read('Reference/B.2.0.bpmn');
    const subProcessIds = new Set(model.flowNodes.filter((node) => node.type === 'subProcess').map((node) => node.id));
    const children = model.flowNodes.filter((node) => node.subProcessId !== undefined);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(subProcessIds.has(child.subProcessId!)).toBe(true);
  });

  test('three diagrams of the Trisotech export', async () => {
    const model = await read('vendors/Trisotech_BPMN_Visio_Add_in_5.0.1/B.2.0-export.bpmn');
    expect(model.diagrams).toBe(3);
  });

  test('file without layout imports and skips no-bpmndi', async () => {
    const model = await read('vendors/IBM_BlueWorks_Live_April_2014/A.1.0-export.bpmn');
    expect(model.diagrams).toBe(0);
    expect(summarize(model).tasks).toBe(3);
    const lint = await lintBpmn(model);
    expect(lint.filter((item) => item.ruleId === 'bpmnlint/no-bpmndi')).toEqual([]);
    // Flows given only by sourceRef/targetRef still connect the nodes.
    expect(lint.filter((item) => item.ruleId === 'bpmnlint/no-disconnected')).toEqual([]);
  });

  test('byte-order mark and CRLF of the Prometheus export', async () => {
    const name = 'vendors/ibo_Prometheus_3.9.0.0/A.1.0-roundtrip.bpmn';
    const result = await importBpmn(readFileSync(`${MIWG}/${name}`), name);
    expect(result.findings).toEqual([]);
    expect(summarize(result.model!)).toMatchObject({ tasks: 3, events: 2, sequenceFlows: 4 });
  });

  test('declared ISO-8859-1 and windows-1252 leave no encoding warning', async () => {
    for (const name of ['vendors/Camunda_Eclipse_Plugin_3.0.0/B.2.0-roundtrip.bpmn', 'vendors/Enterprise_Architect_12.0.1207/B.1.0-roundtrip.bpmn']) {
      const result = await importBpmn(readFileSync(`${MIWG}/${name}`), name);
      expect(result.findings.filter((item) => item.ruleId.startsWith('xml-') || item.ruleId === 'bpmn-import-warning')).toEqual([]);
    }
  });
});

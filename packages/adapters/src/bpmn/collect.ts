import type { ModdleElement } from 'bpmn-moddle';
import type { SourceLocation } from '@tsmp/core';
import type { BpmnFlowNode, BpmnLane, BpmnLink, BpmnModel, BpmnProcess, BpmnSequenceFlow, BpmnTimer } from './model.js';

function list(element: ModdleElement | undefined, property: string): ModdleElement[] {
  const value = element?.get(property);
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

function localType(element: ModdleElement): string {
  const type = element.$type;
  const local = type.slice(type.indexOf(':') + 1);
  return local.charAt(0).toLowerCase() + local.slice(1);
}

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as ModdleElement).id;
  return undefined;
}

function linkOf(element: ModdleElement): BpmnLink {
  const link: BpmnLink = {};
  for (const key of ['card', 'operation', 'role', 'controlPoint', 'deadlineUnit'] as const) {
    const value = element.get(`tsmp:${key}`);
    if (typeof value === 'string' && value !== '') link[key] = value;
  }
  return link;
}

function timerOf(element: ModdleElement): BpmnTimer | undefined {
  for (const definition of list(element, 'eventDefinitions')) {
    if (!definition.$instanceOf('bpmn:TimerEventDefinition')) continue;
    for (const [property, kind] of [['timeDuration', 'duration'], ['timeDate', 'date'], ['timeCycle', 'cycle']] as const) {
      const expression = definition.get(property) as ModdleElement | undefined;
      const body = expression?.get('body');
      if (typeof body === 'string') return { kind, value: body.trim() };
    }
    return { kind: 'duration', value: '' };
  }
  return undefined;
}

/** Builds tsmp's own model of a BPMN file from the parsed moddle tree. */
export function collectModel(definitions: ModdleElement, file: string, locations: ReadonlyMap<string, SourceLocation>): BpmnModel {
  const model: BpmnModel = {
    file,
    definitionsId: definitions.id,
    processes: [],
    lanes: [],
    flowNodes: [],
    sequenceFlows: [],
    messageFlows: [],
    diagrams: list(definitions, 'diagrams').length,
    locations,
  };
  const rootElements = list(definitions, 'rootElements');
  const participants = new Map<string, { id: string; name?: string }>();

  for (const collaboration of rootElements.filter((element) => element.$instanceOf('bpmn:Collaboration'))) {
    for (const participant of list(collaboration, 'participants')) {
      const processId = idOf(participant.get('processRef'));
      if (processId && participant.id) participants.set(processId, { id: participant.id, name: participant.name });
    }
    for (const flow of list(collaboration, 'messageFlows')) {
      const sourceId = idOf(flow.get('sourceRef'));
      const targetId = idOf(flow.get('targetRef'));
      if (flow.id && sourceId && targetId) model.messageFlows.push({ id: flow.id, name: flow.name, sourceId, targetId });
    }
  }

  for (const process of rootElements.filter((element) => element.$instanceOf('bpmn:Process'))) {
    if (!process.id) continue;
    const entry: BpmnProcess = { id: process.id, name: process.name, link: linkOf(process) };
    const participant = participants.get(process.id);
    if (participant) entry.participant = participant;
    model.processes.push(entry);
    collectLanes(list(process, 'laneSets'), process.id, undefined, model.lanes);
    collectFlowElements(process, process.id, undefined, model);
  }

  const lanesOfNode = new Map<string, string[]>();
  for (const lane of model.lanes) {
    for (const nodeId of lane.flowNodeIds) lanesOfNode.set(nodeId, [...(lanesOfNode.get(nodeId) ?? []), lane.id]);
  }
  const nodes = new Map(model.flowNodes.map((node) => [node.id, node]));
  for (const node of model.flowNodes) node.laneIds = lanesOfNode.get(node.id) ?? [];
  // Flows are taken from sequenceFlow elements, because many tools omit the
  // optional <incoming>/<outgoing> references on the nodes.
  for (const flow of model.sequenceFlows) {
    nodes.get(flow.sourceId)?.outgoing.push(flow.id);
    nodes.get(flow.targetId)?.incoming.push(flow.id);
  }
  return model;
}

function collectLanes(laneSets: ModdleElement[], processId: string, parentLaneId: string | undefined, lanes: BpmnLane[]): void {
  for (const laneSet of laneSets) {
    for (const lane of list(laneSet, 'lanes')) {
      if (!lane.id) continue;
      const flowNodeIds = list(lane, 'flowNodeRef').map(idOf).filter((id): id is string => id !== undefined);
      lanes.push({ id: lane.id, name: lane.name, processId, parentLaneId, flowNodeIds, link: linkOf(lane) });
      const child = lane.get('childLaneSet') as ModdleElement | undefined;
      if (child) collectLanes([child], processId, lane.id, lanes);
    }
  }
}

function collectFlowElements(container: ModdleElement, processId: string, subProcessId: string | undefined, model: BpmnModel): void {
  for (const element of list(container, 'flowElements')) {
    if (!element.id) continue;
    if (element.$instanceOf('bpmn:SequenceFlow')) {
      const sourceId = idOf(element.get('sourceRef'));
      const targetId = idOf(element.get('targetRef'));
      if (sourceId && targetId) {
        const flow: BpmnSequenceFlow = { id: element.id, name: element.name, sourceId, targetId, processId };
        model.sequenceFlows.push(flow);
      }
      continue;
    }
    if (!element.$instanceOf('bpmn:FlowNode')) continue;
    const node: BpmnFlowNode = {
      id: element.id,
      name: element.name,
      type: localType(element),
      processId,
      laneIds: [],
      link: linkOf(element),
      incoming: [],
      outgoing: [],
    };
    if (subProcessId) node.subProcessId = subProcessId;
    const attachedTo = idOf(element.get('attachedToRef'));
    if (attachedTo) node.attachedTo = attachedTo;
    const timer = timerOf(element);
    if (timer) node.timer = timer;
    model.flowNodes.push(node);
    if (element.$instanceOf('bpmn:SubProcess')) collectFlowElements(element, processId, element.id, model);
  }
}

import type { SourceLocation } from '@tsmp/core';

/** tsmp link attributes found on a BPMN element. */
export interface BpmnLink {
  card?: string;
  operation?: string;
  role?: string;
  controlPoint?: string;
  deadlineUnit?: string;
}

/** A timer event definition: ISO 8601 duration, date or cycle as written. */
export interface BpmnTimer {
  kind: 'duration' | 'date' | 'cycle';
  value: string;
}

/** An activity, event or gateway of a process or subprocess. */
export interface BpmnFlowNode {
  id: string;
  name?: string;
  /** BPMN element type without prefix: `task`, `userTask`, `startEvent`, `exclusiveGateway`… */
  type: string;
  processId: string;
  /** Id of the enclosing subprocess, if the node is inside one. */
  subProcessId?: string;
  laneIds: string[];
  /** For a boundary event: the activity it is attached to. */
  attachedTo?: string;
  timer?: BpmnTimer;
  link: BpmnLink;
  incoming: string[];
  outgoing: string[];
}

export interface BpmnLane {
  id: string;
  name?: string;
  processId: string;
  parentLaneId?: string;
  flowNodeIds: string[];
  link: BpmnLink;
}

export interface BpmnProcess {
  id: string;
  name?: string;
  /** The pool that shows the process in a collaboration. */
  participant?: { id: string; name?: string };
  link: BpmnLink;
}

export interface BpmnFlow {
  id: string;
  name?: string;
  sourceId: string;
  targetId: string;
}

export interface BpmnSequenceFlow extends BpmnFlow {
  processId: string;
}

/** Model read from a BPMN file, independent of the parser's own objects. */
export interface BpmnModel {
  file: string;
  definitionsId?: string;
  processes: BpmnProcess[];
  lanes: BpmnLane[];
  flowNodes: BpmnFlowNode[];
  sequenceFlows: BpmnSequenceFlow[];
  messageFlows: BpmnFlow[];
  /** Number of diagrams (BPMNDiagram) in the file; 0 when the file has no layout. */
  diagrams: number;
  /** Start position of each element with an id, keyed by id. */
  locations: ReadonlyMap<string, SourceLocation>;
}

/** Counts shown after an import. */
export interface BpmnSummary {
  processes: number;
  participants: number;
  lanes: number;
  tasks: number;
  subProcesses: number;
  events: number;
  gateways: number;
  sequenceFlows: number;
  messageFlows: number;
  diagrams: number;
}

/** Tells whether a flow node type is a task or a call activity, the units of work a tech card operation corresponds to. */
export function isTaskType(type: string): boolean {
  return type === 'task' || type.endsWith('Task') || type === 'callActivity';
}

/** Counts the elements of a model by kind. */
export function summarize(model: BpmnModel): BpmnSummary {
  const count = (test: (type: string) => boolean) => model.flowNodes.filter((node) => test(node.type)).length;
  return {
    processes: model.processes.length,
    participants: model.processes.filter((process) => process.participant).length,
    lanes: model.lanes.length,
    tasks: count(isTaskType),
    subProcesses: count((type) => type === 'subProcess' || type === 'transaction' || type === 'adHocSubProcess'),
    events: count((type) => type.endsWith('Event')),
    gateways: count((type) => type.endsWith('Gateway')),
    sequenceFlows: model.sequenceFlows.length,
    messageFlows: model.messageFlows.length,
    diagrams: model.diagrams,
  };
}

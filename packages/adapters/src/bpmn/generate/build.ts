import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';
import type { DeadlineUnit, Operation, TechCard } from '@tsmp/schema';
import type { RoleInfo } from '../roles.js';
import { isoDuration } from './duration.js';
import { IdFactory } from './ids.js';

/** Texts the generator puts into the diagram, in the user's language. */
export interface GeneratedLabels {
  start: string;
  end: string;
  split: string;
  /** Name of the end event a deadline timer leads to. */
  deadlineMissed: string;
  /** Short unit names for timer labels such as «1 раб. дн.». */
  units: Readonly<Record<DeadlineUnit, string>>;
  /** Writes a deadline amount the way the language does (a decimal comma in Russian). */
  amount: (value: number) => string;
}

interface OperationNodes {
  entry: ModdleElement;
  exit: ModdleElement;
  lane: string;
}

/**
 * Builds the semantic part of a BPMN model of a tech card: one pool, a lane
 * per performer role and a task per operation (a service task when the role
 * is ЕЦП). Each control point becomes an intermediate event after its
 * operation. Each non-zero deadline becomes a non-interrupting timer that
 * leads to its own end event. Sequence flows follow `next` or, where it is
 * empty, the order of operations, and exclusive gateways make splits and
 * joins explicit.
 */
export function buildDefinitions(moddle: BpmnModdle, card: TechCard, roles: ReadonlyMap<string, RoleInfo>, labels: GeneratedLabels): ModdleElement {
  const ids = new IdFactory();
  const process = moddle.create('bpmn:Process', { id: ids.make('Process', card.id), name: card.title, isExecutable: false });
  process.set('tsmp:card', card.id);
  const flowElements: ModdleElement[] = [];
  const laneMembers = new Map<string, ModdleElement[]>();
  const addNode = (node: ModdleElement, role: string) => {
    flowElements.push(node);
    laneMembers.set(role, [...(laneMembers.get(role) ?? []), node]);
  };
  const connect = (source: ModdleElement, target: ModdleElement) => {
    const flow = moddle.create('bpmn:SequenceFlow', { id: ids.make('Flow', `${source.id}_${target.id}`), sourceRef: source, targetRef: target });
    (source.get('outgoing') as ModdleElement[]).push(flow);
    (target.get('incoming') as ModdleElement[]).push(flow);
    flowElements.push(flow);
  };

  const operations = card.operations;
  const successors = new Map(operations.map((operation, index) => [operation.id, successorsOf(operation, index, operations)]));
  const incomingCount = new Map<string, number>(operations.map((operation) => [operation.id, 0]));
  for (const list of successors.values()) for (const id of list) incomingCount.set(id, (incomingCount.get(id) ?? 0) + 1);
  const first = operations[0];
  if (first) incomingCount.set(first.id, (incomingCount.get(first.id) ?? 0) + 1);

  const nodes = new Map<string, OperationNodes>();
  for (const operation of operations) {
    nodes.set(operation.id, operationNodes(operation));
  }

  if (first) {
    const firstNodes = nodes.get(first.id)!;
    const start = moddle.create('bpmn:StartEvent', { id: ids.make('StartEvent', card.id), name: first.trigger || labels.start });
    addNode(start, firstNodes.lane);
    connect(start, firstNodes.entry);
  }
  const ends = operations.filter((operation) => (successors.get(operation.id) ?? []).length === 0);
  if (ends.length > 0) {
    const lastLane = nodes.get(ends[ends.length - 1]!.id)!.lane;
    const end = moddle.create('bpmn:EndEvent', { id: ids.make('EndEvent', card.id), name: labels.end });
    // Control points that no operation records (such as a later employment)
    // are marked on the way to the end event, so they still lie on the path.
    const recorded = new Set(operations.map((operation) => operation.controlPoint));
    const unattached = card.controlPoints.filter((point) => !recorded.has(point.id)).map((point) => {
      const event = moddle.create('bpmn:IntermediateThrowEvent', { id: ids.make('ControlPoint', point.id), name: point.name });
      event.set('tsmp:controlPoint', point.id);
      addNode(event, lastLane);
      return event;
    });
    addNode(end, lastLane);
    const chain = [...unattached, end];
    for (const operation of ends) connect(nodes.get(operation.id)!.exit, chain[0]!);
    for (let index = 1; index < chain.length; index += 1) connect(chain[index - 1]!, chain[index]!);
  }
  for (const operation of operations) {
    const from = nodes.get(operation.id)!;
    for (const next of successors.get(operation.id) ?? []) connect(from.exit, nodes.get(next)!.entry);
  }

  const lanes = [...laneMembers.entries()].map(([role, members]) => {
    const lane = moddle.create('bpmn:Lane', { id: ids.make('Lane', role), name: roles.get(role)?.name ?? role, flowNodeRef: members });
    lane.set('tsmp:role', role);
    return lane;
  });
  process.set('laneSets', [moddle.create('bpmn:LaneSet', { id: ids.make('LaneSet', card.id), lanes })]);
  process.set('flowElements', flowElements);

  const participant = moddle.create('bpmn:Participant', { id: ids.make('Participant', card.id), name: card.title, processRef: process });
  const collaboration = moddle.create('bpmn:Collaboration', { id: ids.make('Collaboration', card.id), participants: [participant] });
  return moddle.create('bpmn:Definitions', {
    id: ids.make('Definitions', card.id),
    targetNamespace: `https://tsmp.dev/bpmn/${encodeURIComponent(card.id)}`,
    exporter: 'tsmp',
    rootElements: [collaboration, process],
  });

  function operationNodes(operation: Operation): OperationNodes {
    const role = operation.performer;
    const type = roles.get(role)?.level === 'ecp' ? 'bpmn:ServiceTask' : 'bpmn:UserTask';
    const task = moddle.create(type, { id: ids.make('Task', operation.id), name: `${operation.number}. ${operation.name}` });
    task.set('tsmp:operation', operation.id);
    let entry = task;
    let exit = task;
    if ((incomingCount.get(operation.id) ?? 0) > 1) {
      entry = moddle.create('bpmn:ExclusiveGateway', { id: ids.make('Join', operation.id) });
      addNode(entry, role);
    }
    addNode(task, role);
    if (entry !== task) connect(entry, task);

    const duration = isoDuration(operation.deadline);
    if (duration) {
      const expression = moddle.create('bpmn:FormalExpression', { body: duration });
      const timer = moddle.create('bpmn:TimerEventDefinition', { id: ids.make('TimerDefinition', operation.id), timeDuration: expression });
      // The label stays short so it fits under the timer; the deadline's wording goes into the documentation.
      const { amount, unit, wording } = operation.deadline;
      const boundary = moddle.create('bpmn:BoundaryEvent', {
        id: ids.make('Deadline', operation.id),
        name: `${labels.amount(amount)} ${labels.units[unit]}`,
        attachedToRef: task,
        cancelActivity: false,
        eventDefinitions: [timer],
        documentation: [moddle.create('bpmn:Documentation', { text: wording })],
      });
      boundary.set('tsmp:operation', operation.id);
      boundary.set('tsmp:deadlineUnit', operation.deadline.unit);
      addNode(boundary, role);
      const missed = moddle.create('bpmn:EndEvent', { id: ids.make('DeadlineMissed', operation.id), name: labels.deadlineMissed });
      addNode(missed, role);
      connect(boundary, missed);
    }

    if (operation.controlPoint) {
      const point = card.controlPoints.find((candidate) => candidate.id === operation.controlPoint);
      const event = moddle.create('bpmn:IntermediateThrowEvent', { id: ids.make('ControlPoint', operation.controlPoint), name: point?.name ?? operation.controlPoint });
      event.set('tsmp:controlPoint', operation.controlPoint);
      addNode(event, role);
      connect(exit, event);
      exit = event;
    }

    if ((successors.get(operation.id) ?? []).length > 1) {
      const split = moddle.create('bpmn:ExclusiveGateway', { id: ids.make('Split', operation.id), name: labels.split });
      addNode(split, role);
      connect(exit, split);
      exit = split;
    }
    return { entry, exit, lane: role };
  }
}

/** Operations that start after this one: `next` when given, else the next one in the card's order. */
function successorsOf(operation: Operation, index: number, operations: readonly Operation[]): string[] {
  const known = new Set(operations.map((candidate) => candidate.id));
  if (operation.next.length > 0) return operation.next.filter((id) => known.has(id));
  const following = operations[index + 1];
  return following ? [following.id] : [];
}

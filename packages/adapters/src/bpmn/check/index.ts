import { finding, type Finding, type LoadedArtifact } from '@tsmp/core';
import type { TechCard } from '@tsmp/schema';
import type { BpmnFlowNode, BpmnModel } from '../model.js';
import { isTaskType } from '../model.js';
import type { RoleInfo } from '../roles.js';
import type { CrossCheckContext } from './context.js';
import { checkControlPoints } from './control-points.js';
import { checkLanes } from './lanes.js';
import { checkOperations } from './operations.js';
import { checkTimers } from './timers.js';

/**
 * Cross-checks a tech card against its BPMN model: operations and tasks,
 * lanes and performer roles, timers and deadlines, control points and the
 * process path. Findings about the card point into the card file, findings
 * about the diagram into the BPMN file.
 */
export function checkCardAgainstBpmn(card: LoadedArtifact<TechCard>, model: BpmnModel, roles: ReadonlyMap<string, RoleInfo> = new Map()): Finding[] {
  const tasksByOperation = new Map<string, BpmnFlowNode[]>();
  for (const node of model.flowNodes) {
    const operation = node.link.operation;
    if (!operation || !isTaskType(node.type)) continue;
    tasksByOperation.set(operation, [...(tasksByOperation.get(operation) ?? []), node]);
  }
  const context: CrossCheckContext = { card, model, roles, tasksByOperation };
  return [...checkOperations(context), ...checkLanes(context), ...checkTimers(context), ...checkControlPoints(context)].map((input) => finding(input));
}

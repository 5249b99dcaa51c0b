import type { FindingInput } from '@tsmp/core';
import type { BpmnLane } from '../model.js';
import { inBpmn, type CrossCheckContext } from './context.js';
import { normalizeName } from './names.js';

/**
 * Checks that the lane of each linked task is the performer role of its
 * operation. A lane names its role by the tsmp:role attribute, else by the
 * role's name or id as the lane's name. Tasks of a process without lanes
 * are not checked.
 */
export function checkLanes(context: CrossCheckContext): FindingInput[] {
  const { card, model, roles, tasksByOperation } = context;
  const lanes = new Map(model.lanes.map((lane) => [lane.id, lane]));
  const findings: FindingInput[] = [];
  for (const operation of card.data.operations) {
    for (const task of tasksByOperation.get(operation.id) ?? []) {
      if (task.laneIds.length === 0) continue;
      const taskLanes = task.laneIds.map((id) => lanes.get(id)).filter((lane): lane is BpmnLane => lane !== undefined);
      if (taskLanes.some((lane) => laneRole(lane, roles) === operation.performer)) continue;
      findings.push(
        inBpmn(context, task.id, {
          ruleId: 'bpmn-lane-role-mismatch',
          severity: 'error',
          messageId: 'bpmn.check.laneRoleMismatch',
          args: {
            task: task.id,
            operation: operation.id,
            performer: operation.performer,
            performerName: roles.get(operation.performer)?.name ?? operation.performer,
            lane: taskLanes.map((lane) => lane.name ?? lane.id).join(', '),
          },
        }),
      );
    }
  }
  return findings;
}

function laneRole(lane: BpmnLane, roles: ReadonlyMap<string, { name: string }>): string | undefined {
  if (lane.link.role) return lane.link.role;
  const name = normalizeName(lane.name);
  for (const [id, role] of roles) {
    if (normalizeName(role.name) === name || normalizeName(id) === name) return id;
  }
  return lane.name;
}

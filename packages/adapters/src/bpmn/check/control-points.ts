import type { FindingInput } from '@tsmp/core';
import { inBpmn, inCard, type CrossCheckContext } from './context.js';
import { nodesOnPath } from './paths.js';

/**
 * Checks that each control point of the card is marked in the diagram by the
 * tsmp:controlPoint attribute on a task or event. The marked element must
 * lie on a path from a start to an end event, so the process can record it.
 */
export function checkControlPoints(context: CrossCheckContext): FindingInput[] {
  const { card, model } = context;
  const known = new Set(card.data.controlPoints.map((point) => point.id));
  const onPath = nodesOnPath(model);
  const findings: FindingInput[] = [];

  card.data.controlPoints.forEach((point, index) => {
    const marked = model.flowNodes.filter((node) => node.link.controlPoint === point.id);
    if (marked.length === 0) {
      findings.push(
        inCard(context, ['controlPoints', index], `controlPoints[${point.id}]`, {
          ruleId: 'bpmn-control-point-missing',
          severity: 'error',
          messageId: 'bpmn.check.controlPointMissing',
          args: { controlPoint: point.id, name: point.name, file: model.file },
        }),
      );
      return;
    }
    for (const node of marked) {
      if (onPath.has(node.id)) continue;
      findings.push(inBpmn(context, node.id, { ruleId: 'bpmn-control-point-off-path', severity: 'error', messageId: 'bpmn.check.controlPointOffPath', args: { element: node.id, controlPoint: point.id } }));
    }
  });

  for (const node of model.flowNodes) {
    const id = node.link.controlPoint;
    if (id && !known.has(id)) {
      findings.push(inBpmn(context, node.id, { ruleId: 'bpmn-control-point-unknown', severity: 'error', messageId: 'bpmn.check.controlPointUnknown', args: { element: node.id, controlPoint: id, card: card.id } }));
    }
  }
  return findings;
}

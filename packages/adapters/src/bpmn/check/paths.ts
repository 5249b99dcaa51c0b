import type { BpmnModel } from '../model.js';

/**
 * Returns the ids of the nodes that lie on a path from a start event to an
 * end event of their process. A boundary event counts as reached when its
 * host is. A node inside a subprocess is on a path when its subprocess is.
 */
export function nodesOnPath(model: BpmnModel): Set<string> {
  const topLevel = model.flowNodes.filter((node) => node.subProcessId === undefined);
  const next = new Map<string, string[]>();
  const previous = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, from: string, to: string) => map.set(from, [...(map.get(from) ?? []), to]);
  for (const flow of model.sequenceFlows) {
    add(next, flow.sourceId, flow.targetId);
    add(previous, flow.targetId, flow.sourceId);
  }
  for (const node of model.flowNodes) {
    if (node.attachedTo) add(next, node.attachedTo, node.id);
  }

  const walk = (starts: string[], edges: Map<string, string[]>): Set<string> => {
    const seen = new Set(starts);
    const queue = [...starts];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const target of edges.get(id) ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    return seen;
  };
  const reached = walk(topLevel.filter((node) => node.type === 'startEvent').map((node) => node.id), next);
  const finishing = walk(topLevel.filter((node) => node.type === 'endEvent').map((node) => node.id), previous);

  const onPath = new Set<string>();
  for (const node of topLevel) {
    if (reached.has(node.id) && finishing.has(node.id)) onPath.add(node.id);
  }
  // Nodes come parent first, so nested subprocesses are handled in one pass.
  for (const node of model.flowNodes) {
    if (node.subProcessId !== undefined && onPath.has(node.subProcessId)) onPath.add(node.id);
  }
  return onPath;
}

import type { ModdleElement } from 'bpmn-moddle';

/**
 * Fills the `incoming` and `outgoing` references of flow nodes from the
 * sequence flows. BPMN derives them from sourceRef and targetRef, and many
 * tools omit them from the file. bpmnlint reads only these references, so
 * without this step it reports every node of such a file as disconnected.
 */
export function completeFlowReferences(definitions: ModdleElement): void {
  const visit = (container: ModdleElement): void => {
    const elements = container.get('flowElements');
    if (!Array.isArray(elements)) return;
    for (const element of elements as ModdleElement[]) {
      if (element.$instanceOf('bpmn:SequenceFlow')) {
        link(element.get('sourceRef'), 'outgoing', element);
        link(element.get('targetRef'), 'incoming', element);
      } else if (element.$instanceOf('bpmn:SubProcess')) {
        visit(element);
      }
    }
  };
  const roots = definitions.get('rootElements');
  if (!Array.isArray(roots)) return;
  for (const root of roots as ModdleElement[]) {
    if (root.$instanceOf('bpmn:Process')) visit(root);
  }
}

function link(node: unknown, property: 'incoming' | 'outgoing', flow: ModdleElement): void {
  if (!node || typeof node !== 'object' || !('$instanceOf' in node)) return;
  const element = node as ModdleElement;
  if (!element.$instanceOf('bpmn:FlowNode')) return;
  const flows = element.get(property) as ModdleElement[];
  if (!flows.includes(flow)) flows.push(flow);
}

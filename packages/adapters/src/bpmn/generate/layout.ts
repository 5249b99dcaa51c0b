import { layoutProcess } from 'bpmn-auto-layout';
import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROW_HEIGHT = 220;
/** Top of a task within its row. The rest of the row is left for its deadline timer and end event. */
const ROW_PADDING = 30;
/** Height bpmn-auto-layout gives tasks; smaller shapes are centred on it. */
const TASK_HEIGHT = 80;
const POOL_LABEL = 30;
const LANE_LABEL = 30;
const MARGIN = 40;

/**
 * Lays out a generated single-pool model. bpmn-auto-layout 1.3.0 places the
 * flow nodes of the process in columns but draws neither pools nor lanes,
 * so its columns are kept and each node is moved into the band of its lane.
 * The pool and lane shapes are then added and the sequence flows are routed
 * again between the moved shapes.
 */
export async function layoutDefinitions(moddle: BpmnModdle, xml: string): Promise<string> {
  const laid = await layoutProcess(xml);
  const { rootElement: definitions } = await moddle.fromXML(laid, 'bpmn:Definitions');
  const roots = definitions.get('rootElements') as ModdleElement[];
  const collaboration = roots.find((element) => element.$instanceOf('bpmn:Collaboration'))!;
  const process = roots.find((element) => element.$instanceOf('bpmn:Process'))!;
  const participant = (collaboration.get('participants') as ModdleElement[])[0]!;
  const lanes = ((process.get('laneSets') as ModdleElement[])[0]?.get('lanes') as ModdleElement[] | undefined) ?? [];
  const diagram = (definitions.get('diagrams') as ModdleElement[])[0]!;
  const plane = diagram.get('plane') as ModdleElement;

  const shapes = new Map<string, ModdleElement>();
  for (const element of plane.get('planeElement') as ModdleElement[]) {
    const target = element.get('bpmnElement') as ModdleElement | undefined;
    if (element.$instanceOf('bpmndi:BPMNShape') && target?.id) shapes.set(target.id, element);
  }
  const boxOf = (id: string): Box => shapes.get(id)!.get('bounds') as unknown as Box;

  const flowElements = process.get('flowElements') as ModdleElement[];
  const boundaries = flowElements.filter((element) => element.$instanceOf('bpmn:BoundaryEvent'));
  // A deadline's end event is drawn under its timer, not in a column of its own.
  const timerEnds = new Map<string, ModdleElement>();
  for (const boundary of boundaries) {
    for (const flow of boundary.get('outgoing') as ModdleElement[]) timerEnds.set((flow.get('targetRef') as ModdleElement).id!, boundary);
  }

  // Nodes that share a column within a lane get their own row in the lane.
  const laneTop: number[] = [];
  let top = 0;
  lanes.forEach((lane, laneIndex) => {
    const members = (lane.get('flowNodeRef') as ModdleElement[]).filter(
      (node) => !node.$instanceOf('bpmn:BoundaryEvent') && !timerEnds.has(node.id!) && shapes.has(node.id!),
    );
    const rowsByColumn = new Map<number, number>();
    for (const node of members) {
      const box = boxOf(node.id!);
      const column = Math.round(box.x + box.width / 2);
      const row = rowsByColumn.get(column) ?? 0;
      rowsByColumn.set(column, row + 1);
      box.y = top + row * ROW_HEIGHT + ROW_PADDING + (TASK_HEIGHT - box.height) / 2;
      box.x += POOL_LABEL + LANE_LABEL + MARGIN;
    }
    laneTop[laneIndex] = top;
    top += Math.max(1, ...rowsByColumn.values()) * ROW_HEIGHT;
  });

  for (const boundary of boundaries) {
    const host = boxOf((boundary.get('attachedToRef') as ModdleElement).id!);
    const box = boxOf(boundary.id!);
    box.x = host.x + host.width - box.width - 8;
    box.y = host.y + host.height - box.height / 2;
  }
  for (const [endId, boundary] of timerEnds) {
    const timer = boxOf(boundary.id!);
    const box = boxOf(endId);
    box.x = timer.x + (timer.width - box.width) / 2;
    box.y = timer.y + timer.height + 45;
  }

  const right = Math.max(...[...shapes.values()].map((shape) => {
    const box = shape.get('bounds') as unknown as Box;
    return box.x + box.width;
  }));
  const poolWidth = right + MARGIN;
  const bounds = (box: Box) => moddle.create('dc:Bounds', { ...box });
  const poolShape = moddle.create('bpmndi:BPMNShape', { id: `${participant.id}_di`, bpmnElement: participant, isHorizontal: true, bounds: bounds({ x: 0, y: 0, width: poolWidth, height: top }) });
  const laneShapes = lanes.map((lane, index) => {
    const height = (laneTop[index + 1] ?? top) - (laneTop[index] ?? 0);
    return moddle.create('bpmndi:BPMNShape', {
      id: `${lane.id}_di`,
      bpmnElement: lane,
      isHorizontal: true,
      bounds: bounds({ x: POOL_LABEL, y: laneTop[index] ?? 0, width: poolWidth - POOL_LABEL, height }),
    });
  });

  const edges = flowElements
    .filter((element) => element.$instanceOf('bpmn:SequenceFlow'))
    .map((flow) => {
      const source = boxOf((flow.get('sourceRef') as ModdleElement).id!);
      const target = boxOf((flow.get('targetRef') as ModdleElement).id!);
      const waypoint = route(source, target).map(([x, y]) => moddle.create('dc:Point', { x, y }));
      return moddle.create('bpmndi:BPMNEdge', { id: `${flow.id}_di`, bpmnElement: flow, waypoint });
    });

  plane.set('bpmnElement', collaboration);
  plane.set('planeElement', [poolShape, ...laneShapes, ...shapes.values(), ...edges]);
  const { xml: result } = await moddle.toXML(definitions, { format: true });
  return result;
}

/** Routes a flow with right angles: forwards from the right side, vertically between rows, backwards over the top. */
function route(source: Box, target: Box): Array<[number, number]> {
  const sourceMiddle = source.y + source.height / 2;
  const targetMiddle = target.y + target.height / 2;
  const sourceCentre = source.x + source.width / 2;
  const targetCentre = target.x + target.width / 2;
  if (target.x >= source.x + source.width) {
    const start: [number, number] = [source.x + source.width, sourceMiddle];
    const end: [number, number] = [target.x, targetMiddle];
    if (sourceMiddle === targetMiddle) return [start, end];
    const middle = Math.round((start[0] + end[0]) / 2);
    return [start, [middle, sourceMiddle], [middle, targetMiddle], end];
  }
  if (Math.abs(sourceCentre - targetCentre) < 1) {
    return target.y > source.y
      ? [[sourceCentre, source.y + source.height], [targetCentre, target.y]]
      : [[sourceCentre, source.y], [targetCentre, target.y + target.height]];
  }
  // Backward flows pass above the shapes, because deadline timers sit on their lower edges.
  const above = Math.min(source.y, target.y) - ROW_PADDING / 2;
  return [[sourceCentre, source.y], [sourceCentre, above], [targetCentre, above], [targetCentre, target.y]];
}

import type { FindingInput, LoadedArtifact, PathSegment, SourceLocation } from '@tsmp/core';
import type { TechCard } from '@tsmp/schema';
import type { BpmnFlowNode, BpmnModel } from '../model.js';
import type { RoleInfo } from '../roles.js';

/** Inputs of every cross-check: the card, the model, roles and linked tasks. */
export interface CrossCheckContext {
  card: LoadedArtifact<TechCard>;
  model: BpmnModel;
  roles: ReadonlyMap<string, RoleInfo>;
  /** Tasks by the operation their tsmp:operation attribute names. */
  tasksByOperation: Map<string, BpmnFlowNode[]>;
}

/** Location of a BPMN element, or the start of the file for an element without a known position. */
export function elementLocation(context: CrossCheckContext, id: string): SourceLocation {
  return context.model.locations.get(id) ?? { file: context.model.file, line: 1, column: 1 };
}

/** Builds a finding located in the tech card, with its path and id path. */
export function inCard(context: CrossCheckContext, path: PathSegment[], idPath: string, input: Omit<FindingInput, 'location' | 'path' | 'idPath' | 'artifactId'>): FindingInput {
  return { ...input, location: context.card.positions.locate(path), path, idPath, artifactId: context.card.id };
}

/** Builds a finding located in the BPMN file at an element. */
export function inBpmn(context: CrossCheckContext, elementId: string, input: Omit<FindingInput, 'location' | 'artifactId' | 'idPath'>): FindingInput {
  return { ...input, location: elementLocation(context, elementId), artifactId: context.card.id, idPath: `bpmn[${elementId}]` };
}

import { TsmpError, type LoadedArtifact } from '@tsmp/core';
import type { ControlPoint, Operation, ProcessStandard, TechCard } from '@tsmp/schema';
import { ECP_CATALOG_FORMAT, ECP_CATALOG_FORMAT_VERSION, type EcpCatalog, type EcpControlPoint } from './catalog-schema.js';

/** A standard with the tech cards that define its control points, as found in a repository. */
export interface StandardSources {
  standard: LoadedArtifact<ProcessStandard>;
  techCards: LoadedArtifact<TechCard>[];
}

/**
 * Finds a process standard and its tech cards among loaded artifacts. A tech
 * card that names an edition belongs to that edition only. Throws a
 * `TsmpError` when the standard is not there, because nothing can be built.
 */
export function findStandardSources(artifacts: readonly LoadedArtifact[], standardId: string): StandardSources {
  const standards = artifacts.filter((artifact): artifact is LoadedArtifact<ProcessStandard> => artifact.data.kind === 'ProcessStandard');
  const standard = standards.find((artifact) => artifact.id === standardId);
  if (!standard) {
    throw new TsmpError('ecp.standardNotFound', { id: standardId, known: standards.map((artifact) => artifact.id).join(', ') || '—' });
  }
  const edition = standard.data.edition.number;
  const techCards = artifacts.filter(
    (artifact): artifact is LoadedArtifact<TechCard> =>
      artifact.data.kind === 'TechCard' && artifact.data.standard === standardId && (artifact.data.edition === undefined || artifact.data.edition === edition),
  );
  return { standard, techCards };
}

/** Builds the control-point catalogue of a standard edition, in the order the tech cards define the points. */
export function buildEcpCatalog(sources: StandardSources): EcpCatalog {
  const { standard, techCards } = sources;
  const edition = standard.data.edition;
  const controlPoints: EcpControlPoint[] = [];
  for (const card of [...techCards].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const point of card.data.controlPoints) {
      const operation = card.data.operations.find((candidate) => candidate.controlPoint === point.id);
      controlPoints.push(toEcpControlPoint(point, card.id, operation));
    }
  }
  return {
    format: ECP_CATALOG_FORMAT,
    formatVersion: ECP_CATALOG_FORMAT_VERSION,
    standard: {
      id: standard.id,
      title: standard.data.title,
      edition: edition.number,
      status: edition.status,
      effectiveFrom: edition.effectiveFrom,
      ...(edition.effectiveTo ? { effectiveTo: edition.effectiveTo } : {}),
    },
    controlPoints,
  };
}

function toEcpControlPoint(point: ControlPoint, techCard: string, operation: Operation | undefined): EcpControlPoint {
  const entry: EcpControlPoint = {
    id: point.id,
    name: point.name,
    event: point.event,
    required: point.required,
    techCard,
    fields: point.data.map((field) => ({
      id: field.id,
      name: field.name,
      type: field.type,
      required: field.required,
      ...(field.values && field.values.length > 0 ? { values: [...field.values] } : {}),
      ...(field.description ? { description: field.description } : {}),
    })),
  };
  if (point.description) entry.description = point.description;
  if (operation) {
    entry.operation = { id: operation.id, number: operation.number, name: operation.name, performer: operation.performer };
    const deadline = operation.deadline;
    entry.deadline = { amount: deadline.amount, unit: deadline.unit, anchorEvent: deadline.anchor.event, wording: deadline.wording };
  }
  return entry;
}

import type { EcpCatalog } from '../ecp/catalog-schema.js';

/** Share of a standard edition's control points that a regional system maps. */
export interface MappingCoverage {
  standard: string;
  edition: number;
  /** Control points in the edition. */
  total: number;
  /** Distinct control points of the edition that the mapping realises. */
  mapped: number;
  required: number;
  requiredMapped: number;
  /** `mapped / total`, from 0 to 1; 1 for an edition without control points. */
  share: number;
  /** `requiredMapped / required`, from 0 to 1; 1 when no point is required. */
  requiredShare: number;
}

/** Computes coverage from the ids of the control points a mapping realises. */
export function coverageOf(catalog: EcpCatalog, mappedIds: ReadonlySet<string>): MappingCoverage {
  const points = catalog.controlPoints;
  const required = points.filter((point) => point.required);
  const mapped = points.filter((point) => mappedIds.has(point.id)).length;
  const requiredMapped = required.filter((point) => mappedIds.has(point.id)).length;
  return {
    standard: catalog.standard.id,
    edition: catalog.standard.edition,
    total: points.length,
    mapped,
    required: required.length,
    requiredMapped,
    share: points.length === 0 ? 1 : mapped / points.length,
    requiredShare: required.length === 0 ? 1 : requiredMapped / required.length,
  };
}

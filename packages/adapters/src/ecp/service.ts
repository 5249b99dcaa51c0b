import { TsmpError } from '@tsmp/core';
import type { EcpCatalog, EcpControlPoint } from './catalog-schema.js';
import type { StandardSources } from './build.js';

/**
 * Lists the control points a case of one service passes: those of the
 * service's tech card, in catalogue order. A system must emit the required
 * ones for every case and the others when their event happens. A service
 * without its own card passes every point of the standard. Throws a
 * `TsmpError` for a service the standard does not define.
 */
export function controlPointsOfService(catalog: EcpCatalog, sources: StandardSources, serviceId: string): EcpControlPoint[] {
  const services = sources.standard.data.services;
  const service = services.find((candidate) => candidate.id === serviceId);
  if (!service) {
    throw new TsmpError('ecp.serviceNotFound', { id: serviceId, standard: sources.standard.id, known: services.map((candidate) => candidate.id).join(', ') || '—' });
  }
  if (!service.techCard) return [...catalog.controlPoints];
  return catalog.controlPoints.filter((point) => point.techCard === service.techCard);
}

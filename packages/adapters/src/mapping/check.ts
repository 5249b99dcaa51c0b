import { finding, type Finding, type FindingInput, type LoadedArtifact, type PathSegment } from '@tsmp/core';
import type { ControlPointMapping, RegionalMapping } from '@tsmp/schema';
import type { EcpCatalog, EcpControlPoint } from '../ecp/catalog-schema.js';
import { coverageOf, type MappingCoverage } from './coverage.js';

export interface MappingCheck {
  findings: Finding[];
  coverage: MappingCoverage;
}

type Report = Omit<FindingInput, 'location' | 'artifactId' | 'path'> & { path: PathSegment[] };

/**
 * Checks a regional mapping against the control-point catalogue of a
 * standard edition: unknown points, required points left unmapped,
 * duplicates, unknown fields and type mismatches. Checked against a newer
 * edition than the one it was written for, the findings point at exactly the
 * mapping lines that must change.
 */
export function checkMapping(mapping: LoadedArtifact<RegionalMapping>, catalog: EcpCatalog): MappingCheck {
  const data = mapping.data;
  const entries = data.mappings ?? [];
  const points = new Map(catalog.controlPoints.map((point) => [point.id, point]));
  const reports: Report[] = [];
  const { id: standard, edition } = catalog.standard;

  if (data.standard !== standard) {
    reports.push({ ruleId: 'mapping-standard-mismatch', severity: 'error', messageId: 'mapping.standardMismatch', args: { declared: data.standard, standard }, path: ['standard'] });
  }
  if (data.edition !== edition) {
    reports.push({ ruleId: 'mapping-edition-changed', severity: 'info', messageId: 'mapping.editionChanged', args: { declared: data.edition, edition }, path: ['edition'] });
  }

  const firstByPoint = new Map<string, number>();
  const firstByEvent = new Map<string, number>();
  const mappedIds = new Set<string>();
  entries.forEach((entry, index) => {
    const point = points.get(entry.controlPoint);
    if (!point) {
      reports.push({
        ruleId: 'mapping-unknown-control-point',
        severity: 'error',
        messageId: 'mapping.unknownControlPoint',
        args: { controlPoint: entry.controlPoint, standard, edition },
        path: ['mappings', index, 'controlPoint'],
      });
    } else {
      mappedIds.add(point.id);
    }

    const earlier = firstByPoint.get(entry.controlPoint);
    if (earlier === undefined) firstByPoint.set(entry.controlPoint, index);
    else reports.push(duplicate('mapping-duplicate-control-point', 'mapping.duplicateControlPoint', { controlPoint: entry.controlPoint }, ['mappings', index, 'controlPoint'], ['mappings', earlier, 'controlPoint']));

    const sameEvent = firstByEvent.get(entry.event);
    if (sameEvent === undefined) firstByEvent.set(entry.event, index);
    else if (entries[sameEvent]?.controlPoint !== entry.controlPoint) {
      reports.push(duplicate('mapping-duplicate-event', 'mapping.duplicateEvent', { event: entry.event, controlPoint: entry.controlPoint, other: entries[sameEvent]?.controlPoint ?? '' }, ['mappings', index, 'event'], ['mappings', sameEvent, 'event'], 'warning'));
    }

    if (point) reports.push(...checkFields(entry, index, point));
  });

  for (const point of catalog.controlPoints) {
    if (mappedIds.has(point.id)) continue;
    reports.push({
      ruleId: point.required ? 'mapping-required-unmapped' : 'mapping-optional-unmapped',
      severity: point.required ? 'error' : 'info',
      messageId: point.required ? 'mapping.requiredUnmapped' : 'mapping.optionalUnmapped',
      args: { controlPoint: point.id, name: point.name, event: point.event },
      path: ['mappings'],
    });
  }

  const findings = reports.map(({ related, ...report }) =>
    finding({
      ...report,
      location: mapping.positions.locate(report.path),
      artifactId: mapping.id,
      idPath: idPathOf(report.path, entries),
      ...(related ? { related: related } : {}),
    }),
  );
  return { findings, coverage: coverageOf(catalog, mappedIds) };

  function duplicate(ruleId: string, messageId: string, args: Report['args'], path: PathSegment[], firstPath: PathSegment[], severity: Report['severity'] = 'error'): Report {
    return { ruleId, severity, messageId, args, path, related: [mapping.positions.locate(firstPath)] };
  }
}

function checkFields(entry: ControlPointMapping, index: number, point: EcpControlPoint): Report[] {
  const reports: Report[] = [];
  const fields = new Map(point.fields.map((field) => [field.id, field]));
  const seen = new Set<string>();
  entry.fields.forEach((mapped, fieldIndex) => {
    const path: PathSegment[] = ['mappings', index, 'fields', fieldIndex];
    const expected = fields.get(mapped.field);
    if (!expected) {
      reports.push({
        ruleId: 'mapping-unknown-field',
        severity: 'error',
        messageId: 'mapping.unknownField',
        args: { field: mapped.field, controlPoint: point.id, known: point.fields.map((field) => field.id).join(', ') || '—' },
        path: [...path, 'field'],
      });
      return;
    }
    if (seen.has(mapped.field)) {
      reports.push({ ruleId: 'mapping-duplicate-field', severity: 'error', messageId: 'mapping.duplicateField', args: { field: mapped.field, controlPoint: point.id }, path: [...path, 'field'] });
    }
    seen.add(mapped.field);
    if (mapped.type !== expected.type) {
      reports.push({
        ruleId: 'mapping-field-type-mismatch',
        severity: 'error',
        messageId: 'mapping.fieldTypeMismatch',
        args: { field: mapped.field, controlPoint: point.id, actual: mapped.type, expected: expected.type },
        path: [...path, 'type'],
      });
    }
  });
  for (const field of point.fields) {
    if (!field.required || seen.has(field.id)) continue;
    reports.push({
      ruleId: 'mapping-required-field-unmapped',
      severity: 'error',
      messageId: 'mapping.requiredFieldUnmapped',
      args: { field: field.id, name: field.name, type: field.type, controlPoint: point.id },
      path: ['mappings', index, 'fields'],
    });
  }
  return reports;
}

/** Names list items by their control point or field id, so fingerprints survive reordering. */
function idPathOf(path: readonly PathSegment[], entries: readonly ControlPointMapping[]): string {
  let text = '';
  let entry: ControlPointMapping | undefined;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    if (typeof segment === 'number') {
      const parent = path[i - 1];
      if (parent === 'mappings') {
        entry = entries[segment];
        text += `[${entry?.controlPoint ?? segment}]`;
      } else if (parent === 'fields') {
        text += `[${entry?.fields[segment]?.field ?? segment}]`;
      } else {
        text += `[${segment}]`;
      }
    } else {
      text += text ? `.${segment}` : String(segment);
    }
  }
  return text;
}

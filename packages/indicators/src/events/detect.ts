import { TsmpError } from '@tsmp/core';
import { parseMapping, REQUIRED_FIELDS, type EventField, type EventMapping } from './mapping.js';

/** Column names, lower-cased, that commonly hold each event field in Russian and international exports. */
const KNOWN_COLUMNS: Record<EventField, readonly string[]> = {
  caseId: ['case_id', 'caseid', 'case:concept:name', 'case', 'номер обращения', 'номер заявления', 'id обращения', 'обращение'],
  standard: ['standard', 'power', 'стандарт', 'полномочие', 'мера поддержки'],
  service: ['service', 'сервис'],
  centre: ['centre', 'center', 'цзн', 'центр занятости', 'код цзн'],
  region: ['region', 'region_code', 'регион', 'код региона', 'субъект'],
  controlPoint: ['control_point', 'controlpoint', 'контрольная точка', 'activity', 'concept:name'],
  timestamp: ['timestamp', 'time:timestamp', 'дата и время', 'дата события', 'время события'],
  edition: ['edition', 'редакция'],
};

/** A proposed mapping, or the fields whose column could not be chosen. */
export interface DetectedMapping {
  mapping?: EventMapping;
  /** Required fields with no matching column. */
  missing: EventField[];
  /** Fields with more than one matching column, and those columns. */
  ambiguous: Array<{ field: EventField; columns: string[] }>;
}

/**
 * Proposes a mapping from the header of a source file. A field is mapped
 * only when exactly one column matches a known name; with several candidates
 * or none for a required field no mapping is proposed.
 */
export function detectMapping(header: readonly string[]): DetectedMapping {
  const fields: Partial<Record<EventField, string>> = {};
  const missing: EventField[] = [];
  const ambiguous: DetectedMapping['ambiguous'] = [];
  for (const [field, names] of Object.entries(KNOWN_COLUMNS) as Array<[EventField, readonly string[]]>) {
    const columns = header.filter((column) => names.includes(column.trim().toLowerCase()));
    if (columns.length === 1) fields[field] = columns[0];
    else if (columns.length > 1) ambiguous.push({ field, columns });
    else if (REQUIRED_FIELDS.includes(field)) missing.push(field);
  }
  if (missing.length > 0 || ambiguous.length > 0) return { missing, ambiguous };
  return { mapping: parseMapping({ fields }, '—'), missing, ambiguous };
}

/** Returns the detected mapping or throws a message that lists what to put in a mapping file. */
export function requireDetectedMapping(header: readonly string[], file: string): EventMapping {
  const detected = detectMapping(header);
  if (detected.mapping) return detected.mapping;
  throw new TsmpError('indicators.mapping.detectFailed', {
    file,
    missing: detected.missing.join(', ') || '—',
    ambiguous: detected.ambiguous.map((item) => `${item.field}: ${item.columns.join(' | ')}`).join('; ') || '—',
  });
}

import type { EventMapping, FieldSource } from './mapping.js';
import { columnOf } from './mapping.js';
import { decodeAttribute, parseNumber, parseTimestamp } from './decode.js';
import type { AttributeValue, ControlPointEvent, RowError, SourceRecord } from './model.js';

/** Outcome of mapping one source record: an event, a row error or a skip. */
export type MappedRecord =
  | { kind: 'event'; event: ControlPointEvent }
  | { kind: 'error'; error: RowError }
  | { kind: 'skipped'; reason: 'filtered' | 'unmappedControlPoint'; value?: string };

/** Returns the IANA zone of a region code, or undefined for an unknown region. */
export type ZoneOfRegion = (regionCode: string) => string | undefined;

type Reader = (record: SourceRecord) => AttributeValue | undefined;

/** Reads a column by name, or by its position in `header` for CSV rows. */
function columnReader(column: string, header: readonly string[] | undefined): Reader {
  if (header) {
    const index = header.indexOf(column);
    return (record) => record.cells?.[index];
  }
  return (record) => record.fields?.[column];
}

function readerFor(source: FieldSource | undefined, header: readonly string[] | undefined): Reader {
  if (source === undefined) return () => undefined;
  if (typeof source === 'object' && 'value' in source) {
    const constant = source.value;
    return () => constant;
  }
  return columnReader(columnOf(source) as string, header);
}

function text(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

/**
 * Builds the function that turns a source record into a control-point event
 * by the mapping. Region codes are normalised to two digits (`7` → `07`).
 * With `header`, records are CSV rows read by column position.
 */
export function compileMapping(mapping: EventMapping, zoneOf: ZoneOfRegion, header?: readonly string[]): (record: SourceRecord) => MappedRecord {
  const fields = mapping.fields;
  const readerOf = (source: FieldSource | undefined) => readerFor(source, header);
  const read = {
    caseId: readerOf(fields.caseId),
    standard: readerOf(fields.standard),
    service: readerOf(fields.service),
    centre: readerOf(fields.centre),
    region: readerOf(fields.region),
    controlPoint: readerOf(fields.controlPoint),
    timestamp: readerOf(fields.timestamp),
    edition: readerOf(fields.edition),
  };
  const attributeColumns = Object.entries(mapping.attributes).map(([name, column]) => [name, columnReader(column, header)] as const);
  const where = Object.entries(mapping.where).map(([column, expected]) => [columnReader(column, header), expected] as const);
  const pointIds = mapping.controlPoints ? new Map(Object.entries(mapping.controlPoints)) : undefined;

  return (record) => {
    for (const [read, expected] of where) {
      if (text(read(record)) !== expected) return { kind: 'skipped', reason: 'filtered' };
    }
    const error = (messageId: string, args: Record<string, string | number> = {}): MappedRecord => ({
      kind: 'error',
      error: { line: record.line, messageId, args },
    });

    const sourcePoint = text(read.controlPoint(record));
    if (sourcePoint === '') return error('indicators.row.missingField', { field: 'controlPoint' });
    const controlPoint = pointIds ? pointIds.get(sourcePoint) : sourcePoint;
    if (controlPoint === undefined) return { kind: 'skipped', reason: 'unmappedControlPoint', value: sourcePoint };

    const caseId = text(read.caseId(record));
    if (caseId === '') return error('indicators.row.missingField', { field: 'caseId' });
    const standard = text(read.standard(record));
    if (standard === '') return error('indicators.row.missingField', { field: 'standard' });
    const centre = text(read.centre(record));
    if (centre === '') return error('indicators.row.missingField', { field: 'centre' });
    let region = text(read.region(record));
    if (region === '') return error('indicators.row.missingField', { field: 'region' });
    if (/^\d$/.test(region)) region = `0${region}`;
    const zone = mapping.timeZone ?? zoneOf(region);
    if (zone === undefined) return error('indicators.row.unknownRegion', { value: region });

    const rawTime = read.timestamp(record);
    const timeText = text(rawTime);
    if (timeText === '') return error('indicators.row.missingField', { field: 'timestamp' });
    const instant = parseTimestamp(timeText, zone);
    if (instant === undefined) return error('indicators.row.invalidTimestamp', { value: timeText });

    const event: ControlPointEvent = { caseId, standard, centre, region, controlPoint, instant, attributes: {} };
    const service = text(read.service(record));
    if (service !== '') event.service = service;
    const editionText = text(read.edition(record));
    if (editionText !== '') {
      const edition = parseNumber(editionText);
      if (edition === undefined || !Number.isInteger(edition) || edition < 1) {
        return error('indicators.row.invalidEdition', { value: editionText });
      }
      event.edition = edition;
    }
    for (const [name, readAttribute] of attributeColumns) {
      const value = readAttribute(record);
      if (value === undefined || value === '') continue;
      event.attributes[name] = typeof value === 'string' ? decodeAttribute(value) : value;
    }
    return { kind: 'event', event };
  };
}

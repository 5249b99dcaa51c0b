import { extname } from 'node:path';
import { TsmpError } from '@tsmp/core';
import { compileMapping, type ZoneOfRegion } from './apply-mapping.js';
import { openCsv, type CsvSource } from './csv.js';
import { readJsonl } from './jsonl.js';
import { columnOf, EVENT_FIELDS, type EventMapping } from './mapping.js';
import type { ControlPointEvent, RowError, SourceRecord } from './model.js';
import { readXes } from './xes.js';

export type SourceFormat = 'csv' | 'xes' | 'jsonl';

/** Counts of one ingestion run; `errors` keeps the first `maxKeptErrors` row errors, `errorCount` counts all. */
export interface IngestStats {
  rows: number;
  events: number;
  errorCount: number;
  errors: RowError[];
  filtered: number;
  unmapped: number;
  /** Source control point values that the mapping does not list, with their counts (at most 100 kept). */
  unmappedValues: Map<string, number>;
}

export interface IngestOptions {
  mapping: EventMapping;
  zoneOf: ZoneOfRegion;
  format?: SourceFormat;
  /** How many row errors to keep with their details; the rest are only counted. */
  maxKeptErrors?: number;
}

/** Chooses the format from the mapping, then from the file extension. */
export function formatOf(file: string, mapping: EventMapping, format?: SourceFormat): SourceFormat {
  if (format) return format;
  if (mapping.format) return mapping.format;
  const extension = extname(file).toLowerCase();
  if (extension === '.xes') return 'xes';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  throw new TsmpError('indicators.source.unknownFormat', { file });
}

function mappedColumns(mapping: EventMapping): string[] {
  const columns = EVENT_FIELDS.map((field) => columnOf(mapping.fields[field])).filter((column): column is string => !!column);
  return [...columns, ...Object.values(mapping.attributes), ...Object.keys(mapping.where)];
}

/** Opens a CSV source and checks that every mapped column is in its header. */
async function openMappedCsv(file: string, mapping: EventMapping): Promise<CsvSource> {
  const csv = await openCsv(file, { delimiter: mapping.delimiter, encoding: mapping.encoding });
  const missing = [...new Set(mappedColumns(mapping))].filter((column) => !csv.header.includes(column));
  if (missing.length > 0) {
    throw new TsmpError('indicators.source.missingColumns', { file, columns: missing.join(', '), header: csv.header.join(', ') });
  }
  return csv;
}

async function* csvRecords(csv: CsvSource, errors: (error: RowError) => void): AsyncGenerator<SourceRecord[]> {
  const width = csv.header.length;
  for await (const batch of csv.batches) {
    const records: SourceRecord[] = [];
    for (const row of batch) {
      if (row.cells.length !== width) {
        if (row.cells.length === 1 && row.cells[0]?.trim() === '') continue;
        errors({ line: row.line, messageId: 'indicators.row.cellCount', args: { expected: width, actual: row.cells.length } });
        continue;
      }
      records.push(row);
    }
    yield records;
  }
}

async function* jsonlRecords(file: string, errors: (error: RowError) => void): AsyncGenerator<SourceRecord[]> {
  for await (const batch of readJsonl(file)) {
    for (const error of batch.errors) errors(error);
    yield batch.records;
  }
}

/**
 * Reads an event source and maps it to control-point events in batches.
 * Memory stays bounded by one batch whatever the file size. Bad rows are
 * counted and kept in `stats.errors`; they never stop the run. A problem with
 * the whole file (missing columns, broken XML) throws a `TsmpError`.
 */
export async function* ingestEvents(file: string, options: IngestOptions, stats: IngestStats): AsyncGenerator<ControlPointEvent[]> {
  const maxKept = options.maxKeptErrors ?? 1000;
  const keepError = (error: RowError) => {
    stats.errorCount += 1;
    if (stats.errors.length < maxKept) stats.errors.push(error);
  };
  const format = formatOf(file, options.mapping, options.format);
  const csv = format === 'csv' ? await openMappedCsv(file, options.mapping) : undefined;
  const map = compileMapping(options.mapping, options.zoneOf, csv?.header);
  // A row the reader itself rejects never becomes a record, but it is still a row of the file.
  const keepSourceError = (error: RowError) => {
    stats.rows += 1;
    keepError(error);
  };
  const sources = csv ? csvRecords(csv, keepSourceError) : format === 'xes' ? readXes(file) : jsonlRecords(file, keepSourceError);

  for await (const records of sources) {
    const events: ControlPointEvent[] = [];
    for (const record of records) {
      stats.rows += 1;
      const mapped = map(record);
      if (mapped.kind === 'event') {
        events.push(mapped.event);
      } else if (mapped.kind === 'error') {
        keepError(mapped.error);
      } else if (mapped.reason === 'filtered') {
        stats.filtered += 1;
      } else {
        stats.unmapped += 1;
        const value = mapped.value ?? '';
        const seen = stats.unmappedValues.get(value);
        if (seen !== undefined) stats.unmappedValues.set(value, seen + 1);
        else if (stats.unmappedValues.size < 100) stats.unmappedValues.set(value, 1);
      }
    }
    stats.events += events.length;
    if (events.length > 0) yield events;
  }
}

/** Returns empty counters for `ingestEvents`. */
export function emptyStats(): IngestStats {
  return { rows: 0, events: 0, errorCount: 0, errors: [], filtered: 0, unmapped: 0, unmappedValues: new Map() };
}

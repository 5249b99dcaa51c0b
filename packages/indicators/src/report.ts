import { CalendarError, regionTimeZone, russianCalendar, TsmpError, type ModelRepository } from '@tsmp/core';
import { assessCorridors, improvementAssignments, type CorridorAssessment, type ImprovementAssignment } from './assignments.js';
import { compositeIndex, type CompositeResult } from './composite/composite-index.js';
import type { CompositeMethod } from './composite/method.js';
import { rankSensitivity, type RankSensitivity } from './composite/sensitivity.js';
import { collectDefinitions, referencedPoints, type DefinitionSet, type IndicatorDefinition, type SkippedIndicator } from './definitions.js';
import { openCsv } from './events/csv.js';
import { requireDetectedMapping } from './events/detect.js';
import { emptyStats, formatOf, ingestEvents, type SourceFormat } from './events/ingest.js';
import type { EventMapping } from './events/mapping.js';
import type { RowError } from './events/model.js';
import type { PeriodRange, PeriodStep } from './periods.js';
import { sortValues, type IndicatorValue } from './results.js';
import type { Level } from './sql/aggregate.js';
import { EventStore } from './store/event-store.js';
import { evaluateOnStore } from './store/sqlite-engine.js';
import type { WorkingCalendar } from './time/calendar.js';

/** Progress of reading events, reported after each batch. */
export interface IngestProgress {
  rows: number;
  events: number;
  errors: number;
  elapsedMs: number;
}

export interface IndicatorRunOptions {
  repository: Pick<ModelRepository, 'artifacts'>;
  eventsFile: string;
  /** The mapping of source columns; without it a CSV header is matched against known column names. */
  mapping?: EventMapping;
  format?: SourceFormat;
  range: PeriodRange;
  step: PeriodStep;
  levels: readonly Level[];
  calendar?: WorkingCalendar;
  /** The composite index method; null leaves the index out. */
  composite?: CompositeMethod | null;
  /**
   * Count every case by the latest edition of its standard, whatever the
   * case's start date and the effective dates. Meant for replaying logs from
   * before the standards existed, such as public test logs.
   */
  ignoreEffectiveDates?: boolean;
  /** SQLite file to keep the store in; a temporary file by default. */
  storeFile?: string;
  onProgress?: (progress: IngestProgress) => void;
}

/** Everything one run computed, as data: the CLI renders it, other programs read it. */
export interface IndicatorReport {
  range: PeriodRange;
  step: PeriodStep;
  levels: Level[];
  mapping: EventMapping;
  ingest: {
    rows: number;
    events: number;
    errorCount: number;
    errors: RowError[];
    filtered: number;
    unmapped: number;
    unmappedValues: Array<[string, number]>;
    outsideCalendar: number;
    cases: number;
    casesWithoutEdition: number;
    unknownStandards: Array<{ standard: string; cases: number }>;
  };
  definitions: IndicatorDefinition[];
  skipped: SkippedIndicator[];
  values: IndicatorValue[];
  corridors: CorridorAssessment[];
  assignments: ImprovementAssignment[];
  composite: CompositeResult[];
  sensitivity: RankSensitivity[];
  /** Wall-clock milliseconds of each stage, for benchmarks. */
  timings: { ingest: number; derive: number; evaluate: number; assess: number };
}

/** Returns the zone of a region code, or undefined when the code is not a subject of the Russian Federation. */
export function zoneOfRegion(code: string): string | undefined {
  try {
    return regionTimeZone(code);
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}

async function resolveMapping(options: IndicatorRunOptions): Promise<EventMapping> {
  if (options.mapping) return options.mapping;
  const format = options.format ?? (options.eventsFile.toLowerCase().endsWith('.csv') ? 'csv' : undefined);
  if (format !== 'csv') throw new TsmpError('indicators.mapping.required', { file: options.eventsFile });
  const csv = await openCsv(options.eventsFile);
  return requireDetectedMapping(csv.header, options.eventsFile);
}

/**
 * Runs the whole monitoring pipeline: reads the events into the SQLite
 * store, computes every indicator of the repository's standards by period
 * and level, places values in their corridors, issues improvement
 * assignments and computes the composite index with its rank sensitivity.
 */
export async function computeIndicatorReport(options: IndicatorRunOptions): Promise<IndicatorReport> {
  const mapping = await resolveMapping(options);
  formatOf(options.eventsFile, mapping, options.format);
  const collected = collectDefinitions(options.repository);
  const { definitions, editions } = options.ignoreEffectiveDates ? latestEditionsOnly(collected) : collected;
  const skipped = collected.skipped;
  const calendar = options.calendar ?? russianCalendar;
  const zoneOf = (code: string) => mapping.timeZone ?? zoneOfRegion(code) ?? 'UTC';
  const store = new EventStore({ calendar, zoneOf, ...(options.storeFile ? { file: options.storeFile } : {}) });
  let completed = false;
  try {
    const stats = emptyStats();
    const started = Date.now();
    const source = ingestEvents(options.eventsFile, { mapping, zoneOf: (code) => mapping.timeZone ?? zoneOfRegion(code), ...(options.format ? { format: options.format } : {}) }, stats);
    for await (const batch of source) {
      store.add(batch);
      options.onProgress?.({ rows: stats.rows, events: stats.events, errors: stats.errorCount, elapsedMs: Date.now() - started });
    }
    const ingested = Date.now();
    store.finish(editions, referencedPoints(definitions));
    const derived = Date.now();

    const values = sortValues(await evaluateOnStore(store, definitions, { step: options.step, range: options.range, levels: options.levels }));
    const evaluated = Date.now();
    const corridors = assessCorridors(values, definitions);
    const assignments = improvementAssignments(corridors, definitions, options.step);
    const method = options.composite === undefined ? defaultMethod() : options.composite;
    const compositeLevel = options.levels.includes('region') ? 'region' : options.levels.includes('centre') ? 'centre' : undefined;
    const composite = method && compositeLevel ? compositeIndex(values, definitions, method, compositeLevel) : [];

    const known = new Set(editions.map((edition) => edition.standard));
    const perStandard = store.db
      .prepare('SELECT n.name AS standard, COUNT(*) AS cases, SUM(c.edition IS NULL) AS without FROM cases c JOIN names n ON n.kind = ? AND n.code = c.standard GROUP BY n.name')
      .all('standard') as Array<{ standard: string; cases: number; without: number }>;
    completed = true;
    return {
      range: options.range,
      step: options.step,
      levels: [...options.levels],
      mapping,
      ingest: {
        rows: stats.rows,
        events: stats.events,
        errorCount: stats.errorCount,
        errors: [...stats.errors].sort((a, b) => a.line - b.line),
        filtered: stats.filtered,
        unmapped: stats.unmapped,
        unmappedValues: [...stats.unmappedValues.entries()].sort((a, b) => b[1] - a[1]),
        outsideCalendar: store.outsideCalendar,
        cases: perStandard.reduce((sum, row) => sum + row.cases, 0),
        casesWithoutEdition: perStandard.filter((row) => known.has(row.standard)).reduce((sum, row) => sum + row.without, 0),
        unknownStandards: perStandard.filter((row) => !known.has(row.standard)).map((row) => ({ standard: row.standard, cases: row.cases })),
      },
      definitions,
      skipped,
      values,
      corridors,
      assignments,
      composite,
      sensitivity: composite.length > 0 ? rankSensitivity(composite) : [],
      timings: { ingest: ingested - started, derive: derived - ingested, evaluate: evaluated - derived, assess: Date.now() - evaluated },
    };
  } finally {
    store.close(completed);
  }
}

/** Keeps the latest edition of each standard and makes it apply from the earliest possible day. */
function latestEditionsOnly(set: DefinitionSet): Pick<DefinitionSet, 'definitions' | 'editions'> {
  const latest = new Map<string, number>();
  for (const edition of set.editions) latest.set(edition.standard, Math.max(latest.get(edition.standard) ?? 0, edition.edition));
  const isLatest = (item: { standard: string; edition: number }) => latest.get(item.standard) === item.edition;
  return {
    definitions: set.definitions.filter(isLatest).map((definition) => ({ ...definition, fromDay: Number.MIN_SAFE_INTEGER })),
    editions: set.editions.filter(isLatest).map((edition) => ({ ...edition, fromDay: Number.MIN_SAFE_INTEGER })),
  };
}

/** Equal weights over every computed indicator, min-max normalisation, arithmetic mean. */
export function defaultMethod(): CompositeMethod {
  return { normalisation: 'minMax', aggregation: 'arithmetic', weights: {} };
}

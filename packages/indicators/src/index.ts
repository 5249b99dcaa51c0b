export type { AttributeValue, ControlPointEvent, RowError, SourceRecord } from './events/model.js';
export { parseTimestamp, parseNumber, parseBoolean, decodeAttribute } from './events/decode.js';
export { CsvTokenizer, type CsvRow } from './events/csv-tokenizer.js';
export { openCsv, detectDelimiter, type CsvOptions, type CsvSource } from './events/csv.js';
export { detectEncoding } from './events/encoding.js';
export { readXes } from './events/xes.js';
export { readJsonl } from './events/jsonl.js';
export { EventMapping, loadMapping, parseMapping, type FieldSource } from './events/mapping.js';
export { compileMapping, type MappedRecord, type ZoneOfRegion } from './events/apply-mapping.js';
export { detectMapping, requireDetectedMapping, type DetectedMapping } from './events/detect.js';
export { ingestEvents, emptyStats, formatOf, type IngestStats, type SourceFormat } from './events/ingest.js';
export { EventStore, type EditionStart, type StoreOptions } from './store/event-store.js';
export { evaluateOnStore } from './store/sqlite-engine.js';
export { collectDefinitions, referencedPoints, type IndicatorDefinition, type SkippedIndicator, type DefinitionSet } from './definitions.js';
export { parsePeriodRange, periodOfMonth, periodLabel, PERIOD_STEPS, type PeriodRange, type PeriodStep } from './periods.js';
export { parseFormula, evaluateFormula, type Formula } from './checklist-formula.js';
export { sqliteDialect, duckdbDialect, type Dialect } from './sql/dialect.js';
export { compileFacts } from './sql/facts.js';
export { evaluateWithSql, type QueryRunner, type EngineOptions } from './sql/engine.js';
export { LEVELS, type Level } from './sql/aggregate.js';
export { evaluateInMemory, type OracleOptions } from './oracle/evaluate.js';
export { rollUp } from './rollup.js';
export { sortValues, valueOfSums, type IndicatorValue } from './results.js';
export { corridorBounds, classify, type CorridorBounds, type CorridorZone } from './corridor.js';
export {
  assessCorridors,
  improvementAssignments,
  assignmentFindings,
  type CorridorAssessment,
  type ImprovementAssignment,
} from './assignments.js';
export { compositeIndex, type CompositeResult, type CompositeComponent } from './composite/composite-index.js';
export { PRECEDENT_2017_GROUP_WEIGHTS, indicatorKey, type CompositeMethod, type IndicatorGroup, type Normalisation, type Aggregation } from './composite/method.js';
export { normalise } from './composite/normalise.js';
export { loadCompositeMethod, parseCompositeMethod } from './composite/method-file.js';
export { aggregate } from './composite/aggregate.js';
export { rankSensitivity, type RankSensitivity } from './composite/sensitivity.js';
export { computeIndicatorReport, defaultMethod, zoneOfRegion, type IndicatorReport, type IndicatorRunOptions, type IngestProgress } from './report.js';
export { planFromRepository, type GenerationPlan } from './generate/plan.js';
export { generateCsvLines, generatedMapping, attributeColumns, type GeneratorOptions } from './generate/events.js';
export { writeGeneratedCsv } from './generate/write.js';
export { seededRandom } from './random.js';

export { INDICATORS_CATALOGS } from './catalogs.js';
export { calendarRows } from './store/calendar-table.js';

import type { IndicatorDefinition } from '../definitions.js';
import type { PeriodRange, PeriodStep } from '../periods.js';
import type { IndicatorValue } from '../results.js';
import { valueOfRanks } from '../results.js';
import { rollUp, type FinestSums } from '../rollup.js';
import type { NameKind } from '../store/names.js';
import { BASE_PER_UNIT } from '../units.js';
import { additiveSql, LEVEL_KEYS, orderStatisticSql, relativeToMeanSql, sampleSumsSql, type Level } from './aggregate.js';
import type { CompileContext } from './context.js';
import type { Dialect } from './dialect.js';
import { compileFacts } from './facts.js';

/** Runs a query and returns its rows; the SQLite and DuckDB adapters implement it. */
export interface QueryRunner {
  all(sql: string): Promise<Array<Record<string, unknown>>>;
}

export interface EngineOptions {
  runner: QueryRunner;
  dialect: Dialect;
  nameSql(kind: NameKind, name: string): string;
  /** Turns a stored name (a code or the text) back into the name. */
  decodeName(kind: NameKind, stored: unknown): string | null;
  step: PeriodStep;
  range: PeriodRange;
  levels: readonly Level[];
}

/** Groups definitions of the same indicator of the same standard across editions. */
export function groupDefinitions(definitions: readonly IndicatorDefinition[]): IndicatorDefinition[][] {
  const groups = new Map<string, IndicatorDefinition[]>();
  for (const definition of definitions) {
    const key = `${definition.standard}\u0000${definition.indicatorId}`;
    const group = groups.get(key) ?? [];
    group.push(definition);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const number = (value: unknown): number => (typeof value === 'bigint' ? Number(value) : Number(value ?? 0));

/**
 * Computes every indicator on the event store through SQL. Definitions of
 * one indicator from several editions are united, so each case is counted
 * by the definition of the edition that governs it. The latest edition's
 * definition decides how the united rows are aggregated.
 */
export async function evaluateWithSql(definitions: readonly IndicatorDefinition[], options: EngineOptions): Promise<IndicatorValue[]> {
  const context: CompileContext = { dialect: options.dialect, nameSql: options.nameSql, step: options.step, range: options.range };
  const values: IndicatorValue[] = [];
  for (const group of groupDefinitions(definitions)) {
    const rule = [...group].sort((a, b) => b.edition - a.edition)[0] as IndicatorDefinition;
    const identity = { standard: rule.standard, indicatorId: rule.indicatorId };
    const facts = group.map((definition) => compileFacts(definition, context).sql).join('\nUNION ALL\n');
    const calculation = rule.calculation;
    const finestSums = (row: Record<string, unknown>): FinestSums => ({
      region: options.decodeName('region', row['region']) ?? '',
      centre: options.decodeName('centre', row['centre']) ?? '',
      service: options.decodeName('service', row['service']),
      period: number(row['period']),
      num: number(row['num']),
      den: number(row['den']),
    });
    const finest = async (sql: string): Promise<FinestSums[]> => (await options.runner.all(sql)).map(finestSums);

    if (calculation.kind === 'duration' && calculation.statistic !== 'mean') {
      for (const level of options.levels) {
        const rows = await options.runner.all(orderStatisticSql(facts, level, calculation.statistic, options.dialect));
        for (const row of rows) {
          const value: IndicatorValue = {
            ...identity,
            level,
            period: number(row['period']),
            num: null,
            den: number(row['den']),
            value: valueOfRanks(rule, number(row['lo']), number(row['hi'])),
          };
          const keys = LEVEL_KEYS[level];
          if (keys.includes('region')) value.region = options.decodeName('region', row['region']) ?? '';
          if (keys.includes('centre')) value.centre = options.decodeName('centre', row['centre']) ?? '';
          if (keys.includes('service')) value.service = options.decodeName('service', row['service']);
          values.push(value);
        }
      }
      continue;
    }
    if (calculation.kind === 'relativeToNationalMean') {
      const raw = await options.runner.all(relativeToMeanSql(facts, calculation.comparison));
      const benchmarks = new Map<number, number>();
      for (const row of raw) {
        benchmarks.set(number(row['period']), number(row['total']) / number(row['n']) / BASE_PER_UNIT[calculation.unit]);
      }
      const rows = raw.map(finestSums);
      for (const value of rollUp(rows, options.levels, rule, identity)) {
        const benchmark = benchmarks.get(value.period);
        if (benchmark !== undefined) value.benchmark = benchmark;
        values.push(value);
      }
      continue;
    }
    const sql = calculation.kind === 'duration' ? sampleSumsSql(facts) : additiveSql(facts);
    values.push(...rollUp(await finest(sql), options.levels, rule, identity));
  }
  return values;
}


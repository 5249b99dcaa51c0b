import type { CaseFilter } from '@tsmp/schema';
import { evaluateFormula, parseFormula } from '../checklist-formula.js';
import type { IndicatorDefinition } from '../definitions.js';
import type { AttributeValue, ControlPointEvent } from '../events/model.js';
import { periodOfMonth, type PeriodRange, type PeriodStep } from '../periods.js';
import type { IndicatorValue } from '../results.js';
import { valueOfRanks, valueOfSums } from '../results.js';
import { LEVEL_KEYS, type Level } from '../sql/aggregate.js';
import { groupDefinitions } from '../sql/engine.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { BASE_PER_UNIT } from '../units.js';
import { localDate } from '@tsmp/core';
import { buildCases, type OracleCase } from './cases.js';
import { durationInBase, meetsDeadline, type Moment } from './time.js';

export interface OracleOptions {
  calendar: WorkingCalendar;
  zoneOf: (region: string) => string;
  editions: ReadonlyArray<{ standard: string; edition: number; fromDate: string }>;
  step: PeriodStep;
  range: PeriodRange;
  levels: readonly Level[];
}

/** A counted case or event: where it belongs and what it adds. */
interface Fact {
  region: string;
  centre: string;
  service: string | null;
  period: number;
  num: number;
  den: number;
  value: number;
}

function moment(event: ControlPointEvent, zoneOf: (region: string) => string): Moment {
  const zone = zoneOf(event.region);
  return { instant: event.instant, date: localDate(new Date(event.instant), zone), zone };
}

function monthOf(date: string): number {
  return Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
}

function attributeMatches(actual: AttributeValue, expected: string | number | boolean): boolean {
  if (typeof expected === 'string') return String(actual) === expected;
  const numeric = numericAnswer(actual);
  const wanted = typeof expected === 'boolean' ? Number(expected) : expected;
  return numeric !== undefined && numeric === wanted;
}

function inFilter(entry: OracleCase, filter: CaseFilter | undefined, options: OracleOptions): boolean {
  if (!filter) return true;
  if (!filter.reached.every((point) => entry.points.has(point))) return false;
  if (filter.notReached.some((point) => entry.points.has(point))) return false;
  for (const [name, expected] of Object.entries(filter.attributes ?? {})) {
    const found = entry.events.some((event) => {
      const actual = event.attributes[name];
      return actual !== undefined && attributeMatches(actual, expected);
    });
    if (!found) return false;
  }
  if (filter.within) {
    const from = entry.points.get(filter.within.from);
    const to = entry.points.get(filter.within.to);
    if (!from || !to || to.instant < from.instant) return false;
    return meetsDeadline(filter.within.deadline, moment(from, options.zoneOf), moment(to, options.zoneOf), options.calendar) === true;
  }
  return true;
}

function numericAnswer(value: AttributeValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

function factsOfCase(entry: OracleCase, definition: IndicatorDefinition, options: OracleOptions): Fact[] {
  const first = entry.first;
  const place = { region: first.region, centre: first.centre, service: first.service ?? null };
  const inRange = (month: number) => month >= options.range.fromMonth && month <= options.range.toMonth;
  const fact = (month: number, num: number, den: number, value = 0): Fact[] =>
    inRange(month) ? [{ ...place, period: periodOfMonth(month, options.step), num, den, value }] : [];
  const startMonth = monthOf(moment(first, options.zoneOf).date);
  const calculation = definition.calculation;

  switch (calculation.kind) {
    case 'count':
      return inFilter(entry, calculation.cases, options) ? fact(startMonth, 1, 1) : [];
    case 'share':
      if (!inFilter(entry, calculation.denominator, options)) return [];
      return fact(startMonth, inFilter(entry, calculation.numerator, options) ? 1 : 0, 1);
    case 'duration':
    case 'relativeToNationalMean':
    case 'shareWithinDeadline': {
      const from = entry.points.get(calculation.from);
      const to = entry.points.get(calculation.to);
      if (!from || !to || to.instant < from.instant || !inFilter(entry, calculation.cases, options)) return [];
      const fromMoment = moment(from, options.zoneOf);
      const toMoment = moment(to, options.zoneOf);
      const month = monthOf(toMoment.date);
      if (calculation.kind === 'shareWithinDeadline') {
        const met = meetsDeadline(definition.deadline as NonNullable<IndicatorDefinition['deadline']>, fromMoment, toMoment, options.calendar);
        return met === undefined ? [] : fact(month, met ? 1 : 0, 1);
      }
      const value = durationInBase(calculation.unit, fromMoment, toMoment, options.calendar);
      return value === undefined ? [] : fact(month, value, 1, value);
    }
    case 'checklist': {
      const formula = parseFormula(calculation.formula);
      const submissions = entry.events.filter(
        (event) => event.controlPoint === definition.indicatorId && Object.keys(event.attributes).length > 0,
      );
      return submissions.flatMap((event) => {
        const passed = evaluateFormula(formula, (id) => (numericAnswer(event.attributes[id]) ?? 0) !== 0);
        return fact(monthOf(moment(event, options.zoneOf).date), passed ? 1 : 0, 1);
      });
    }
    case 'surveyAverage':
      return entry.events
        .filter((event) => event.controlPoint === calculation.controlPoint)
        .flatMap((event) => {
          const rating = numericAnswer(event.attributes[calculation.field]);
          if (rating === undefined || rating < 1 || rating > calculation.scaleMax) return [];
          return fact(monthOf(moment(event, options.zoneOf).date), rating, 1);
        });
  }
}

function keyOf(fact: Fact, level: Level): string {
  return [...LEVEL_KEYS[level].map((key) => String(fact[key])), fact.period].join('\u0000');
}

/**
 * Computes indicators straight from events in memory, case by case, with
 * the calendar API instead of the calendar table. It is the reference the
 * SQL engine is tested against; it is slow and meant for small logs.
 */
export function evaluateInMemory(
  events: readonly ControlPointEvent[],
  definitions: readonly IndicatorDefinition[],
  options: OracleOptions,
): IndicatorValue[] {
  const cases = buildCases(events, options.editions, options.zoneOf);
  const values: IndicatorValue[] = [];
  for (const group of groupDefinitions(definitions)) {
    const rule = [...group].sort((a, b) => b.edition - a.edition)[0] as IndicatorDefinition;
    const facts: Fact[] = [];
    for (const entry of cases) {
      const startDate = moment(entry.first, options.zoneOf).date;
      const definition = group.find(
        (candidate) =>
          candidate.standard === entry.first.standard &&
          candidate.edition === entry.edition &&
          Date.parse(`${startDate}T00:00:00Z`) / 86_400_000 >= candidate.fromDay,
      );
      if (definition) facts.push(...factsOfCase(entry, definition, options));
    }
    const calculation = rule.calculation;
    let benchmarks: Map<number, { total: number; n: number }> | undefined;
    if (calculation.kind === 'relativeToNationalMean') {
      benchmarks = new Map();
      for (const fact of facts) {
        const entry = benchmarks.get(fact.period) ?? { total: 0, n: 0 };
        entry.total += fact.value;
        entry.n += 1;
        benchmarks.set(fact.period, entry);
      }
    }
    for (const level of options.levels) {
      const groups = new Map<string, Fact[]>();
      for (const fact of facts) {
        const key = keyOf(fact, level);
        const list = groups.get(key) ?? [];
        list.push(fact);
        groups.set(key, list);
      }
      for (const list of groups.values()) {
        const sample = list[0] as Fact;
        const result: IndicatorValue = { standard: rule.standard, indicatorId: rule.indicatorId, level, period: sample.period, num: 0, den: list.length, value: null };
        const keys = LEVEL_KEYS[level];
        if (keys.includes('region')) result.region = sample.region;
        if (keys.includes('centre')) result.centre = sample.centre;
        if (keys.includes('service')) result.service = sample.service;
        if (calculation.kind === 'duration' && calculation.statistic !== 'mean') {
          const sorted = list.map((fact) => fact.value).sort((a, b) => a - b);
          const n = sorted.length;
          const lo = calculation.statistic === 'median' ? Math.floor((n + 1) / 2) : Math.ceil((9 * n) / 10);
          const hi = calculation.statistic === 'median' ? Math.floor(n / 2) + 1 : lo;
          result.num = null;
          result.value = valueOfRanks(rule, sorted[lo - 1] as number, sorted[hi - 1] as number);
        } else if (benchmarks && calculation.kind === 'relativeToNationalMean') {
          const mean = benchmarks.get(sample.period) as { total: number; n: number };
          const passed = list.filter((fact) =>
            calculation.comparison === 'notAbove' ? fact.value * mean.n <= mean.total : fact.value * mean.n >= mean.total,
          ).length;
          result.num = passed;
          result.value = valueOfSums(rule, passed, list.length);
          result.benchmark = mean.total / mean.n / BASE_PER_UNIT[calculation.unit];
        } else {
          const num = list.reduce((sum, fact) => sum + fact.num, 0);
          const den = list.reduce((sum, fact) => sum + fact.den, 0);
          result.num = num;
          result.den = den;
          result.value = valueOfSums(rule, num, den);
        }
        values.push(result);
      }
    }
  }
  return values;
}

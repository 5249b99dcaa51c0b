import type { IndicatorDefinition } from '../definitions.js';
import type { IndicatorValue } from '../results.js';
import { aggregate, type Weighted } from './aggregate.js';
import { indicatorKey, type CompositeMethod } from './method.js';
import { normalise, type RawScore } from './normalise.js';

/** One indicator's part in a unit's composite value. */
export interface CompositeComponent {
  key: string;
  value: number;
  score: number;
  weight: number;
}

/** The composite index of one unit (region, or centre inside a region) in one period, with how it was computed. */
export interface CompositeResult {
  level: 'region' | 'centre';
  region: string;
  centre?: string;
  period: number;
  value: number | null;
  /** 1 is the best; equal values share a rank. */
  rank: number;
  components: CompositeComponent[];
  /** Indicators of the method that have no value for this unit and were left out of its weights. */
  missing: string[];
  method: CompositeMethod;
}

function unitOf(value: IndicatorValue): string {
  return value.level === 'centre' ? `${value.region ?? ''}\u0000${value.centre ?? ''}` : (value.region ?? '');
}

/** Keys the method weighs; with no weights and no groups, every computed indicator with weight 1. */
function methodKeys(method: CompositeMethod, values: readonly IndicatorValue[]): string[] {
  const keys = new Set<string>(Object.keys(method.weights));
  for (const group of method.groups ?? []) for (const key of group.indicators) keys.add(key);
  if (keys.size === 0) for (const value of values) keys.add(indicatorKey(value.standard, value.indicatorId));
  return [...keys].sort();
}

/** Assigns competition ranks (1, 2, 2, 4) by descending value; units without a value rank last. */
export function rankResults(results: CompositeResult[]): void {
  const sorted = [...results].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  sorted.forEach((result, index) => {
    const previous = sorted[index - 1];
    result.rank = previous && previous.value === result.value ? previous.rank : index + 1;
  });
}

/** Combines one unit's component scores by the method's indicator and group weights. */
export function combine(components: readonly CompositeComponent[], method: CompositeMethod): number | null {
  if (!method.groups || method.groups.length === 0) {
    return aggregate(components.map((component): Weighted => ({ score: component.score, weight: component.weight })), method.aggregation);
  }
  const groups: Weighted[] = [];
  for (const group of method.groups) {
    const inside = components.filter((component) => group.indicators.includes(component.key));
    const score = aggregate(inside.map((component) => ({ score: component.score, weight: component.weight })), method.aggregation);
    if (score !== null) groups.push({ score, weight: group.weight });
  }
  return aggregate(groups, method.aggregation);
}

/**
 * Computes the composite index for every unit of `level` and every period
 * from the indicator values of that level. Each indicator is normalised
 * across the units of the period, then combined by the method.
 */
export function compositeIndex(
  values: readonly IndicatorValue[],
  definitions: readonly IndicatorDefinition[],
  method: CompositeMethod,
  level: 'region' | 'centre',
): CompositeResult[] {
  const atLevel = values.filter((value) => value.level === level && value.value !== null);
  const definitionOf = new Map(definitions.map((definition) => [indicatorKey(definition.standard, definition.indicatorId), definition]));
  const keys = methodKeys(method, atLevel);
  const periods = [...new Set(atLevel.map((value) => value.period))].sort((a, b) => a - b);
  const results: CompositeResult[] = [];

  for (const period of periods) {
    const inPeriod = atLevel.filter((value) => value.period === period);
    const units = new Map<string, IndicatorValue>();
    for (const value of inPeriod) units.set(unitOf(value), value);
    const componentsOf = new Map<string, CompositeComponent[]>([...units.keys()].map((unit) => [unit, []]));

    for (const key of keys) {
      const definition = definitionOf.get(key);
      if (!definition) continue;
      const raw: RawScore[] = inPeriod
        .filter((value) => indicatorKey(value.standard, value.indicatorId) === key)
        .map((value) => ({ unit: unitOf(value), value: value.value as number }));
      const scores = raw.length > 0 ? normalise(raw, definition, key, method) : undefined;
      if (!scores) continue;
      for (const { unit, value } of raw) {
        componentsOf.get(unit)?.push({ key, value, score: scores.get(unit) as number, weight: method.weights[key] ?? 1 });
      }
    }

    const periodResults: CompositeResult[] = [];
    for (const [unit, sample] of units) {
      const components = componentsOf.get(unit) ?? [];
      const result: CompositeResult = {
        level,
        region: sample.region ?? '',
        period,
        value: combine(components, method),
        rank: 0,
        components,
        missing: keys.filter((key) => !components.some((component) => component.key === key)),
        method,
      };
      if (level === 'centre') result.centre = sample.centre ?? '';
      periodResults.push(result);
    }
    rankResults(periodResults);
    results.push(...periodResults.sort((a, b) => a.rank - b.rank || a.region.localeCompare(b.region)));
  }
  return results;
}

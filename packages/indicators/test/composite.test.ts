import { describe, expect, it } from 'vitest';
import { aggregate } from '../src/composite/aggregate.js';
import { compositeIndex } from '../src/composite/composite-index.js';
import { PRECEDENT_2017_GROUP_WEIGHTS, type CompositeMethod } from '../src/composite/method.js';
import { normalise } from '../src/composite/normalise.js';
import { rankSensitivity } from '../src/composite/sensitivity.js';
import type { IndicatorValue } from '../src/results.js';
import { definition } from './support/definitions.js';

const raw = [
  { unit: 'a', value: 10 },
  { unit: 'b', value: 20 },
  { unit: 'c', value: 30 },
];

describe('normalisation', () => {
  const method = (normalisation: CompositeMethod['normalisation']): CompositeMethod => ({
    normalisation,
    aggregation: 'arithmetic',
    weights: {},
    goalposts: { k: { worst: 0, best: 25 } },
    targets: { k: 25 },
  });

  it('scales min-max by direction', () => {
    expect([...normalise(raw, { direction: 'higherIsBetter' }, 'k', method('minMax'))!]).toEqual([['a', 0], ['b', 0.5], ['c', 1]]);
    expect([...normalise(raw, { direction: 'lowerIsBetter' }, 'k', method('minMax'))!]).toEqual([['a', 1], ['b', 0.5], ['c', 0]]);
  });

  it('clips goalposts and distance to target at 1', () => {
    expect([...normalise(raw, { direction: 'higherIsBetter' }, 'k', method('goalposts'))!]).toEqual([['a', 0.4], ['b', 0.8], ['c', 1]]);
    expect([...normalise(raw, { direction: 'higherIsBetter' }, 'k', method('distanceToTarget'))!]).toEqual([['a', 0.4], ['b', 0.8], ['c', 1]]);
    expect(normalise(raw, { direction: 'higherIsBetter' }, 'other', method('goalposts'))).toBeUndefined();
  });
});

describe('aggregation', () => {
  it('weighs arithmetically and geometrically', () => {
    const parts = [
      { score: 1, weight: 0.4 },
      { score: 0.25, weight: 0.4 },
      { score: 0.5, weight: 0.2 },
    ];
    expect(aggregate(parts, 'arithmetic')).toBeCloseTo(0.6, 12);
    expect(aggregate(parts, 'geometric')).toBeCloseTo(Math.pow(0.25, 0.4) * Math.pow(0.5, 0.2), 12);
    expect(aggregate([{ score: 1, weight: 0 }], 'arithmetic')).toBeNull();
  });
});

describe('composite index', () => {
  const access = definition({ kind: 'count', cases: { reached: ['A'], notReached: [] } }, { indicatorId: 'access' });
  const quality = definition({ kind: 'count', cases: { reached: ['B'], notReached: [] } }, { indicatorId: 'quality', direction: 'lowerIsBetter' });
  const values: IndicatorValue[] = [
    ['77', 'access', 10],
    ['25', 'access', 30],
    ['14', 'access', 20],
    ['77', 'quality', 1],
    ['25', 'quality', 5],
    ['14', 'quality', 3],
  ].map(([region, indicatorId, value]) => ({
    standard: 'std',
    indicatorId: indicatorId as string,
    level: 'region',
    period: 202501,
    region: region as string,
    num: value as number,
    den: value as number,
    value: value as number,
  }));
  const method: CompositeMethod = {
    normalisation: 'minMax',
    aggregation: 'arithmetic',
    weights: { 'std/access': 1, 'std/quality': 1 },
    groups: [
      { id: 'accessibility', weight: PRECEDENT_2017_GROUP_WEIGHTS.accessibility, indicators: ['std/access'] },
      { id: 'quality', weight: PRECEDENT_2017_GROUP_WEIGHTS.quality, indicators: ['std/quality'] },
    ],
  };

  it('ranks regions and stores the method with each result', () => {
    const results = compositeIndex(values, [access, quality], method, 'region');
    expect(results.map((result) => [result.region, result.value, result.rank])).toEqual([
      ['14', 0.5, 1],
      ['25', 0.5, 1],
      ['77', 0.5, 1],
    ]);
    expect(results[0]?.method).toBe(method);
    expect(results[0]?.components.map((component) => [component.key, component.score])).toEqual([
      ['std/access', 0.5],
      ['std/quality', 0.5],
    ]);
  });

  it('moves ranks when weights vary', () => {
    const uneven = { ...method, groups: method.groups!.map((group) => ({ ...group, weight: group.id === 'quality' ? 0.1 : 0.4 })) };
    const results = compositeIndex(values, [access, quality], uneven, 'region');
    expect(results.map((result) => [result.region, result.rank])).toEqual([
      ['25', 1],
      ['14', 2],
      ['77', 3],
    ]);
    const sensitivity = rankSensitivity(results, { delta: 0.9, draws: 50, seed: 7 });
    for (const row of sensitivity) {
      expect(row.minRank).toBeLessThanOrEqual(row.baseRank);
      expect(row.maxRank).toBeGreaterThanOrEqual(row.baseRank);
    }
    expect(sensitivity.some((row) => row.maxRank !== row.minRank)).toBe(true);
    expect(rankSensitivity(results, { delta: 0.9, draws: 50, seed: 7 })).toEqual(sensitivity);
  });
});

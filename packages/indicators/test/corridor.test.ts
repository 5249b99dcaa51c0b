import { describe, expect, it } from 'vitest';
import { assessCorridors, assignmentFindings, improvementAssignments } from '../src/assignments.js';
import { classify, corridorBounds } from '../src/corridor.js';
import type { IndicatorValue } from '../src/results.js';
import { definition } from './support/definitions.js';

const fixedHigher = { green: 30, yellow: 20, relativeTo: 'fixed' as const };

describe('corridor zones', () => {
  it.each([
    [35, 'green'],
    [30, 'green'],
    [25, 'yellow'],
    [20, 'yellow'],
    [19.9, 'red'],
  ])('places %d with higher is better', (value, zone) => {
    expect(classify(value, corridorBounds(fixedHigher, {})!, 'higherIsBetter')).toBe(zone);
  });

  it.each([
    [2, 'green'],
    [3, 'green'],
    [4, 'yellow'],
    [6, 'red'],
  ])('places %d with lower is better', (value, zone) => {
    expect(classify(value, corridorBounds({ green: 3, yellow: 5, relativeTo: 'fixed' }, {})!, 'lowerIsBetter')).toBe(zone);
  });

  it('shifts bounds by the national value or the target', () => {
    expect(corridorBounds({ green: 0, yellow: -5, relativeTo: 'nationalMean' }, { nationalValue: 60 })).toEqual({
      green: 60,
      yellow: 55,
      relativeTo: 'nationalMean',
      base: 60,
    });
    expect(corridorBounds({ green: -2, yellow: -10, relativeTo: 'target' }, { target: 90 })).toMatchObject({ green: 88, yellow: 80 });
    expect(corridorBounds({ green: 0, yellow: -5, relativeTo: 'target' }, {})).toBeUndefined();
  });
});

describe('improvement assignments', () => {
  const share = definition(
    { kind: 'share', numerator: { reached: ['B'], notReached: [] }, denominator: { reached: ['A'], notReached: [] }, scale: 100 },
    { indicatorId: 'share', number: '1', name: 'Доля', corridor: { green: 0, yellow: -10, relativeTo: 'nationalMean' } },
  );
  const value = (level: IndicatorValue['level'], region: string | undefined, centre: string | undefined, result: number): IndicatorValue => ({
    standard: 'std',
    indicatorId: 'share',
    level,
    period: 202503,
    ...(region !== undefined ? { region } : {}),
    ...(centre !== undefined ? { centre } : {}),
    num: result,
    den: 100,
    value: result,
  });
  const values = [
    value('country', undefined, undefined, 50),
    value('region', '77', undefined, 55),
    value('region', '25', undefined, 45),
    value('centre', '25', 'c-1', 35),
  ];

  it('assesses against the national value of the period', () => {
    expect(assessCorridors(values, [share]).map((item) => [item.value.level, item.value.region, item.value.centre, item.zone])).toEqual([
      ['region', '77', undefined, 'green'],
      ['region', '25', undefined, 'yellow'],
      ['centre', '25', 'c-1', 'red'],
    ]);
  });

  it('assigns work to every unit out of the green zone', () => {
    const assignments = improvementAssignments(assessCorridors(values, [share]), [share], 'month');
    expect(assignments).toEqual([
      expect.objectContaining({ assignee: { level: 'region', region: '25' }, period: '2025-03', value: 45, zone: 'yellow' }),
      expect.objectContaining({ assignee: { level: 'centre', region: '25', centre: 'c-1' }, value: 35, zone: 'red' }),
    ]);
    const findings = assignmentFindings(assignments, [share]);
    expect(findings.map((item) => [item.ruleId, item.severity, item.messageId])).toEqual([
      ['indicator-out-of-corridor', 'warning', 'indicators.corridor.yellow'],
      ['indicator-out-of-corridor', 'error', 'indicators.corridor.red'],
    ]);
    expect(findings[1]?.args).toMatchObject({ unit: '25 / c-1', period: '2025-03', value: 35, green: 50, yellow: 40 });
  });
});

import { describe, expect, it } from 'vitest';
import { rollUp } from '../src/rollup.js';
import { definition } from './support/definitions.js';

describe('roll-up', () => {
  const share = definition({ kind: 'share', numerator: { reached: ['B'], notReached: [] }, denominator: { reached: ['A'], notReached: [] }, scale: 100 });
  const rows = [
    { region: '77', centre: 'big', service: null, period: 202501, num: 90, den: 100 },
    { region: '77', centre: 'small', service: null, period: 202501, num: 1, den: 10 },
    { region: '25', centre: 'one', service: 's', period: 202501, num: 5, den: 10 },
  ];

  it('sums numerators and denominators instead of averaging shares', () => {
    const values = rollUp(rows, ['region', 'country'], share, { standard: 'std', indicatorId: 'share' });
    const moscow = values.find((value) => value.level === 'region' && value.region === '77');
    // (90 + 1) / (100 + 10), not the mean of 90 % and 10 %.
    expect(moscow).toMatchObject({ num: 91, den: 110 });
    expect(moscow?.value).toBeCloseTo(82.727, 3);
    expect(values.find((value) => value.level === 'country')).toMatchObject({ num: 96, den: 120, value: 80 });
  });

  it('keeps the keys of each level only', () => {
    const values = rollUp(rows, ['service', 'centre'], share, { standard: 'std', indicatorId: 'share' });
    expect(values.filter((value) => value.level === 'service').map((value) => [value.region, value.centre, value.service])).toEqual([
      ['77', 'big', null],
      ['77', 'small', null],
      ['25', 'one', 's'],
    ]);
    expect(values.find((value) => value.level === 'centre')).not.toHaveProperty('service');
  });
});

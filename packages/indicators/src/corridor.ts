import type { Corridor, Indicator } from '@tsmp/schema';

/** Zone of a value in its corridor. */
export type CorridorZone = 'green' | 'yellow' | 'red';

/** Absolute bounds of a corridor after the benchmark or target is applied. */
export interface CorridorBounds {
  green: number;
  yellow: number;
  relativeTo: Corridor['relativeTo'];
  /** The benchmark or target the bounds were shifted by; absent for fixed corridors. */
  base?: number;
}

/**
 * Turns a corridor into absolute bounds. A `nationalMean` corridor is an
 * offset from the national value of the same indicator and period, and a
 * `target` corridor is an offset from the target value. Returns undefined
 * when that base is not known.
 */
export function corridorBounds(corridor: Corridor, bases: { nationalValue?: number | null; target?: number }): CorridorBounds | undefined {
  if (corridor.relativeTo === 'fixed') return { green: corridor.green, yellow: corridor.yellow, relativeTo: 'fixed' };
  const base = corridor.relativeTo === 'nationalMean' ? bases.nationalValue : bases.target;
  if (base === undefined || base === null) return undefined;
  return { green: base + corridor.green, yellow: base + corridor.yellow, relativeTo: corridor.relativeTo, base };
}

/**
 * Places a value in its corridor by the direction of improvement. For
 * `higherIsBetter` a value at or above `green` is green, one at or above
 * `yellow` is yellow, and a lower one is red. For `lowerIsBetter` the
 * comparisons are reversed.
 */
export function classify(value: number, bounds: CorridorBounds, direction: Indicator['direction']): CorridorZone {
  if (direction === 'higherIsBetter') {
    if (value >= bounds.green) return 'green';
    return value >= bounds.yellow ? 'yellow' : 'red';
  }
  if (value <= bounds.green) return 'green';
  return value <= bounds.yellow ? 'yellow' : 'red';
}

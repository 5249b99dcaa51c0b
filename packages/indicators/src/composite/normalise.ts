import type { IndicatorDefinition } from '../definitions.js';
import type { CompositeMethod } from './method.js';

/** One unit's raw value of one indicator in one period. */
export interface RawScore {
  unit: string;
  value: number;
}

function clip(score: number): number {
  return Math.min(1, Math.max(0, score));
}

/**
 * Brings the values of one indicator across units to 0 (worst) … 1 (best),
 * respecting the direction of improvement. Min-max uses the spread of the
 * units compared, and equal values all get 1. Goalposts use fixed worst and
 * best values. Distance to target gives value ÷ target (target ÷ value when
 * lower is better), capped at 1. Returns undefined when the method lacks the
 * goalposts or target it needs.
 */
export function normalise(
  scores: readonly RawScore[],
  definition: Pick<IndicatorDefinition, 'direction' | 'target'>,
  key: string,
  method: CompositeMethod,
): Map<string, number> | undefined {
  const out = new Map<string, number>();
  const higher = definition.direction === 'higherIsBetter';
  switch (method.normalisation) {
    case 'minMax': {
      const values = scores.map((score) => score.value);
      const min = Math.min(...values);
      const max = Math.max(...values);
      const spread = max - min;
      for (const score of scores) {
        let normalised = 1;
        if (spread !== 0) normalised = higher ? (score.value - min) / spread : (max - score.value) / spread;
        out.set(score.unit, normalised);
      }
      return out;
    }
    case 'goalposts': {
      const posts = method.goalposts?.[key];
      if (!posts || posts.best === posts.worst) return undefined;
      for (const score of scores) out.set(score.unit, clip((score.value - posts.worst) / (posts.best - posts.worst)));
      return out;
    }
    case 'distanceToTarget': {
      const target = method.targets?.[key] ?? definition.target;
      if (target === undefined || target <= 0) return undefined;
      for (const score of scores) {
        let ratio = 1;
        if (higher) ratio = score.value / target;
        else if (score.value > 0) ratio = target / score.value;
        out.set(score.unit, clip(ratio));
      }
      return out;
    }
  }
}

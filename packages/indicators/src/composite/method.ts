/** Normalisation: the way indicator values are brought to a common scale of 0 (worst) to 1 (best). */
export type Normalisation = 'minMax' | 'goalposts' | 'distanceToTarget';
export type Aggregation = 'arithmetic' | 'geometric';

/** A group of indicators with one weight, such as the accessibility or quality index. */
export interface IndicatorGroup {
  id: string;
  weight: number;
  /** Indicator keys `standard/indicatorId`. */
  indicators: string[];
}

/**
 * The method of a composite index, stored with every result so that any
 * number can be recomputed. Weights are per indicator key
 * (`standard/indicatorId`); with `groups`, indicators are first combined
 * inside each group with their weights, then groups with theirs.
 */
export interface CompositeMethod {
  normalisation: Normalisation;
  aggregation: Aggregation;
  weights: Record<string, number>;
  groups?: IndicatorGroup[];
  /** For `goalposts`: the worst and the best value of each indicator key; values beyond are clipped. */
  goalposts?: Record<string, { worst: number; best: number }>;
  /** For `distanceToTarget`: the target of each indicator key, when the definition has none. */
  targets?: Record<string, number>;
}

/**
 * Group weights of the integral assessment of employment services in
 * Приказ Минтруда России от 26.10.2017 № 751 (now void): accessibility
 * index 0.4, quality index 0.4, image index 0.1, ratio of regional spending
 * on active policy to federal spending on benefits 0.1.
 */
export const PRECEDENT_2017_GROUP_WEIGHTS = { accessibility: 0.4, quality: 0.4, image: 0.1, budget: 0.1 } as const;

/** Returns the key of an indicator in weights, groups and goalposts. */
export function indicatorKey(standard: string, indicatorId: string): string {
  return `${standard}/${indicatorId}`;
}

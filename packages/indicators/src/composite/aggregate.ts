import type { Aggregation } from './method.js';

/** A score with its weight. */
export interface Weighted {
  score: number;
  weight: number;
}

/**
 * Combines scores by their weights, normalised to sum to 1: the weighted
 * arithmetic mean, or the weighted geometric mean (a zero score makes the
 * geometric result zero). Returns null when no weight is positive.
 */
export function aggregate(parts: readonly Weighted[], aggregation: Aggregation): number | null {
  const total = parts.reduce((sum, part) => sum + Math.max(0, part.weight), 0);
  if (total <= 0) return null;
  if (aggregation === 'arithmetic') {
    return parts.reduce((sum, part) => sum + (Math.max(0, part.weight) / total) * part.score, 0);
  }
  let product = 1;
  for (const part of parts) product *= Math.pow(part.score, Math.max(0, part.weight) / total);
  return product;
}

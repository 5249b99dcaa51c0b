import { seededRandom } from '../random.js';
import type { CompositeMethod } from './method.js';
import { combine, rankResults, type CompositeResult } from './composite-index.js';

/** How far one unit's rank moves when the weights vary. */
export interface RankSensitivity {
  region: string;
  centre?: string;
  period: number;
  baseRank: number;
  minRank: number;
  maxRank: number;
  /** Mean absolute change of rank over all weight variants. */
  meanShift: number;
}

function varyWeights(method: CompositeMethod, factor: (name: string) => number): CompositeMethod {
  if (method.groups && method.groups.length > 0) {
    return { ...method, groups: method.groups.map((group) => ({ ...group, weight: group.weight * factor(group.id) })) };
  }
  const weights: Record<string, number> = {};
  for (const [key, weight] of Object.entries(method.weights)) weights[key] = weight * factor(key);
  return { ...method, weights };
}

/**
 * Recomputes the ranks of each period's results under varied weights. First
 * each weight (of a group, when the method has groups) moves alone by
 * ±`delta`. Then `draws` variants multiply every weight by a random factor in
 * [1 − delta, 1 + delta]. Scores are reused, so only the weights change.
 */
export function rankSensitivity(
  results: readonly CompositeResult[],
  options: { delta?: number; draws?: number; seed?: number } = {},
): RankSensitivity[] {
  const delta = options.delta ?? 0.2;
  const draws = options.draws ?? 200;
  const next = seededRandom(options.seed ?? 1);
  const out: RankSensitivity[] = [];
  const periods = [...new Set(results.map((result) => result.period))];

  for (const period of periods) {
    const base = results.filter((result) => result.period === period);
    const method = base[0]?.method;
    if (!method) continue;
    const names = method.groups && method.groups.length > 0 ? method.groups.map((group) => group.id) : Object.keys(method.weights);
    const variants: CompositeMethod[] = [];
    for (const name of names) {
      variants.push(varyWeights(method, (candidate) => (candidate === name ? 1 + delta : 1)));
      variants.push(varyWeights(method, (candidate) => (candidate === name ? 1 - delta : 1)));
    }
    for (let draw = 0; draw < draws; draw += 1) variants.push(varyWeights(method, () => 1 - delta + 2 * delta * next()));

    const stats = base.map((result) => ({ result, min: result.rank, max: result.rank, shift: 0 }));
    for (const variant of variants) {
      const varied = base.map((result) => {
        const components = result.components.map((component) => ({ ...component, weight: variant.weights[component.key] ?? component.weight }));
        return { ...result, components, value: combine(components, variant), rank: 0 };
      });
      rankResults(varied);
      varied.forEach((result, index) => {
        const entry = stats[index] as (typeof stats)[number];
        entry.min = Math.min(entry.min, result.rank);
        entry.max = Math.max(entry.max, result.rank);
        entry.shift += Math.abs(result.rank - entry.result.rank);
      });
    }
    for (const { result, min, max, shift } of stats) {
      const row: RankSensitivity = {
        region: result.region,
        period,
        baseRank: result.rank,
        minRank: min,
        maxRank: max,
        meanShift: variants.length > 0 ? shift / variants.length : 0,
      };
      if (result.centre !== undefined) row.centre = result.centre;
      out.push(row);
    }
  }
  return out;
}

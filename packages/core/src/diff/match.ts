import type { WordSimilarity } from './similarity.js';

/** A pair of elements of the two editions taken to be the same element. */
export interface MatchedPair<T> {
  old: T;
  new: T;
  oldIndex: number;
  newIndex: number;
  by: 'id' | 'similarity';
}

export interface MatchResult<T> {
  pairs: MatchedPair<T>[];
  removed: { item: T; index: number }[];
  added: { item: T; index: number }[];
}

/**
 * Elements whose similarity is at least this are taken for the same element
 * with a new id. At 0.6 a re-titled operation with the same actions matches,
 * while two different operations that share a few common words do not.
 */
export const SIMILARITY_THRESHOLD = 0.6;

/**
 * Matches elements by key first, then pairs the rest greedily by the highest
 * similarity at or above the threshold, so that a renumbered or re-titled
 * element is reported as changed and not as removed plus added.
 */
export function matchElements<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  key: (item: T) => string,
  similarity?: (a: T, b: T) => number,
): MatchResult<T> {
  const newByKey = new Map<string, number>();
  newItems.forEach((item, index) => {
    if (!newByKey.has(key(item))) newByKey.set(key(item), index);
  });

  const pairs: MatchedPair<T>[] = [];
  const usedNew = new Set<number>();
  const restOld: number[] = [];
  oldItems.forEach((item, oldIndex) => {
    const newIndex = newByKey.get(key(item));
    if (newIndex === undefined || usedNew.has(newIndex)) {
      restOld.push(oldIndex);
      return;
    }
    usedNew.add(newIndex);
    pairs.push({ old: item, new: newItems[newIndex] as T, oldIndex, newIndex, by: 'id' });
  });
  const restNew = newItems.map((_, index) => index).filter((index) => !usedNew.has(index));

  const usedOld = new Set<number>();
  if (similarity && 'signature' in similarity) {
    pairIdentical(oldItems, newItems, restOld, restNew, similarity as WordSimilarity<T>, usedOld, usedNew, pairs);
  }
  const leftOld = restOld.filter((index) => !usedOld.has(index));
  const leftNew = restNew.filter((index) => !usedNew.has(index));
  if (similarity && leftOld.length > 0 && leftNew.length > 0) {
    const candidates: { oldIndex: number; newIndex: number; score: number }[] = [];
    const pairsToScore = 'tokens' in similarity ? prefixCandidates(oldItems, newItems, leftOld, leftNew, similarity as WordSimilarity<T>) : allPairs(leftOld, leftNew);
    for (const [oldIndex, newIndex] of pairsToScore) {
      const score = similarity(oldItems[oldIndex] as T, newItems[newIndex] as T);
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ oldIndex, newIndex, score });
    }
    candidates.sort((x, y) => y.score - x.score || x.oldIndex - y.oldIndex || x.newIndex - y.newIndex);
    for (const candidate of candidates) {
      if (usedOld.has(candidate.oldIndex) || usedNew.has(candidate.newIndex)) continue;
      usedOld.add(candidate.oldIndex);
      usedNew.add(candidate.newIndex);
      pairs.push({
        old: oldItems[candidate.oldIndex] as T,
        new: newItems[candidate.newIndex] as T,
        oldIndex: candidate.oldIndex,
        newIndex: candidate.newIndex,
        by: 'similarity',
      });
    }
  }

  pairs.sort((x, y) => x.newIndex - y.newIndex);
  return {
    pairs,
    removed: restOld.filter((index) => !usedOld.has(index)).map((index) => ({ item: oldItems[index] as T, index })),
    added: restNew.filter((index) => !usedNew.has(index)).map((index) => ({ item: newItems[index] as T, index })),
  };
}

/**
 * Pairs elements with exactly the same words first, in order of the old
 * elements, each with the first unused new one. These pairs score 1, so the
 * greedy pass would make the same choice. Pairing them by signature avoids
 * scoring every pair when many elements only got new ids.
 */
function pairIdentical<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  restOld: readonly number[],
  restNew: readonly number[],
  similarity: WordSimilarity<T>,
  usedOld: Set<number>,
  usedNew: Set<number>,
  pairs: MatchedPair<T>[],
): void {
  const bySignature = new Map<string, number[]>();
  for (const newIndex of restNew) {
    const signature = similarity.signature(newItems[newIndex] as T);
    const list = bySignature.get(signature);
    if (list) list.push(newIndex);
    else bySignature.set(signature, [newIndex]);
  }
  for (const oldIndex of restOld) {
    const list = bySignature.get(similarity.signature(oldItems[oldIndex] as T));
    const newIndex = list?.shift();
    if (newIndex === undefined) continue;
    usedOld.add(oldIndex);
    usedNew.add(newIndex);
    pairs.push({ old: oldItems[oldIndex] as T, new: newItems[newIndex] as T, oldIndex, newIndex, by: 'similarity' });
  }
}

function* allPairs(restOld: readonly number[], restNew: readonly number[]): Generator<[number, number]> {
  for (const oldIndex of restOld) for (const newIndex of restNew) yield [oldIndex, newIndex];
}

/**
 * Lists only the pairs that can reach the threshold, by prefix filtering:
 * with tokens ordered rarest first, two token sets with Dice ≥ t share
 * `o ≥ t·|A|/(2 − t)` tokens, so they share a token among the first
 * `|A| − ⌈t·|A|/(2 − t)⌉ + 1` tokens of each. The result is the same as
 * scoring every pair; only dissimilar pairs are skipped.
 */
function prefixCandidates<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  restOld: readonly number[],
  restNew: readonly number[],
  similarity: WordSimilarity<T>,
): [number, number][] {
  const oldTokens = new Map(restOld.map((index) => [index, similarity.tokens(oldItems[index] as T)]));
  const newTokens = new Map(restNew.map((index) => [index, similarity.tokens(newItems[index] as T)]));
  const frequency = new Map<string, number>();
  for (const tokens of [...oldTokens.values(), ...newTokens.values()]) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const prefix = (tokens: string[]): string[] => {
    const sorted = [...tokens].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || compareText(a, b));
    const overlap = Math.ceil((SIMILARITY_THRESHOLD * sorted.length) / (2 - SIMILARITY_THRESHOLD) - 1e-9);
    return sorted.slice(0, sorted.length - overlap + 1);
  };

  const index = new Map<string, number[]>();
  const emptyNew: number[] = [];
  for (const [newIndex, tokens] of newTokens) {
    if (tokens.length === 0) emptyNew.push(newIndex);
    for (const token of prefix(tokens)) {
      const list = index.get(token);
      if (list) list.push(newIndex);
      else index.set(token, [newIndex]);
    }
  }

  const pairs: [number, number][] = [];
  for (const [oldIndex, tokens] of oldTokens) {
    // Two elements without words score 1, so they stay candidates.
    if (tokens.length === 0) {
      for (const newIndex of emptyNew) pairs.push([oldIndex, newIndex]);
      continue;
    }
    const seen = new Set<number>();
    for (const token of prefix(tokens)) for (const newIndex of index.get(token) ?? []) seen.add(newIndex);
    for (const newIndex of seen) pairs.push([oldIndex, newIndex]);
  }
  return pairs;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

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
  if (similarity && restOld.length > 0 && restNew.length > 0) {
    const candidates: { oldIndex: number; newIndex: number; score: number }[] = [];
    for (const oldIndex of restOld) {
      for (const newIndex of restNew) {
        const score = similarity(oldItems[oldIndex] as T, newItems[newIndex] as T);
        if (score >= SIMILARITY_THRESHOLD) candidates.push({ oldIndex, newIndex, score });
      }
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

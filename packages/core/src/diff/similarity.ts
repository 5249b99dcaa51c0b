const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a text, for similarity scores. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? [];
}

/** Words of a text with their counts. */
type WordBag = { counts: Map<string, number>; size: number };

function bagOf(text: string): WordBag {
  const counts = new Map<string, number>();
  const words = wordsOf(text);
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length };
}

/** Dice coefficient of two word bags: 1 for the same words, 0 for none in common. */
function dice(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [word, count] of small.counts) common += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * common) / (a.size + b.size);
}

/**
 * Dice coefficient of the words of two texts. Word order is ignored, so a
 * reordered title still scores high.
 */
export function textSimilarity(a: string, b: string): number {
  return dice(bagOf(a), bagOf(b));
}

/**
 * A similarity function over elements that splits each element's text into
 * words once, however many candidates it is compared with. Make one per
 * matching, since the cache keeps every element it has seen.
 */
export function similarityBy<T>(textOf: (item: T) => string): (a: T, b: T) => number {
  const cache = new Map<T, WordBag>();
  const bag = (item: T): WordBag => {
    let found = cache.get(item);
    if (!found) {
      found = bagOf(textOf(item));
      cache.set(item, found);
    }
    return found;
  };
  return (a, b) => dice(bag(a), bag(b));
}

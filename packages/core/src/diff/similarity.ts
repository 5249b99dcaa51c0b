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

/** A similarity over elements that can also list each element's words, for candidate pruning. */
export interface WordSimilarity<T> {
  (a: T, b: T): number;
  /** The same text for two elements exactly when their words are the same, so that they score 1. */
  signature(item: T): string;
  /** Distinct tokens of an element: each word number tagged with its occurrence, `17#2` for the second one. */
  tokens(item: T): string[];
}

/**
 * Builds a similarity function over elements that splits each element's text
 * into words once, however many candidates it is compared with. Make one per
 * matching, since the cache keeps every element it has seen.
 */
export function similarityBy<T>(textOf: (item: T) => string): WordSimilarity<T> {
  // Words become numbers, and each element a sorted array of them with repeats, so that two
  // elements compare by one merge pass instead of map lookups.
  const wordIds = new Map<string, number>();
  const cache = new Map<T, Int32Array>();
  const idsOf = (item: T): Int32Array => {
    let found = cache.get(item);
    if (!found) {
      const ids = wordsOf(textOf(item)).map((word) => {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = wordIds.size;
          wordIds.set(word, id);
        }
        return id;
      });
      found = Int32Array.from(ids).sort();
      cache.set(item, found);
    }
    return found;
  };
  const similarity = ((a: T, b: T) => sortedDice(idsOf(a), idsOf(b))) as WordSimilarity<T>;
  similarity.signature = (item: T) => idsOf(item).join(',');
  similarity.tokens = (item: T) => {
    const ids = idsOf(item);
    const tokens: string[] = [];
    for (let i = 0; i < ids.length; i += 1) {
      const repeat = i > 0 && ids[i - 1] === ids[i] ? Number(tokens[tokens.length - 1]?.split('#')[1] ?? 1) + 1 : 1;
      tokens.push(`${ids[i]}#${repeat}`);
    }
    return tokens;
  };
  return similarity;
}

/** Dice coefficient of two sorted arrays of word numbers with repeats. */
function sortedDice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return (2 * common) / (a.length + b.length);
}

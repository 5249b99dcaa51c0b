const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a text, for similarity scores. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? []);
}

/**
 * Dice coefficient of the word multisets of two texts: 1 for the same words,
 * 0 for none in common. Word order is ignored, so a reordered title still scores high.
 */
export function textSimilarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      common += 1;
      counts.set(word, count - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

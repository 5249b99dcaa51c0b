import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// `hyphen/ru` is CommonJS with Liang patterns for Russian taken from CTAN.
const { hyphenateSync } = require('hyphen/ru/index.js') as typeof import('hyphen/ru/index.js');

export const SOFT_HYPHEN = '\u00AD';

/** Words shorter than this fit in any cell and are left whole. */
const MIN_WORD_LENGTH = 5;

const cache = new Map<string, string>();

/**
 * Inserts soft hyphens (U+00AD) into long words with Russian hyphenation
 * patterns, so that a narrow table cell breaks «меж-ве-дом-ствен-но-го»
 * with a visible hyphen instead of cutting a word without a mark.
 */
export function hyphenate(text: string): string {
  if (text.length < MIN_WORD_LENGTH) return text;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = keepTwoLetters(hyphenateSync(text, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }));
  if (cache.size > 10_000) cache.clear();
  cache.set(text, result);
  return result;
}

const HYPHENATED_WORD = /[\p{L}\u00AD]+/gu;

/**
 * Drops soft hyphens that would leave a single letter on either side of a
 * break («Росси-и»): Russian typesetting keeps at least two letters there,
 * but `hyphen` 1.14.1 allows one.
 */
function keepTwoLetters(text: string): string {
  return text.replace(HYPHENATED_WORD, (word) => {
    if (!word.includes(SOFT_HYPHEN)) return word;
    const pieces = word.split(SOFT_HYPHEN);
    while (pieces.length > 1 && (pieces[0]?.length ?? 0) < 2) pieces.splice(0, 2, `${pieces[0]}${pieces[1]}`);
    while (pieces.length > 1 && (pieces[pieces.length - 1]?.length ?? 0) < 2) pieces.splice(-2, 2, `${pieces[pieces.length - 2]}${pieces[pieces.length - 1]}`);
    return pieces.join(SOFT_HYPHEN);
  });
}

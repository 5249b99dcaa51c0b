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
  const result = hyphenateSync(text, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH });
  if (cache.size > 10_000) cache.clear();
  cache.set(text, result);
  return result;
}

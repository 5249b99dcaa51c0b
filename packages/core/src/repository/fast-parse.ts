import jsYaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { indexPositions } from './positions.js';
import type { PositionIndex } from './types.js';

// An alias is `*name` after a space, a line start or a flow indicator; `ЧЗ * 100` and `a*b` are not.
const POSSIBLE_ALIAS = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

/**
 * Reads a file's value with js-yaml, several times faster than the `yaml`
 * package that keeps positions. Returns `undefined` when the text has a
 * problem or may contain aliases (which need the alias-count limit), so that
 * the careful parser words and locates the problem.
 */
export function parseValueFast(text: string): { value: unknown } | undefined {
  if (POSSIBLE_ALIAS.test(text)) return undefined;
  try {
    // CORE_SCHEMA as in YAML 1.2: dates stay strings, no !!binary or !!js tags.
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/**
 * Positions computed on the first `locate` call: most files have no findings,
 * so most files never pay for the positional parse.
 */
export function lazyPositions(text: string, file: string): PositionIndex {
  let index: PositionIndex | undefined;
  return {
    locate(path) {
      if (!index) {
        const lineCounter = new LineCounter();
        index = indexPositions(parseDocument(text, { lineCounter }), lineCounter, file);
      }
      return index.locate(path);
    },
  };
}

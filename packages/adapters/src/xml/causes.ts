import type { MessageRef } from '@tsmp/core';

/**
 * Likely causes of saxes 6.0.0 errors. saxes gives its errors no codes, only
 * English text, so the cause is chosen by the start of that text. An error
 * not listed here gets the generic cause with the parser's own words.
 */
const CAUSES: ReadonlyArray<[RegExp, string]> = [
  [/^(unexpected close tag|unclosed tag)/, 'xml.cause.mismatchedTag'],
  [/^unbound namespace prefix/, 'xml.cause.unboundPrefix'],
  [/^undefined entity|^invalid entity|^malformed entity/, 'xml.cause.undefinedEntity'],
  [/^(disallowed character|invalid character)/, 'xml.cause.invalidCharacter'],
  [/^(text data outside of root node|documents may contain only one root)/, 'xml.cause.outsideRoot'],
  [/^(unexpected end|document must contain a root element)/, 'xml.cause.truncated'],
  [/^duplicate attribute/, 'xml.cause.duplicateAttribute'],
  [/^(unquoted attribute value|attribute without value|no whitespace between attributes)/, 'xml.cause.attributeSyntax'],
];

/** Picks the likely cause of a well-formedness error from the parser's message. */
export function causeOf(detail: string): MessageRef {
  for (const [pattern, messageId] of CAUSES) {
    if (pattern.test(detail)) return { messageId };
  }
  return { messageId: 'xml.cause.other' };
}

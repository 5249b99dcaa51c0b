import { rule } from './types.js';

/** Changes of the document text: points, sections, terms, annexes, terminology applied throughout. */
export const TEXT_RULES = [
  rule('text.point.added', 'minor', ['specialist'], 'text.point.removed'),
  rule('text.point.removed', 'minor', ['specialist'], 'text.point.added'),
  rule('text.point.changed', 'minor', ['specialist'], 'self'),
  rule('text.point.renumbered', 'editorial', ['specialist'], 'self'),
  rule('text.point.moved', 'minor', ['specialist'], 'self'),
  rule('text.term.replaced', 'editorial', ['specialist'], 'self'),
  rule('section.added', 'minor', ['specialist'], 'section.removed'),
  rule('section.removed', 'minor', ['specialist'], 'section.added'),
  rule('section.renamed', 'editorial', ['specialist'], 'self'),
  rule('term.added', 'editorial', ['specialist'], 'term.removed'),
  rule('term.removed', 'editorial', ['specialist'], 'term.added'),
  rule('term.changed', 'editorial', ['specialist'], 'self'),
  rule('annex.added', 'minor', ['specialist'], 'annex.removed'),
  rule('annex.removed', 'minor', ['specialist'], 'annex.added'),
  rule('annex.changed', 'editorial', ['specialist'], 'self'),
];

import { rule } from './types.js';

/** Changes of required documents and data items, of results of the power and of how the applicant is informed. */
export const DOCUMENT_RULES = [
  rule('document.added', 'major', ['applicant', 'specialist'], 'document.removed'),
  rule('document.removed', 'minor', ['applicant', 'specialist'], 'document.added'),
  rule('document.renamed', 'editorial', ['applicant', 'specialist'], 'self'),
  rule('document.madeRequired', 'major', ['applicant', 'specialist'], 'document.madeOptional'),
  rule('document.madeOptional', 'minor', ['applicant', 'specialist'], 'document.madeRequired'),
  rule('document.originChanged', 'major', ['applicant', 'specialist', 'integrator'], 'self'),
  rule('document.conditionChanged', 'minor', ['applicant', 'specialist'], 'self'),
  rule('result.added', 'major', ['applicant', 'specialist'], 'result.removed'),
  rule('result.removed', 'major', ['applicant', 'specialist'], 'result.added'),
  rule('result.renamed', 'minor', ['applicant', 'specialist'], 'self'),
  rule('informing.added', 'minor', ['applicant', 'specialist'], 'informing.removed'),
  rule('informing.removed', 'minor', ['applicant', 'specialist'], 'informing.added'),
  rule('informing.changed', 'minor', ['applicant', 'specialist'], 'self'),
  rule('informing.channelChanged', 'minor', ['applicant', 'integrator'], 'self'),
];

import { rule } from './types.js';

/** Changes of services inside a power. */
export const SERVICE_RULES = [
  rule('service.added', 'major', ['applicant', 'specialist', 'monitoring'], 'service.removed'),
  rule('service.removed', 'major', ['applicant', 'specialist', 'monitoring'], 'service.added'),
  rule('service.renamed', 'minor', ['applicant', 'specialist'], 'self'),
  rule('service.eligibility.changed', 'major', ['applicant', 'specialist'], 'self'),
  rule('service.procedures.changed', 'minor', ['specialist'], 'self'),
];

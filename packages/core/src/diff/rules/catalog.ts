import { rule } from './types.js';

/** Changes of roles and forms kept in catalogues or their own files. */
export const CATALOG_RULES = [
  rule('role.added', 'minor', ['specialist'], 'role.removed'),
  rule('role.removed', 'major', ['specialist'], 'role.added'),
  rule('role.renamed', 'minor', ['specialist'], 'self'),
  rule('form.added', 'minor', ['applicant', 'specialist'], 'form.removed'),
  rule('form.removed', 'major', ['applicant', 'specialist', 'integrator'], 'form.added'),
  rule('form.renamed', 'editorial', ['applicant', 'specialist'], 'self'),
];

import { rule } from './types.js';

/** Changes of administrative procedures. */
export const PROCEDURE_RULES = [
  rule('procedure.added', 'major', ['specialist'], 'procedure.removed'),
  rule('procedure.removed', 'major', ['specialist'], 'procedure.added'),
  rule('procedure.renamed', 'minor', ['specialist'], 'self'),
  rule('procedure.moved', 'editorial', ['specialist'], 'self'),
  rule('procedure.idChanged', 'minor', ['integrator'], 'self'),
  rule('procedure.performer.added', 'major', ['specialist'], 'procedure.performer.removed'),
  rule('procedure.performer.removed', 'major', ['specialist'], 'procedure.performer.added'),
  rule('procedure.action.added', 'minor', ['specialist'], 'procedure.action.removed'),
  rule('procedure.action.removed', 'minor', ['specialist'], 'procedure.action.added'),
  rule('procedure.action.changed', 'minor', ['specialist'], 'self'),
  rule('procedure.result.changed', 'minor', ['applicant', 'specialist'], 'self'),
  rule('procedure.madeOptional', 'minor', ['applicant', 'specialist'], 'procedure.madeMandatory'),
  rule('procedure.madeMandatory', 'major', ['applicant', 'specialist'], 'procedure.madeOptional'),
];

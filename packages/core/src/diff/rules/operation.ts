import { rule } from './types.js';

/** Changes of tech card operations. */
export const OPERATION_RULES = [
  rule('operation.added', 'major', ['specialist'], 'operation.removed'),
  rule('operation.removed', 'major', ['specialist'], 'operation.added'),
  rule('operation.renamed', 'minor', ['specialist'], 'self'),
  rule('operation.moved', 'editorial', ['specialist'], 'self'),
  rule('operation.idChanged', 'minor', ['integrator'], 'self'),
  rule('operation.performer.changed', 'major', ['specialist'], 'self'),
  rule('operation.action.added', 'minor', ['specialist'], 'operation.action.removed'),
  rule('operation.action.removed', 'minor', ['specialist'], 'operation.action.added'),
  rule('operation.action.changed', 'minor', ['specialist'], 'self'),
  rule('operation.trigger.changed', 'minor', ['specialist'], 'self'),
  rule('operation.result.changed', 'minor', ['specialist'], 'self'),
  rule('operation.form.added', 'minor', ['specialist'], 'operation.form.removed'),
  rule('operation.form.removed', 'minor', ['specialist'], 'operation.form.added'),
  rule('operation.system.changed', 'major', ['specialist', 'integrator'], 'self'),
  rule('operation.controlPoint.changed', 'breaking', ['integrator', 'monitoring'], 'self'),
];

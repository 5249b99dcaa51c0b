import { rule } from './types.js';

/** Changes of indicators of execution, including checklist indicators of an organisation standard. */
export const INDICATOR_RULES = [
  rule('indicator.added', 'major', ['monitoring'], 'indicator.removed'),
  rule('indicator.removed', 'major', ['monitoring', 'integrator'], 'indicator.added'),
  rule('indicator.renamed', 'minor', ['monitoring'], 'self'),
  rule('indicator.method.changed', 'major', ['monitoring'], 'self'),
  rule('indicator.unit.changed', 'major', ['monitoring', 'integrator'], 'self'),
  rule('indicator.dataSource.changed', 'major', ['monitoring', 'integrator'], 'self'),
  rule('indicator.direction.changed', 'major', ['monitoring'], 'self'),
  rule('indicator.target.changed', 'minor', ['monitoring'], 'self'),
  rule('indicator.corridor.changed', 'minor', ['monitoring'], 'self'),
  rule('indicator.effectiveFrom.changed', 'minor', ['monitoring'], 'self'),
  rule('indicator.question.added', 'major', ['monitoring'], 'indicator.question.removed'),
  rule('indicator.question.removed', 'major', ['monitoring'], 'indicator.question.added'),
];

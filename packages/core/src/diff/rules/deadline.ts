import type { Audience } from '../types.js';
import type { ChangeRule } from './types.js';
import { rule } from './types.js';

/**
 * Deadline rules of one element family. A shorter deadline is more work for
 * the specialist; a longer one is a longer wait for the applicant.
 */
function deadlineRules(family: string, extra: readonly Audience[] = []): ChangeRule[] {
  return [
    rule(`${family}.deadline.shortened`, 'major', ['specialist', 'monitoring', ...extra], `${family}.deadline.lengthened`),
    rule(`${family}.deadline.lengthened`, 'major', ['applicant', 'monitoring', ...extra], `${family}.deadline.shortened`),
    rule(`${family}.deadline.unitChanged`, 'major', ['applicant', 'specialist', 'monitoring', ...extra], 'self'),
    rule(`${family}.deadline.anchorChanged`, 'major', ['specialist', 'monitoring', 'integrator'], 'self'),
    rule(`${family}.deadline.reworded`, 'editorial', ['specialist'], 'self'),
  ];
}

/** Deadlines of procedures, of operations and of the power as a whole (`deadline.*`). */
export const DEADLINE_RULES = [
  rule('deadline.added', 'major', ['applicant', 'specialist', 'monitoring'], 'deadline.removed'),
  rule('deadline.removed', 'major', ['applicant', 'specialist', 'monitoring'], 'deadline.added'),
  ...deadlineRules('deadline', ['applicant']),
  ...deadlineRules('procedure'),
  ...deadlineRules('operation'),
];

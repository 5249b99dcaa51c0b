import type { Severity } from '../../findings/finding.js';

/** A check of the new edition's data against the level of its changes. */
export interface PolicyRule {
  id: string;
  severity: Severity;
  messageId: string;
}

function policy(id: string, severity: Severity): PolicyRule {
  return { id, severity, messageId: `diff.${id}` };
}

/**
 * Version policy: edition numbers are whole numbers, so the policy requires that
 * any change above `editorial` comes with a higher edition number, that the
 * number never goes down, and that `breaking` and `major` changes take effect
 * later than the edition they replace.
 */
export const POLICY_RULES = [
  policy('edition.number.notIncreased', 'error'),
  policy('edition.number.decreased', 'error'),
  policy('edition.effectiveFrom.notLater', 'error'),
];

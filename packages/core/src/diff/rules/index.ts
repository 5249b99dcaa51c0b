import { CATALOG_RULES } from './catalog.js';
import { CONTROL_POINT_RULES } from './control-point.js';
import { DEADLINE_RULES } from './deadline.js';
import { DOCUMENT_RULES } from './document.js';
import { INDICATOR_RULES } from './indicator.js';
import { OPERATION_RULES } from './operation.js';
import { PROCEDURE_RULES } from './procedure.js';
import { SERVICE_RULES } from './service.js';
import { STANDARD_RULES } from './standard.js';
import { TEXT_RULES } from './text.js';
import type { ChangeRule } from './types.js';

export type { ChangeRule } from './types.js';
export { POLICY_RULES, type PolicyRule } from './policy.js';

/** Every kind of change the diff reports, by id. */
export const CHANGE_RULES: ReadonlyMap<string, ChangeRule> = new Map(
  [
    ...STANDARD_RULES,
    ...TEXT_RULES,
    ...DEADLINE_RULES,
    ...PROCEDURE_RULES,
    ...DOCUMENT_RULES,
    ...SERVICE_RULES,
    ...INDICATOR_RULES,
    ...OPERATION_RULES,
    ...CONTROL_POINT_RULES,
    ...CATALOG_RULES,
  ].map((item) => [item.id, item]),
);

/**
 * Rules without a mirror, each with the reason. The registry test fails for a
 * rule that has neither a mirror nor an entry here.
 */
export const MIRROR_WAIVERS: Readonly<Record<string, string>> = {};

/** Looks up a rule; an unknown id is a programming error. */
export function changeRule(id: string): ChangeRule {
  const found = CHANGE_RULES.get(id);
  if (!found) throw new Error(`Unknown diff rule "${id}"`);
  return found;
}

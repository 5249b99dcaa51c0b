import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRepository, RULE_ERROR_ID, runRules, validateRepository, type Rule } from '@tsmp/core';
import { uniqueIds } from '../../src/rules/unique-ids.js';

const fixture = fileURLToPath(new URL('./unique-ids/invalid-role-in-two-files', import.meta.url));

const throwing: Rule = {
  id: 'always-throws',
  defaultSeverity: 'warning',
  descriptionId: 'rules.always-throws.description',
  messageIds: [],
  check() {
    throw new TypeError('cannot read properties of undefined');
  },
};

describe('throwing rule', () => {
  it('becomes a rule-error finding', async () => {
    const repository = await loadRepository(fixture);
    const findings = runRules(repository, [throwing, uniqueIds]);

    const error = findings.find((item) => item.ruleId === RULE_ERROR_ID);
    expect(error).toBeDefined();
    expect(error?.severity).toBe('error');
    expect(error?.messageId).toBe('rules.rule-error');
    expect(error?.args).toEqual({ rule: 'always-throws', error: 'cannot read properties of undefined' });
    expect(findings.filter((item) => item.ruleId === 'unique-ids')).toHaveLength(1);
  });

  it('does not stop validation', async () => {
    const repository = await loadRepository(fixture);
    const findings = validateRepository(repository, { rules: [throwing, uniqueIds] });
    expect(findings.map((item) => item.ruleId).sort()).toEqual([RULE_ERROR_ID, 'unique-ids']);
  });
});

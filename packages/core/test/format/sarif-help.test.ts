import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_CATALOGS, defaultRuleHelpUri, finding, formatFindings, LOAD_RULE_IDS, Localizer, RULES } from '@tsmp/core';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

interface SarifRule {
  id: string;
  helpUri?: string;
}

const findings = [
  finding({ ruleId: 'unique-ids', severity: 'error', messageId: 'rules.unique-ids.duplicateLocal', args: { id: 'OP-2', kind: 'операция', firstKind: 'операция', firstFile: 'card.yaml' } }),
  finding({ ruleId: 'schema', severity: 'error', messageId: 'schema.required', args: { field: 'name' } }),
];

function driverRules(lang: 'ru' | 'en', ruleHelpUri?: (id: string, lang: string) => string | undefined): SarifRule[] {
  const text = formatFindings(findings, 'sarif', { localizer: new Localizer(lang, CORE_CATALOGS), rules: RULES, ...(ruleHelpUri ? { ruleHelpUri } : {}) });
  return (JSON.parse(text) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] }).runs[0]!.tool.driver.rules;
}

describe('sarif helpUri', () => {
  it('points to the Russian page by default', () => {
    expect(driverRules('ru')).toEqual([
      expect.objectContaining({ id: 'schema', helpUri: 'docs/rules/schema.md' }),
      expect.objectContaining({ id: 'unique-ids', helpUri: 'docs/rules/unique-ids.md' }),
    ]);
  });

  it('points to the English page in English', () => {
    expect(driverRules('en').map((rule) => rule.helpUri)).toEqual(['docs/rules/en/schema.md', 'docs/rules/en/unique-ids.md']);
  });

  it('default addresses name existing pages', () => {
    for (const id of [...RULES.map((rule) => rule.id), ...LOAD_RULE_IDS]) {
      for (const lang of ['ru', 'en']) expect(existsSync(`${root}${defaultRuleHelpUri(id, lang)}`), `${id} ${lang}`).toBe(true);
    }
  });

  it('no default address without a page', () => {
    expect(defaultRuleHelpUri('mapping-event-missing', 'ru')).toBeUndefined();
  });

  it('takes the address from the option', () => {
    const base = 'https://example.org/tsmp/blob/main/';
    const rules = driverRules('ru', (id) => (id === 'schema' ? undefined : `${base}docs/rules/${id}.md`));
    expect(rules[0]).not.toHaveProperty('helpUri');
    expect(rules[1]?.helpUri).toBe(`${base}docs/rules/unique-ids.md`);
  });
});

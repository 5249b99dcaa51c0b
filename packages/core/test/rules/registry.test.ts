import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEADLINE_UNITS } from '@tsmp/schema';
import { INDEX_KINDS, RULES, rulesMessages, SEVERITIES } from '@tsmp/core';

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function ruleSource(id: string): string {
  return readFileSync(fileURLToPath(new URL(`../../src/rules/${id}.ts`, import.meta.url)), 'utf8');
}

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has every field', () => {
        expect(SEVERITIES).toContain(rule.defaultSeverity);
        expect(rule.descriptionId).toBe(`rules.${rule.id}.description`);
        expect(typeof rule.check).toBe('function');
        expect(rule.messageIds.length).toBeGreaterThan(0);
      });

      it('has its texts in both languages', () => {
        for (const id of [rule.descriptionId, ...rule.messageIds]) {
          expect(rulesMessages.ru[id], `ru ${id}`).toBeTypeOf('string');
          expect(rulesMessages.en[id], `en ${id}`).toBeTypeOf('string');
        }
        for (const id of rule.messageIds) expect(id.startsWith(`rules.${rule.id}.`), id).toBe(true);
      });

      it('declares every message id in its source', () => {
        const literals = [...ruleSource(rule.id).matchAll(/'(rules\.[\w.-]+)'/g)].map((match) => match[1]);
        const own = literals.filter((id) => id?.startsWith(`rules.${rule.id}.`) && id !== rule.descriptionId);
        for (const id of own) expect(rule.messageIds, `${id} is reported but not declared`).toContain(id);
      });
    });
  }

  it('names every element kind and unit', () => {
    const ids = [
      ...INDEX_KINDS.map((kind) => `rules.kind.${kind}`),
      ...DEADLINE_UNITS.map((unit) => `rules.unit.${unit}`),
      'rules.field.performer',
      'rules.field.result',
      'rules.deadline.total',
      'rules.period.from',
      'rules.period.to',
      'rules.period.between',
      'rules.rule-error',
    ];
    for (const id of ids) {
      expect(rulesMessages.ru[id], `ru ${id}`).toBeTypeOf('string');
      expect(rulesMessages.en[id], `en ${id}`).toBeTypeOf('string');
    }
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_CATALOGS, Localizer, loadRepository, runRules, russianCalendar, validateRepository, type MessageArgs, type Rule } from '@tsmp/core';

/** A finding a fixture must produce: message, place and values. */
export interface ExpectedFinding {
  messageId: string;
  file: string;
  line: number;
  args: MessageArgs;
}

/** Fixture folder name, and for `invalid-*` folders the findings the rule must report there. */
export type RuleCases = Record<string, readonly ExpectedFinding[]>;

const localizers = [new Localizer('ru', CORE_CATALOGS), new Localizer('en', CORE_CATALOGS)];

function fixturePath(rule: Rule, fixture: string): string {
  return fileURLToPath(new URL(`./${rule.id}/${fixture}`, import.meta.url));
}

/**
 * Runs one rule over each fixture folder `test/rules/<rule-id>/<fixture>`
 * and compares its findings with the table. Every fixture must load
 * without schema findings; `valid-*` fixtures must pass every rule, so
 * they stay realistic repositories rather than cases tailored to one rule.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.id, () => {
    for (const [fixture, expected] of Object.entries(cases)) {
      it(fixture, async () => {
        const repository = await loadRepository(fixturePath(rule, fixture));
        expect(repository.findings).toEqual([]);

        const findings = runRules(repository, [rule], { calendar: russianCalendar });
        const actual = findings.map((item) => ({ messageId: item.messageId, file: item.location?.file, line: item.location?.line, args: item.args }));
        expect(actual).toEqual(expected);
        for (const item of findings) {
          expect(item.ruleId).toBe(rule.id);
          expect(item.severity).toBe(rule.defaultSeverity);
          expect(rule.messageIds).toContain(item.messageId);
          for (const localizer of localizers) expect(localizer.format(item.messageId, item.args)).not.toMatch(/\{[A-Za-z]/);
        }

        if (fixture.startsWith('valid-')) expect(validateRepository(repository)).toEqual([]);
        else expect(expected.length).toBeGreaterThan(0);
      });
    }
  });
}

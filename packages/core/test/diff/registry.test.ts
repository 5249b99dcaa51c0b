import { describe, expect, it } from 'vitest';
import { AUDIENCES, CHANGE_LEVELS, CHANGE_RULES, diffMessages, ELEMENT_KINDS, MIRROR_WAIVERS, POLICY_RULES, templateArgNames } from '@tsmp/core';

describe('diff rule registry', () => {
  it('rules have valid fields', () => {
    for (const [id, rule] of CHANGE_RULES) {
      expect(rule.id).toBe(id);
      expect(id).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
      expect(CHANGE_LEVELS).toContain(rule.level);
      expect(rule.audiences.length, id).toBeGreaterThan(0);
      for (const audience of rule.audiences) expect(AUDIENCES).toContain(audience);
      expect(rule.messageId).toBe(`diff.${id}`);
    }
  });

  it('every rule has a mirror or a written waiver', () => {
    const problems: string[] = [];
    for (const [id, rule] of CHANGE_RULES) {
      const waiver = MIRROR_WAIVERS[id];
      if (rule.mirror === undefined) {
        if (!waiver || waiver.trim().length < 20) problems.push(`${id}: no mirror and no reason`);
        continue;
      }
      const mirror = CHANGE_RULES.get(rule.mirror);
      if (!mirror) problems.push(`${id}: mirror ${rule.mirror} is not a rule`);
      else if (mirror.mirror !== id) problems.push(`${id}: mirror ${rule.mirror} points to ${mirror.mirror}`);
      if (waiver) problems.push(`${id}: has a mirror and a waiver`);
    }
    for (const id of Object.keys(MIRROR_WAIVERS)) if (!CHANGE_RULES.has(id)) problems.push(`waiver for unknown rule ${id}`);
    expect(problems).toEqual([]);
  });

  it('added and removed rules are mirrors', () => {
    const pairs: [string, string][] = [
      ['added', 'removed'],
      ['shortened', 'lengthened'],
      ['madeRequired', 'madeOptional'],
    ];
    for (const [id, rule] of CHANGE_RULES) {
      for (const [a, b] of pairs) {
        if (id.endsWith(`.${a}`)) expect(rule.mirror, id).toBe(`${id.slice(0, -a.length)}${b}`);
      }
    }
  });

  it('every rule has a message in both languages', () => {
    const ids = [...[...CHANGE_RULES.values()].map((rule) => rule.messageId), ...POLICY_RULES.map((rule) => rule.messageId)];
    for (const id of ids) {
      expect(diffMessages.ru[id], `ru ${id}`).toBeTypeOf('string');
      expect(diffMessages.en[id], `en ${id}`).toBeTypeOf('string');
    }
    for (const kind of ELEMENT_KINDS) {
      expect(diffMessages.ru[`diff.element.${kind}`], kind).toBeTypeOf('string');
      expect(diffMessages.en[`diff.element.${kind}`], kind).toBeTypeOf('string');
    }
  });

  it('ru and en messages use the same values', () => {
    expect(Object.keys(diffMessages.en).sort()).toEqual(Object.keys(diffMessages.ru).sort());
    for (const [id, template] of Object.entries(diffMessages.ru)) {
      expect([...templateArgNames(diffMessages.en[id] ?? '')].sort(), id).toEqual([...templateArgNames(template)].sort());
    }
  });
});

describe('diff rule documentation', () => {
  it('lists every rule with its level', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../../docs/diff.md', import.meta.url), 'utf8');
    for (const rule of CHANGE_RULES.values()) expect(text, rule.id).toContain(`| \`${rule.id}\` | ${rule.level} | ${rule.audiences.join(', ')} |`);
  });
});

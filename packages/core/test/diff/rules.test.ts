import { describe, expect, it } from 'vitest';
import type { Change } from '@tsmp/core';
import { CHANGE_RULES, compareArtifactSets, diffArtifacts } from '@tsmp/core';
import { fixtureData, loadData, loadFixture } from './helpers.js';
import { RULE_CASES } from './rule-cases.js';

function ruleIds(changes: readonly Change[]): string[] {
  return [...new Set(changes.map((change) => change.ruleId))].sort();
}

function mirrorsOf(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => CHANGE_RULES.get(id)?.mirror ?? `no mirror for ${id}`))].sort();
}

const fired = new Set<string>();

describe('diff rules in both directions', () => {
  for (const item of RULE_CASES) {
    it(item.name, () => {
      const before = loadFixture(item.fixture);
      const data = fixtureData(item.fixture);
      item.edit(data);
      const after = loadData(data, item.fixture);

      const forward = ruleIds(diffArtifacts(before, after).changes);
      expect(forward).toEqual([...item.expect].sort());
      const backward = ruleIds(diffArtifacts(after, before).changes);
      expect(backward).toEqual(mirrorsOf(item.expect));
      for (const id of [...forward, ...backward]) fired.add(id);
    });
  }

  it('artifact added and removed', () => {
    const standard = loadFixture('process-standard.yaml');
    const card = loadFixture('tech-card.yaml');
    const grown = compareArtifactSets([standard], [standard, card]);
    expect(ruleIds(grown.changes)).toEqual(['artifact.added']);
    const shrunk = compareArtifactSets([standard, card], [standard]);
    expect(ruleIds(shrunk.changes)).toEqual(['artifact.removed']);
    fired.add('artifact.added');
    fired.add('artifact.removed');
  });

  it('every registry rule is exercised', () => {
    const missing = [...CHANGE_RULES.keys()].filter((id) => !fired.has(id));
    expect(missing).toEqual([]);
  });
});

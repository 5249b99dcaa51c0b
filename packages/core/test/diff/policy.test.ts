import { describe, expect, it } from 'vitest';
import { compareArtifactSets, diffArtifacts, diffSingleArtifacts, editionInfo, editionInForce, governingEdition, TsmpError } from '@tsmp/core';
import { fixtureData, loadData, loadFixture } from './helpers.js';

function edited(edit: (data: any) => void, fixture = 'process-standard.yaml') {
  const data = fixtureData(fixture);
  edit(data);
  return loadData(data, fixture);
}

describe('version policy', () => {
  it('asks for a new number when a control point goes', () => {
    const before = loadFixture('tech-card.yaml');
    const after = edited((d) => d.controlPoints.splice(1, 1), 'tech-card.yaml');
    const result = compareArtifactSets([before], [after]);
    expect(result.summary.level).toBe('breaking');
    expect(result.policy.map((item) => item.ruleId)).toEqual(['edition.number.notIncreased']);
    expect(result.policy[0]?.location?.line).toBeGreaterThan(1);
  });

  it('accepts a new number and a later date', () => {
    const before = loadFixture('process-standard.yaml');
    const after = edited((d) => {
      d.edition = { number: 2, status: 'inForce', effectiveFrom: '2024-12-03' };
      d.order.deadlines[0].deadline.amount = 5;
    });
    expect(compareArtifactSets([before], [after]).policy).toEqual([]);
  });

  it('rejects a major edition that is not later', () => {
    const before = loadFixture('process-standard.yaml');
    const after = edited((d) => {
      d.edition = { number: 2, status: 'inForce', effectiveFrom: '2022-06-01' };
      d.order.deadlines[0].deadline.amount = 5;
    });
    expect(compareArtifactSets([before], [after]).policy.map((item) => item.ruleId)).toEqual(['edition.effectiveFrom.notLater']);
  });

  it('rejects a lower number', () => {
    const before = edited((d) => (d.edition.number = 3));
    const after = edited((d) => (d.points[2].text = 'Услуга предоставляется только в электронной форме.'));
    expect(compareArtifactSets([before], [after]).policy.map((item) => item.ruleId)).toEqual(['edition.number.decreased']);
  });

  it('lets editorial changes keep the number', () => {
    const before = loadFixture('process-standard.yaml');
    const after = edited((d) => (d.points[2].number = '4'));
    const result = compareArtifactSets([before], [after]);
    expect(result.summary.level).toBe('editorial');
    expect(result.policy).toEqual([]);
  });
});

describe('inputs that cannot be compared', () => {
  it('identical editions give no changes', () => {
    const result = compareArtifactSets([loadFixture('process-standard.yaml')], [loadFixture('process-standard.yaml')], { single: true });
    expect(result.changes).toEqual([]);
    expect(result.summary.level).toBeNull();
  });

  it('different kinds are an error', () => {
    expect(() => diffArtifacts(loadFixture('process-standard.yaml'), loadFixture('tech-card.yaml'))).toThrow(TsmpError);
  });

  it('unrelated artifacts are an error', () => {
    const other = edited((d) => {
      d.id = 'public-works';
      d.title = 'Стандарт по организации оплачиваемых общественных работ';
      d.subject.name = 'Организация проведения оплачиваемых общественных работ';
    });
    try {
      diffSingleArtifacts(loadFixture('process-standard.yaml'), other);
      expect.unreachable();
    } catch (error) {
      expect((error as TsmpError).messageId).toBe('diff.error.unrelated');
    }
  });

  it('supersedes links editions with new ids', () => {
    const other = edited((d) => {
      d.id = 'sa-660n';
      d.title = 'Совсем другое наименование';
      d.edition = { number: 2, status: 'inForce', effectiveFrom: '2024-12-03', supersedes: 'sa' };
    });
    expect(diffSingleArtifacts(loadFixture('process-standard.yaml'), other).changes.map((change) => change.ruleId)).toContain('standard.title.changed');
  });
});

describe('point in time', () => {
  const first = editionInfo(loadFixture('process-standard.yaml'));
  const second = editionInfo(edited((d) => (d.edition = { number: 2, status: 'inForce', effectiveFrom: '2024-12-03' })));
  const inForceRule = editionInfo(edited((d) => (d.edition = { number: 2, status: 'inForce', effectiveFrom: '2024-12-03', transition: 'editionInForce' })));

  it('finds the edition in force on a date', () => {
    expect(editionInForce([first, second], '2022-05-31')).toBeUndefined();
    expect(editionInForce([first, second], '2022-06-01')?.number).toBe(1);
    expect(editionInForce([first, second], '2024-12-02')?.number).toBe(1);
    expect(editionInForce([first, second], '2024-12-03')?.number).toBe(2);
  });

  it('keeps a started case on its edition', () => {
    const governing = governingEdition([first, second], '2024-11-20', '2025-01-10');
    expect(governing.rule).toBe('editionAtCaseStart');
    expect(governing.edition?.number).toBe(1);
  });

  it('moves a case when the rule says so', () => {
    const governing = governingEdition([first, inForceRule], '2024-11-20', '2025-01-10');
    expect(governing.rule).toBe('editionInForce');
    expect(governing.edition?.number).toBe(2);
  });
});

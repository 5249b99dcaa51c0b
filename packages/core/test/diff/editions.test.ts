import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Change, DiffResult } from '@tsmp/core';
import { compareArtifactSets, loadRepository } from '@tsmp/core';

const EDITIONS = fileURLToPath(new URL('../../../../examples/editions/', import.meta.url));

async function compareShipped(name: string, oldEdition: string, newEdition: string): Promise<DiffResult> {
  const before = await loadRepository(`${EDITIONS}${name}/${oldEdition}`);
  const after = await loadRepository(`${EDITIONS}${name}/${newEdition}`);
  expect(before.findings.filter((item) => item.severity === 'error')).toEqual([]);
  expect(after.findings.filter((item) => item.severity === 'error')).toEqual([]);
  return compareArtifactSets(before.artifacts, after.artifacts);
}

const byRule = (result: DiffResult, ruleId: string): Change[] => result.changes.filter((change) => change.ruleId === ruleId);

describe('Standard 156 before and after order 350', () => {
  it('reports the term replaced throughout once', async () => {
    const result = await compareShipped('standard-156', '2023', '2024');
    const terms = byRule(result, 'text.term.replaced');
    expect(terms).toHaveLength(1);
    const [term] = terms;
    expect(term?.oldValue).toMatch(/службы занятости населения$/);
    expect(term?.newValue).toMatch(/службы занятости$/);
    expect(term?.occurrences ?? term?.args['count']).toBeGreaterThanOrEqual(3);
    expect(term?.places?.length).toBeGreaterThanOrEqual(3);
    expect(term?.level).toBe('editorial');
  });

  it('shows point 7 word by word', async () => {
    const result = await compareShipped('standard-156', '2023', '2024');
    const points = byRule(result, 'text.point.changed');
    expect(points.map((change) => change.element.id)).toEqual(['point-7']);
    const inserted = points[0]?.spans?.filter((span) => span.op === 'insert').map((span) => span.text).join(' ');
    expect(inserted).toContain('брендбуком «Работа России»');
    expect(points[0]?.newLocation?.file).toBe('standard.yaml');
  });

  it('has no breaking change and a valid edition number', async () => {
    const result = await compareShipped('standard-156', '2023', '2024');
    expect(result.summary.byLevel.breaking).toBe(0);
    expect(result.policy).toEqual([]);
    expect(result.audiences.map((impact) => impact.audience)).toEqual(['specialist']);
    const common = result.assignments.find((assignment) => assignment.role === null);
    expect(common?.effectiveFrom).toBe('2024-07-12');
    expect(common?.items.map((item) => item.element.id)).toContain('point-7');
  });

  it('puts point 7 in the comparison table', async () => {
    const result = await compareShipped('standard-156', '2023', '2024');
    const table = result.tables.find((item) => item.artifactId === 'organisation-standard-156');
    const row = table?.rows.find((item) => item.number === '7');
    expect(row?.oldText).toContain('службы занятости населения');
    expect(row?.newText).toContain('Работа России');
  });
});

describe('social adaptation 2022 and 2024', () => {
  it('reports the new legal basis and subject', async () => {
    const result = await compareShipped('social-adaptation', '2022', '2024');
    expect(byRule(result, 'standard.legalBasis.added').map((change) => change.newValue)).toEqual([expect.objectContaining({ act: 'fz-565' })]);
    expect(byRule(result, 'standard.legalBasis.removed')).toHaveLength(1);
    expect(byRule(result, 'standard.subject.changed')).toHaveLength(1);
  });

  it('reports longer deadlines and a new document', async () => {
    const result = await compareShipped('social-adaptation', '2022', '2024');
    const lengthened = byRule(result, 'procedure.deadline.lengthened');
    expect(lengthened.length).toBeGreaterThanOrEqual(2);
    for (const change of lengthened) expect(change.audiences).toContain('applicant');
    expect(byRule(result, 'document.added').map((change) => change.element.id)).toEqual(['unemployed-status']);
  });

  it('reports both indicators with their dates', async () => {
    const result = await compareShipped('social-adaptation', '2022', '2024');
    const indicators = byRule(result, 'indicator.added');
    expect(indicators).toHaveLength(2);
    expect(indicators.map((change) => change.effectiveFrom)).toContain('2026-01-01');
  });

  it('breaks integrators on the removed control point', async () => {
    const result = await compareShipped('social-adaptation', '2022', '2024');
    const removed = byRule(result, 'controlPoint.removed');
    expect(removed.map((change) => change.oldValue)).toEqual(['extraServices.assigned']);
    expect(removed[0]?.level).toBe('breaking');
    expect(result.audiences.find((impact) => impact.audience === 'integrator')?.level).toBe('breaking');
  });

  it('matches renumbered operations instead of replacing them', async () => {
    const result = await compareShipped('social-adaptation', '2022', '2024');
    expect(byRule(result, 'operation.removed')).toEqual([]);
    expect(byRule(result, 'operation.added')).toEqual([]);
    const moved = byRule(result, 'operation.moved').map((change) => `${String(change.args['old'])}→${String(change.args['new'])}`);
    expect(moved).toContain('6.1→7.1');
    expect(moved).toContain('7.1→6.1');
  });

  it('gives study assignments to staff roles only', async () => {
    const result = await compareShipped('social-adaptation', '2022', '2024');
    const roles = result.assignments.map((assignment) => assignment.role);
    expect(roles).toContain('role-czn-specialist');
    expect(roles).not.toContain('role-citizen');
    expect(roles).not.toContain('role-ecp');
    const specialist = result.assignments.find((assignment) => assignment.role === 'role-czn-specialist');
    expect(specialist?.effectiveFrom).toBe('2024-12-03');
    expect(specialist?.items.some((item) => item.element.kind === 'operation')).toBe(true);
  });
});

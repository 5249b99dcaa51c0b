import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { finding, loadRepository, validateRepository, type ModelRepository } from '@tsmp/core';

const fixture = (path: string) => fileURLToPath(new URL(`./${path}`, import.meta.url));

async function withManifestRules(path: string, rules: ModelRepository['manifest']['rules']): Promise<ModelRepository> {
  const repository = await loadRepository(fixture(path));
  return { ...repository, manifest: { ...repository.manifest, rules } };
}

describe('validateRepository', () => {
  it('returns rule findings at default severity', async () => {
    const findings = validateRepository(await loadRepository(fixture('procedure-deadline-fit/invalid-two-days-in-one')));
    expect(findings.map((item) => [item.ruleId, item.severity])).toEqual([['procedure-deadline-fit', 'warning']]);
  });

  it('applies manifest severities', async () => {
    const repository = await withManifestRules('procedure-deadline-fit/invalid-two-days-in-one', { 'procedure-deadline-fit': 'error' });
    expect(validateRepository(repository).map((item) => item.severity)).toEqual(['error']);
  });

  it('lets options override the manifest', async () => {
    const repository = await withManifestRules('procedure-deadline-fit/invalid-two-days-in-one', { 'procedure-deadline-fit': 'error' });
    const findings = validateRepository(repository, { overrides: { 'procedure-deadline-fit': 'hint' } });
    expect(findings.map((item) => item.severity)).toEqual(['hint']);
  });

  it('drops rules set to off', async () => {
    const repository = await withManifestRules('procedure-deadline-fit/invalid-two-days-in-one', { 'procedure-deadline-fit': 'off' });
    expect(validateRepository(repository)).toEqual([]);
  });

  it('keeps loading findings and sorts', async () => {
    const repository = await loadRepository(fixture('procedure-after-cycle/invalid-two-procedures'));
    const loading = finding({ ruleId: 'file-encoding', severity: 'warning', messageId: 'load.encodingNotUtf8', args: { encoding: 'windows-1251' }, location: { file: 'a.yaml', line: 1, column: 1 } });
    const findings = validateRepository({ ...repository, findings: [loading] });
    expect(findings.map((item) => item.ruleId)).toEqual(['file-encoding', 'procedure-after-cycle', 'procedure-order']);
    expect(findings.map((item) => item.location?.column)).toEqual([1, 12, 13]);
  });

  it('skips rules while a file fails to load', async () => {
    const repository = await loadRepository(fixture('procedure-after-cycle/invalid-two-procedures'));
    const loading = finding({ ruleId: 'schema', severity: 'error', messageId: 'schema.required', args: { field: 'name' }, location: { file: 'a.yaml', line: 1, column: 1 } });
    const findings = validateRepository({ ...repository, findings: [loading] });
    expect(findings.map((item) => item.ruleId)).toEqual(['rules-skipped', 'schema']);
    expect(findings[0]?.args).toEqual({ count: 1 });
  });

  it('warns about an unknown rule id in the manifest', async () => {
    const repository = await loadRepository(fixture('procedure-after-cycle/invalid-two-procedures'));
    const findings = validateRepository({ ...repository, manifest: { ...repository.manifest, rules: { 'unique-id': 'off' } } });
    const unknown = findings.find((item) => item.ruleId === 'unknown-rule-id');
    expect(unknown?.args).toEqual({ rule: 'unique-id', suggestion: 'unique-ids' });
  });

  it('gives ids and id paths', async () => {
    const [item] = validateRepository(await loadRepository(fixture('reference-resolves/invalid-role-misspelt')));
    expect(item?.artifactId).toBe('card-adaptation');
    expect(item?.path).toEqual(['operations', 0, 'performer']);
    expect(item?.idPath).toBe('operations[OP-1].performer');
    expect(item?.location).toEqual({ file: 'card.yaml', line: 17, column: 5 });
    expect(item?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

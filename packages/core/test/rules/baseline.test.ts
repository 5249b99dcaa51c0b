import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, loadRepository, readBaseline, TsmpError, validateRepository, writeBaseline } from '@tsmp/core';

const fixture = fileURLToPath(new URL('./legal-basis-period/invalid-2025-edition-under-1032-1', import.meta.url));
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tsmp-baseline-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<TsmpError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TsmpError);
  return error as TsmpError;
}

describe('baseline', () => {
  it('round-trips through a file', async () => {
    const findings = validateRepository(await loadRepository(fixture));
    expect(findings).toHaveLength(3);
    const file = join(folder, 'baseline.json');

    await writeBaseline(file, findings);
    const baseline = await readBaseline(file);

    expect(baseline).toEqual(createBaseline(findings));
    expect(baseline.findings[0]).toMatchObject({ ruleId: 'legal-basis-period', file: 'standard.yaml', idPath: 'legalBasis' });
    expect(await readdir(folder)).toEqual(['baseline.json']);
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
  });

  it('hides accepted findings only', async () => {
    const findings = validateRepository(await loadRepository(fixture));
    const baseline = createBaseline(findings.slice(0, 2));
    const visible = validateRepository(await loadRepository(fixture), { baseline });
    expect(visible).toEqual(findings.slice(2));
  });

  it('accepts one finding per entry', () => {
    const item = { ruleId: 'r', severity: 'error' as const, messageId: 'm', args: {}, fingerprint: 'abc' };
    const baseline = createBaseline([item]);
    expect(applyBaseline([item, { ...item, location: { file: 'b.yaml', line: 2, column: 1 } }], baseline)).toHaveLength(1);
  });

  it('rejects a missing file', async () => {
    const error = await rejection(readBaseline(join(folder, 'absent.json')));
    expect(error.messageId).toBe('validate.baseline.notFound');
    expect(error.args['file']).toBe(join(folder, 'absent.json'));
  });

  it('rejects a file that is not JSON', async () => {
    const file = join(folder, 'broken.json');
    await writeFile(file, '{ "version": 1, ');
    expect((await rejection(readBaseline(file))).messageId).toBe('validate.baseline.notJson');
  });

  it('rejects another JSON document', async () => {
    const file = join(folder, 'package.json');
    await writeFile(file, '{ "name": "x" }');
    expect((await rejection(readBaseline(file))).messageId).toBe('validate.baseline.invalid');
  });

  it('rejects an incomplete entry', async () => {
    const file = join(folder, 'entry.json');
    await writeFile(file, JSON.stringify({ version: 1, findings: [{ fingerprint: 'a', ruleId: 'r', messageId: 'm' }, { fingerprint: 'b' }] }));
    const error = await rejection(readBaseline(file));
    expect(error.messageId).toBe('validate.baseline.invalidEntry');
    expect(error.args['index']).toBe(2);
  });
});

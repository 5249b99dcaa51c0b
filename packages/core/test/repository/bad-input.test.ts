import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_CATALOGS, Localizer, loadRepository, TsmpError } from '@tsmp/core';

const ru = new Localizer('ru', CORE_CATALOGS);
const ROLE = 'kind: Role\nid: specialist\nname: Специалист ЦЗН\nlevel: territorialCentre\n';

/** Builds a repository folder with a manifest and the given files. */
function repository(files: Record<string, string | Uint8Array>, manifest = 'tsmp: 1\nname: проверка\n'): string {
  const root = mkdtempSync(join(tmpdir(), 'tsmp-load-'));
  if (manifest !== '') writeFileSync(join(root, 'tsmp.yaml'), manifest);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

async function findingsOf(files: Record<string, string | Uint8Array>, manifest?: string) {
  const loaded = await loadRepository(repository(files, manifest));
  return loaded.findings.map((item) => ({ ruleId: item.ruleId, messageId: item.messageId, file: item.location?.file, line: item.location?.line, text: ru.format(item.messageId, item.args) }));
}

describe('loading bad input', () => {
  it('malformed YAML gives a located syntax finding', async () => {
    const [problem] = await findingsOf({ 'role.yaml': 'kind: Role\nid: [a, b\nname: x\n' });
    expect(problem?.ruleId).toBe('yaml-syntax');
    expect(problem?.file).toBe('role.yaml');
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it('wrong type names the expected and actual type in Russian', async () => {
    const [problem] = await findingsOf({ 'form.yaml': 'kind: Form\nid: f\nname: Заявление\nformKind: application\nfields: 5\n' });
    expect(problem?.messageId).toBe('schema.invalidType');
    expect(problem?.line).toBe(5);
    expect(problem?.text).toBe('Неверный тип: ожидается список, а в файле число «5».');
  });

  it('unknown key points at the key line', async () => {
    const [problem] = await findingsOf({ 'role.yaml': `${ROLE}colour: red\n` });
    expect(problem).toMatchObject({ ruleId: 'schema', messageId: 'schema.unknownKey', line: 5 });
    expect(problem?.text).toContain('«colour»');
  });

  it('duplicate key is reported with its name and line', async () => {
    const [problem] = await findingsOf({ 'role.yaml': `${ROLE}id: again\n` });
    expect(problem).toMatchObject({ ruleId: 'yaml-duplicate-key', line: 5 });
    expect(problem?.text).toContain('«id»');
  });

  it('empty file is an error', async () => {
    const [problem] = await findingsOf({ 'empty.yaml': '\n  \n' });
    expect(problem).toMatchObject({ ruleId: 'file-empty', file: 'empty.yaml', line: 1 });
  });

  it('byte-order mark and CRLF are read as usual', async () => {
    const loaded = await loadRepository(repository({ 'role.yaml': `\uFEFF${ROLE.replace(/\n/g, '\r\n')}colour: red\r\n` }));
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]?.location?.line).toBe(5);
  });

  it('Windows-1251 file is read with a warning', async () => {
    const bytes = Buffer.from(ROLE.replace('Специалист ЦЗН', '@@'), 'utf8');
    const name = Buffer.from([0xd1, 0xef, 0xe5, 0xf6, 0xe8, 0xe0, 0xeb, 0xe8, 0xf1, 0xf2]); // «Специалист» in Windows-1251
    const at = bytes.indexOf('@@');
    const content = Buffer.concat([bytes.subarray(0, at), name, bytes.subarray(at + 2)]);
    const loaded = await loadRepository(repository({ 'role.yaml': content }));
    expect(loaded.findings.map((item) => item.ruleId)).toEqual(['file-encoding']);
    expect(loaded.findings[0]?.severity).toBe('warning');
    expect((loaded.artifacts[0]?.data as { name: string }).name).toBe('Специалист');
  });

  it('unknown encoding gives first bad line', async () => {
    const content = Buffer.concat([Buffer.from('kind: Role\nid: r\nname: '), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9f]), Buffer.from('\n')]);
    const [problem] = await findingsOf({ 'role.yaml': content });
    expect(problem).toMatchObject({ ruleId: 'file-encoding', line: 3 });
  });

  it('a 10 MB file is refused with its size', async () => {
    const big = `${ROLE}description: "${'я'.repeat(5 * 1024 * 1024)}"\n`;
    const [problem] = await findingsOf({ 'big.yaml': big });
    expect(problem?.ruleId).toBe('file-too-large');
    expect(problem?.text).toMatch(/10 МБ/);
  });

  it('missing manifest is an error, the files are still checked', async () => {
    const loaded = await loadRepository(repository({ 'role.yaml': ROLE }, ''));
    expect(loaded.findings.map((item) => item.ruleId)).toEqual(['manifest-missing']);
    expect(loaded.artifacts).toHaveLength(1);
  });

  it('a symbolic link that leaves the repository is not followed', async () => {
    const outside = repository({ 'secret.yaml': ROLE });
    const root = repository({});
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'linked.yaml'));
    const loaded = await loadRepository(root);
    expect(loaded.findings.map((item) => item.ruleId)).toEqual(['path-outside-repository']);
    expect(loaded.artifacts).toHaveLength(0);
  });

  it('a baseline path that leaves the repository is refused', async () => {
    const [problem] = await findingsOf({ 'role.yaml': ROLE }, 'tsmp: 1\nname: x\nbaseline: ../../etc/passwd\n');
    expect(problem).toMatchObject({ ruleId: 'path-outside-repository', file: 'tsmp.yaml', line: 3 });
  });

  it('unknown artifact kind lists the allowed kinds', async () => {
    const [problem] = await findingsOf({ 'x.yaml': 'kind: Standard\nid: x\n' });
    expect(problem?.messageId).toBe('load.kindUnknown');
    expect(problem?.text).toContain('ProcessStandard');
  });

  it('alias expansion bomb is refused', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghij'[index]}`).join(',')}]`)].join('\n');
    const [problem] = await findingsOf({ 'bomb.yaml': `${bomb}\n` });
    expect(problem?.ruleId).toBe('yaml-syntax');
  });

  it('a path that does not exist throws a typed error', async () => {
    await expect(loadRepository(join(tmpdir(), 'no-such-folder-tsmp'))).rejects.toBeInstanceOf(TsmpError);
  });

  it('several YAML documents in one file are refused', async () => {
    const [problem] = await findingsOf({ 'two.yaml': `${ROLE}---\n${ROLE}` });
    expect(problem).toMatchObject({ ruleId: 'yaml-syntax', messageId: 'load.yaml.multipleDocuments', line: 5 });
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, tempRepository, tsmp } from './helpers.js';

const MANIFEST = 'tsmp: 1\nname: проверка\n';
const ROLE = 'kind: Role\nid: specialist\nname: Специалист ЦЗН\nlevel: territorialCentre\n';

describe('tsmp help and usage errors', () => {
  it('help is in Russian by default', () => {
    const result = tsmp(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Использование:');
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('проверить репозиторий модели');
  });

  it('help is in English with --lang en', () => {
    const result = tsmp(['validate', '--help', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage:');
    expect(result.stdout).toContain('baseline file of accepted findings');
  });

  it('TSMP_LANG selects English', () => {
    expect(tsmp(['--help'], { env: { TSMP_LANG: 'en' } }).stdout).toContain('Usage:');
  });

  it('unknown command exits 2 with a Russian message', () => {
    const result = tsmp(['valdate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Неизвестная команда «valdate»');
  });

  it('invalid format choice exits 2', () => {
    const result = tsmp(['validate', '.', '--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Недопустимое значение «xml»');
  });

  it('missing path exits 2 without a stack trace', () => {
    const result = tsmp(['validate', 'no/such/folder']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Путь «');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tsmp validate', () => {
  it('clean repository exits 0', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'roles/specialist.yaml': ROLE });
    const result = tsmp(['validate', root]);
    expect(result.stdout).toBe('Замечаний нет.\n');
    expect(result.status).toBe(0);
  });

  it('schema error exits 1 with file, line and message', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': `${ROLE}colour: red\n` });
    const result = tsmp(['validate', root]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('role.yaml');
    expect(result.stdout).toContain('5:1');
    expect(result.stdout).toContain('Неизвестное поле «colour»');
  });

  it('json goes to stdout and parses', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': `${ROLE}colour: red\n` });
    const result = tsmp(['validate', root, '--format', 'json', '--lang', 'en']);
    const parsed = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string }[] };
    const schema = parsed.findings.find((item) => item.ruleId === 'schema');
    expect(schema?.message).toContain('Unknown field "colour"');
  });

  it('sarif output is SARIF 2.1.0', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': `${ROLE}colour: red\n` });
    const sarif = JSON.parse(tsmp(['validate', root, '--format', 'sarif']).stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(2);
  });

  it('fail-on warning turns a warning into exit 1', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST });
    expect(tsmp(['validate', root]).status).toBe(0);
    expect(tsmp(['validate', root, '--fail-on', 'warning']).status).toBe(1);
  });

  it('baseline hides accepted findings', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': `${ROLE}colour: red\n` });
    const baseline = join(root, 'accepted.json');
    const written = tsmp(['validate', root, '--write-baseline', baseline]);
    expect(written.stderr).toContain('accepted.json');
    expect(existsSync(baseline)).toBe(true);
    const result = tsmp(['validate', root, '--baseline', baseline]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Скрыто принятых замечаний');
  });

  it('rule override turns a rule off', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': `${ROLE}colour: red\n` });
    expect(tsmp(['validate', root, '--rule', 'schema=warning']).status).toBe(0);
    expect(tsmp(['validate', root, '--rule', 'schema']).status).toBe(2);
  });

  it('--out writes the file and leaves no temporary file', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE });
    const out = join(root, 'report.json');
    const result = tsmp(['validate', root, '--format', 'json', '--out', out]);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('findings');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('tsmp schema and rules', () => {
  it('schema prints draft 2020-12 with Russian titles', () => {
    const schema = JSON.parse(tsmp(['schema']).stdout) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(schema)).toContain('Технологическая карта');
  });

  it('rules lists rule ids and levels', () => {
    const rows = JSON.parse(tsmp(['rules', '--format', 'json']).stdout) as { id: string; defaultSeverity: string; description: string }[];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.description.length).toBeGreaterThan(0);
  });
});

describe('tsmp validate on hostile input', () => {
  it('a pipe among the files does not block', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE });
    spawnSync('mkfifo', [join(root, 'pipe.yaml')]);
    const result = tsmp(['validate', root]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('не обычный файл');
  });

  it('a mistyped rule id is refused with a suggestion', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE });
    const result = tsmp(['validate', root, '--rule', 'unique-id=off']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('«unique-ids»');
    expect(tsmp(['validate', root, '--rule', 'unique-ids=off=on']).status).toBe(2);
  });

  it('a file inside a repository is checked with its repository', () => {
    const root = tempRepository({
      'tsmp.yaml': MANIFEST,
      'roles.yaml': ROLE,
      'form.yaml': 'kind: Form\nid: f\nname: Заявление\nformKind: application\n',
    });
    const result = tsmp(['validate', join(root, 'form.yaml')]);
    expect(result.stdout).toBe('Замечаний нет.\n');
    expect(result.status).toBe(0);
  });

  it('a broken file does not cause false reference errors elsewhere', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': `${ROLE}foo: bar\n` });
    const result = tsmp(['validate', root, '--format', 'json']);
    const ruleIds = (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((item) => item.ruleId);
    expect(ruleIds).toEqual(['rules-skipped', 'schema']);
  });

  it('a closed pipe ends quietly', () => {
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} rules | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
  });

  it('a malformed glob is a finding in the manifest', () => {
    const root = tempRepository({ 'tsmp.yaml': `${MANIFEST}include: ["{a,b"]\n`, 'role.yaml': ROLE });
    const result = tsmp(['validate', root]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('tsmp.yaml');
    expect(result.stdout).toContain('«{a,b»');
  });

  it('--out into a missing folder says so in words', () => {
    const root = tempRepository({ 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE });
    const result = tsmp(['validate', root, '--out', join(root, 'missing', 'report.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('папки для него не существует');
  });
});

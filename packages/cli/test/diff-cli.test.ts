import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '@tsmp/cli';
import { ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'packages', 'core', 'test', 'diff', 'fixtures');

/** Runs `tsmp` in this process with buffers for the streams. */
async function tsmpDiff(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const status = await run(['diff', ...args], { stdout, stderr, cwd, env: { NO_COLOR: '1', ...env } });
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** A throwaway git repository with two commits of the process standard fixture. */
function gitRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsmp-diff-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=tsmp', '-c', 'user.email=tsmp@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
  git('init', '-q');
  cpSync(join(FIXTURES, 'process-standard.yaml'), join(dir, 'model', 'standard.yaml'));
  cpSync(join(FIXTURES, 'catalog.yaml'), join(dir, 'model', 'catalog.yaml'));
  writeFileSync(join(dir, 'model', 'tsmp.yaml'), 'tsmp: 1\nname: Проверка сравнения\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  const file = join(dir, 'model', 'standard.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 10', 'amount: 7').replace('number: 1\n  status', 'number: 2\n  status').replace('2022-06-01', '2024-01-01'));
  git('commit', '-q', '-am', 'second');
  return dir;
}

describe('tsmp diff', () => {
  it('identical files give an empty diff and exit 0', async () => {
    const file = join(FIXTURES, 'process-standard.yaml');
    const result = await tsmpDiff([file, file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Изменений нет');
    expect(result.stderr).toBe('');
  });

  it('shipped Standard 156 pair prints the term and point 7', async () => {
    const result = await tsmpDiff(['examples/editions/standard-156/2023', 'examples/editions/standard-156/2024']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/По всему тексту «[^»]*службы занятости населения» заменено на «[^»]*службы занятости»/);
    expect(result.stdout).toContain('Изменена формулировка: пункт 7');
    expect(result.stdout).toContain('Задания на изучение изменений');
  });

  it('fail-on minor turns changes into exit 1', async () => {
    const result = await tsmpDiff(['examples/editions/standard-156/2023', 'examples/editions/standard-156/2024', '--fail-on', 'minor']);
    expect(result.status).toBe(1);
  });

  it('breaking changes fail by default and print JSON', async () => {
    const result = await tsmpDiff(['examples/editions/social-adaptation/2022', 'examples/editions/social-adaptation/2024', '--format', 'json', '--lang', 'en']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.lang).toBe('en');
    expect(json.summary.byLevel.breaking).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
  });

  it('writes SARIF with change rule ids', async () => {
    const result = await tsmpDiff(['examples/editions/social-adaptation/2022', 'examples/editions/social-adaptation/2024', '--format', 'sarif']);
    const sarif = JSON.parse(result.stdout);
    const ids = sarif.runs[0].results.map((item: { ruleId: string }) => item.ruleId);
    expect(ids).toContain('controlPoint.removed');
  });

  it('different kinds exit 2 with a Russian message', async () => {
    const result = await tsmpDiff([join(FIXTURES, 'process-standard.yaml'), join(FIXTURES, 'tech-card.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Нельзя сравнить артефакты разных видов');
    expect(result.stdout).toBe('');
  });

  it('unrelated artifacts exit 2', async () => {
    const result = await tsmpDiff(['examples/social-adaptation/standard.yaml', 'examples/public-works/standard.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('не похожи на редакции одного документа');
  });

  it('a broken side shows its findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsmp-diff-broken-'));
    writeFileSync(join(dir, 'broken.yaml'), readFileSync(join(FIXTURES, 'process-standard.yaml'), 'utf8').replace('amount: 10', 'amount: десять'));
    const result = await tsmpDiff([join(FIXTURES, 'process-standard.yaml'), join(dir, 'broken.yaml')]);
    expect(result.status).toBe(1);
    expect(result.stdout.startsWith(`${join(dir, 'broken.yaml')}\n`)).toBe(true);
    expect(result.stdout).toContain('order.deadlines[total].deadline.amount');
    expect(result.stderr).toContain('содержит ошибки');
  });

  it('compares git revisions of a file and of a folder', async () => {
    const dir = gitRepository();
    const file = await tsmpDiff(['git:HEAD~1:model/standard.yaml', 'git:HEAD:model/standard.yaml', '--fail-on', 'major'], dir);
    expect(file.stderr).toBe('');
    expect(file.stdout).toContain('Срок сокращён');
    expect(file.status).toBe(1);
    const folder = await tsmpDiff(['git:HEAD~1:model', 'model', '--format', 'json'], dir);
    expect(JSON.parse(folder.stdout).changes.map((change: { ruleId: string }) => change.ruleId)).toEqual(['deadline.deadline.shortened']);
  });

  it('a missing revision is a clear error', async () => {
    const dir = gitRepository();
    const result = await tsmpDiff(['git:no-such-branch:model', 'model'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Ревизия «no-such-branch» не найдена');
  });

  it('a missing path at a revision is a clear error', async () => {
    const dir = gitRepository();
    const result = await tsmpDiff(['git:HEAD:model/nothing.yaml', 'model'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('нет пути «model/nothing.yaml»');
  });

  it('writes the comparison table as DOCX', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tsmp-diff-docx-')), 'table.docx');
    const result = await tsmpDiff(['examples/editions/standard-156/2023', 'examples/editions/standard-156/2024', '--format', 'docx', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('--at and --case-start name the editions', async () => {
    const result = await tsmpDiff(['examples/editions/standard-156/2023', 'examples/editions/standard-156/2024', '--at', '2024-08-01', '--case-start', '2024-07-01']);
    expect(result.stdout).toContain('organisation-standard-156: на 01.08.2024 действует ред. 2 от 12.07.2024');
    expect(result.stdout).toContain('Случай, начатый 01.07.2024, на 01.08.2024 ведётся по редакции: ред. 1 от 16.03.2023');
  });

  it('an invalid date is a usage error', async () => {
    const result = await tsmpDiff(['examples/editions/standard-156/2023', 'examples/editions/standard-156/2024', '--at', '2024-13-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Неверная дата «2024-13-01» в параметре --at');
  });

  it('docx without --out is a usage error', async () => {
    const result = await tsmpDiff(['examples/editions/standard-156/2023', 'examples/editions/standard-156/2024', '--format', 'docx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--out');
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepository, tsmp } from './helpers.js';

const deadline = { amount: 1, unit: 'workingDays', anchor: { event: 'application.accepted' }, wording: 'не позднее следующего рабочего дня' };

/** Writes a repository with one standard of `procedures` procedures, as JSON (a subset of YAML). */
function repository(procedures: number, title = 'Стандарт проверки экспорта'): string {
  const standard = {
    kind: 'ProcessStandard',
    id: 'std',
    title,
    subject: { type: 'supportMeasure', name: 'Проверка' },
    edition: { number: 1, status: 'inForce', effectiveFrom: '2025-01-01' },
    legalBasis: [{ act: 'act' }],
    generalProvisions: { recipients: [{ id: 'r', name: 'Безработные граждане' }], provisionForms: [{ channel: 'ecp' }] },
    order: { results: [{ id: 'res', name: 'Заключение' }] },
    procedures: Array.from({ length: procedures }, (_, index) => ({
      id: `P-${index + 1}`,
      number: index + 1,
      name: `Процедура номер ${index + 1}`,
      composition: ['Первое действие', 'Второе действие'],
      deadline,
      performers: ['role'],
      result: 'Выполнено',
    })),
  };
  const catalog = { kind: 'Catalog', id: 'catalog', roles: [{ id: 'role', name: 'Специалист', level: 'territorialCentre' }], legalActs: [{ id: 'act', type: 'federalLaw', issuer: 'Федеральное Собрание', number: '565-ФЗ', date: '2023-12-12', title: 'О занятости населения' }] };
  return tempRepository({ 'tsmp.yaml': 'tsmp: 1\nname: Проверка\n', 'standard.json': JSON.stringify(standard), 'catalog.json': JSON.stringify(catalog) });
}

describe('tsmp export', () => {
  it('writes a PDF to --out', () => {
    const repo = repository(3);
    const result = tsmp(['export', repo, '--doc', 'standard:std', '--format', 'pdf', '--out', 'out.pdf'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(readFileSync(join(repo, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.stderr).toMatch(/^Записан файл out\.pdf \(\d+ КБ\)\.$/m);
    expect(result.stdout).toBe('');
  });

  it('prints Markdown to stdout', () => {
    const result = tsmp(['export', repository(2), '--doc', 'standard:std', '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# СТАНДАРТ ПРОВЕРКИ ЭКСПОРТА');
    expect(result.stdout).toContain('## I. Общие положения');
  });

  it('names the available documents when one is missing', () => {
    const result = tsmp(['export', repository(1), '--doc', 'standard:other', '--format', 'html']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('нет документа вида «standard» с идентификатором «other». Есть: std.');
  });

  it('rejects an unknown document kind', () => {
    const result = tsmp(['export', repository(1), '--doc', 'poster:std']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Неизвестный вид документа «poster»');
  });

  it('asks for a missing document id', () => {
    const result = tsmp(['export', repository(1), '--doc', 'standard']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('В «standard» нет идентификатора документа');
  });

  it('keeps the old file when the export fails', () => {
    const repo = repository(2, 'Стандарт 😀 проверки');
    const target = join(repo, 'good.pdf');
    writeFileSync(target, 'previous good file');
    const result = tsmp(['export', repo, '--doc', 'standard:std', '--format', 'pdf', '--out', target]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('нет знака «😀» (U+1F600) в тексте title');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(target, 'utf8')).toBe('previous good file');
    expect(readdirSync(repo).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports progress of a long document on stderr', () => {
    const repo = repository(60);
    const result = tsmp(['export', repo, '--doc', 'standard:std', '--format', 'docx', '--out', join(repo, 'long.docx')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Экспорт: 50 %');
    expect(result.stderr).toContain('Экспорт: 100 %');
    expect(existsSync(join(repo, 'long.docx'))).toBe(true);
  });

  it('builds an indicator report from JSON', () => {
    const repo = tempRepository({
      'report.json': JSON.stringify({
        period: '2026 год',
        rows: [{ region: 'Ульяновская область', centre: 'ЦЗН', indicatorId: 'i', indicatorNumber: '1', indicatorName: 'Доля', unit: 'percent', value: 50, target: 40, corridor: 'green' }],
      }),
    });
    const result = tsmp(['export', '--doc', 'indicator-report:report.json', '--format', 'html', '--lang', 'en'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Report on the indicators of the Standard');
    expect(result.stdout).toContain('<svg');
  });

  it('explains a malformed report file', () => {
    const repo = tempRepository({ 'report.json': JSON.stringify({ period: '2026', rows: [{ region: 'X' }] }) });
    const result = tsmp(['export', '--doc', 'indicator-report:report.json', '--format', 'md'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Файл report.json не подходит для отчёта о показателях: rows[0].indicatorId.');
  });
});

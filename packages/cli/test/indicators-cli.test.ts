import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempRepository, tsmp } from './helpers.js';

const RECEIPT = join(ROOT, '..', 'shared', 'corpora', 'eventlogs', 'receipt.csv');
const RECEIPT_ARGS = [
  'indicators',
  '--repo',
  'examples/public-works',
  '--events',
  RECEIPT,
  '--mapping',
  'examples/mappings/receipt.mapping.yaml',
  '--period',
  '2010-10..2011-12',
  '--ignore-effective-dates',
];

describe('tsmp indicators', () => {
  it('computes the public works indicator on receipt.csv', () => {
    const result = tsmp([...RECEIPT_ARGS, '--by', 'centre,region,country', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ingest).toMatchObject({ rows: 8577, cases: 1434, errorCount: 0 });
    const national = report.values.filter((value: { level: string; indicatorId: string }) => value.level === 'country' && value.indicatorId === 'pw-ind-1');
    expect(national).toHaveLength(15);
    for (const value of national) {
      expect(value.den).toBeGreaterThan(0);
      expect(value.value).toBeCloseTo((100 * value.num) / value.den, 10);
      expect(value.benchmark).toBeGreaterThan(0);
    }
    expect(result.stderr).toMatch(/Строк: 8\s577/u);
    expect(result.stderr).toContain('T06 Determine necessity of stop advice (1416)');
  });

  it('writes CSV that Russian Excel opens', () => {
    const result = tsmp([...RECEIPT_ARGS, '--by', 'region', '--format', 'csv', '--decimal-comma']);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('\uFEFFstandard;indicator;number;Уровень;Период')).toBe(true);
    const lines = result.stdout.split('\r\n');
    expect(lines[1]).toMatch(/^public-works;pw-ind-1;1;регион;2010-10;77;;;\d+,\d+;\d+;\d+;\d+,\d+;зелёная$/);
  });

  it('prints the table in English with --lang en', () => {
    const result = tsmp([...RECEIPT_ARGS, '--by', 'country', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Indicator 1');
    expect(result.stderr).toMatch(/Rows: 8,577/);
  });

  it('rejects an invalid period in Russian', () => {
    const result = tsmp(['indicators', '--repo', 'examples/public-works', '--events', RECEIPT, '--period', '2025-13']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Неверный период «2025-13»');
    expect(result.stdout).toBe('');
  });

  it('names the columns it matched without a mapping', () => {
    const folder = tempRepository({});
    const file = join(folder, 'log.csv');
    writeFileSync(file, 'case_id;standard;region;centre;control_point;timestamp\n1;public-works;77;c;cp-request-accepted;2025-01-10T10:00:00+03:00\n');
    const result = tsmp(['indicators', '--repo', 'examples/public-works', '--events', file, '--period', '2025', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('столбцы определены по именам: caseId ← case_id, standard ← standard');
    expect(JSON.parse(result.stdout).ingest).toMatchObject({ events: 1, cases: 1 });
  });

  it('asks for a mapping when columns are ambiguous', () => {
    const folder = tempRepository({});
    const file = join(folder, 'log.csv');
    writeFileSync(file, 'case_id;standard;region;centre;activity;concept:name;timestamp\n1;public-works;77;c;a;a;2025-01-10T10:00:00+03:00\n');
    const result = tsmp(['indicators', '--repo', 'examples/public-works', '--events', file, '--period', '2025']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Неоднозначны: controlPoint: activity | concept:name');
  });
});

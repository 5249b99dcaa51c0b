import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempRepository, tsmp } from './helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'social-adaptation');
const MIWG = join(ROOT, '..', 'shared', 'corpora', 'bpmn-miwg');

describe('tsmp bpmn', () => {
  it('import prints findings and a summary', () => {
    const result = tsmp(['bpmn', 'import', join(MIWG, 'Reference', 'A.2.0.bpmn'), '--format', 'json']);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.findings[0].ruleId).toBe('bpmnlint/fake-join');
    expect(result.stderr).toMatch(/задач: 4, .*шлюзов: 2/);
  });

  it('import locates a file that is not XML', () => {
    const folder = tempRepository({ 'broken.bpmn': '<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n<process id="p">\n</definitions>\n' });
    const result = tsmp(['bpmn', 'import', 'broken.bpmn'], { cwd: folder });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('4:');
    expect(result.stdout).toContain('закрывающий тег не соответствует открытому');
  });

  it('import of a missing file is a usage error', () => {
    const result = tsmp(['bpmn', 'import', 'missing.bpmn'], { cwd: EXAMPLE });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Не удалось прочитать файл «missing.bpmn»: файл не найден');
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('generate and check round-trip a shipped card', () => {
    const folder = tempRepository({});
    const out = join(folder, 'card.bpmn');
    const generated = tsmp(['bpmn', 'generate', '--card', 'social-adaptation-tc', '--out', out], { cwd: EXAMPLE });
    expect(generated.status).toBe(0);
    expect(generated.stderr).toContain('18 задач');
    const checked = tsmp(['bpmn', 'check', '--card', 'social-adaptation-tc', out], { cwd: EXAMPLE });
    expect(checked.stdout).toBe('Замечаний нет.\n');
    expect(checked.status).toBe(0);
  });

  it('check reports a changed timer in English', () => {
    const folder = tempRepository({});
    const out = join(folder, 'card.bpmn');
    tsmp(['bpmn', 'generate', '--card', 'social-adaptation-tc', '--out', out], { cwd: EXAMPLE });
    writeFileSync(out, readFileSync(out, 'utf8').replace('>PT60M<', '>PT2H<'));
    const result = tsmp(['bpmn', 'check', '--card', 'social-adaptation-tc', out, '--lang', 'en'], { cwd: EXAMPLE });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('does not match the deadline of operation sa-op-3.2');
  });

  it('manifest rules set severities in check', () => {
    const repo = tempRepository({});
    for (const name of ['standard.yaml', 'catalog.yaml', 'tech-card.yaml']) writeFileSync(join(repo, name), readFileSync(join(EXAMPLE, name)));
    writeFileSync(join(repo, 'tsmp.yaml'), 'tsmp: 1\nname: Проверка\nrules:\n  bpmn-timer-deadline-mismatch: warning\n');
    const out = join(repo, 'card.bpmn');
    tsmp(['bpmn', 'generate', '--card', 'social-adaptation-tc', '--out', out], { cwd: repo });
    writeFileSync(out, readFileSync(out, 'utf8').replace('>PT60M<', '>PT2H<'));
    const result = tsmp(['bpmn', 'check', '--card', 'social-adaptation-tc', out, '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).findings).toMatchObject([{ ruleId: 'bpmn-timer-deadline-mismatch', severity: 'warning' }]);
  });

  it('unknown card lists the known ones', () => {
    const result = tsmp(['bpmn', 'generate', '--card', 'nope'], { cwd: EXAMPLE });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Карты репозитория: social-adaptation-tc');
  });
});

describe('tsmp ecp', () => {
  it('exports XML that imports back', () => {
    const folder = tempRepository({});
    const file = join(folder, 'catalog.xml');
    expect(tsmp(['ecp', 'export', '--format', 'xml', '--out', file], { cwd: EXAMPLE }).status).toBe(0);
    const result = tsmp(['ecp', 'import', file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('редакция 2: 10 контрольных точек');
  });

  it('exports JSON to stdout', () => {
    const result = tsmp(['ecp', 'export', '--standard', 'social-adaptation'], { cwd: EXAMPLE });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).controlPoints).toHaveLength(10);
  });
});

describe('tsmp mapping', () => {
  const sample = join(EXAMPLE, 'mappings', 'sample-regional-system.yaml');

  it('check reports coverage of the sample', () => {
    const result = tsmp(['mapping', 'check', sample]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('8 из 10 контрольных точек (80 %), обязательных — 7 из 7');
  });

  it('check against another edition names the lines', () => {
    const result = tsmp(['mapping', 'check', sample, '--repo', join(ROOT, 'examples', 'editions', 'social-adaptation', '2022'), '--format', 'sarif']);
    expect(result.status).toBe(1);
    const sarif = JSON.parse(result.stdout);
    const rules = sarif.runs[0].results.map((item: { ruleId: string }) => item.ruleId);
    expect(rules).toContain('mapping-unknown-control-point');
    expect(rules).toContain('mapping-unknown-field');
    expect(rules).toContain('mapping-edition-changed');
  });

  it('init does not overwrite a file', () => {
    const folder = tempRepository({ 'mine.yaml': 'kept' });
    const result = tsmp(['mapping', 'init', '--system', 'ИС', '--repo', EXAMPLE, '--out', 'mine.yaml'], { cwd: folder });
    expect(result.status).toBe(2);
    expect(readFileSync(join(folder, 'mine.yaml'), 'utf8')).toBe('kept');
  });

  it('init writes a template that checks', () => {
    const folder = tempRepository({});
    const result = tsmp(['mapping', 'init', '--system', 'ИС', '--region', '52', '--repo', EXAMPLE, '--out', 'new.yaml'], { cwd: folder });
    expect(result.status).toBe(0);
    expect(existsSync(join(folder, 'new.yaml'))).toBe(true);
    const check = tsmp(['mapping', 'check', 'new.yaml', '--repo', EXAMPLE, '--format', 'junit'], { cwd: folder });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('mapping-required-unmapped');
    expect(check.stderr).toContain('0 из 10');
  });
});

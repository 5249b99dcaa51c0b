import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '@tsmp/core';
import { buildIndicatorReportDocument, documentFromRepository, parseIndicatorReportInput, renderDocx, renderPdf } from '@tsmp/export';
import { docxParts, docxText, pdfFonts, pdfPages } from './read-back.js';

const here = dirname(fileURLToPath(import.meta.url));
const examples = join(here, '../../../examples');
const fixtures = join(here, 'fixtures');
const shipped = ['social-adaptation', 'public-works'].filter((name) => existsSync(join(examples, name, 'tsmp.yaml')));

/** Converts DOCX files to PDF with one LibreOffice run and returns the text of each; fails when LibreOffice cannot open one. */
function libreOfficeTexts(files: Record<string, Uint8Array>): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'tsmp-lo-'));
  const inputs = Object.entries(files).map(([name, bytes]) => {
    const path = join(folder, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const out = join(folder, 'pdf');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf', '--outdir', out, ...inputs], { stdio: 'pipe', timeout: 180_000 });
  return Object.fromEntries(Object.keys(files).map((name) => [name, execFileSync('pdftotext', [join(out, `${name}.pdf`), '-'], { encoding: 'utf8' })]));
}

describe('shipped examples', () => {
  it('are present', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  for (const name of shipped) {
    describe(name, async () => {
      const repository = await loadRepository(join(examples, name));
      const standard = repository.artifacts.find((artifact) => artifact.kind === 'ProcessStandard');
      const card = repository.artifacts.find((artifact) => artifact.kind === 'TechCard');

      it('exports the standard to PDF with PT Serif', async () => {
        const document = documentFromRepository(repository, { kind: 'standard', id: standard?.id ?? '' });
        const bytes = await renderPdf(document);
        const text = pdfPages(bytes).join('\n').replace(/\s+/g, ' ');
        expect(text).toContain('Приложение к приказу Министерства труда');
        expect(text).toContain('I. Общие положения');
        expect(pdfFonts(bytes)).toContain('PTSerif-Regular');
      });

      it('exports the standard to DOCX', async () => {
        const document = documentFromRepository(repository, { kind: 'standard', id: standard?.id ?? '' });
        const xml = docxParts(await renderDocx(document))['word/document.xml'] ?? '';
        expect(docxText(xml)).toContain('I. Общие положения');
        expect(xml).toContain('<w:tblHeader/>');
      });

      it('exports the tech card to PDF and DOCX', async () => {
        const document = documentFromRepository(repository, { kind: 'tech-card', id: card?.id ?? '' });
        const pdf = pdfPages(await renderPdf(document)).join('\n');
        expect(pdf).toContain('Процедура 1.');
        const xml = docxParts(await renderDocx(document))['word/document.xml'] ?? '';
        expect(xml).toMatch(/w:orient="landscape"/);
      });
    });
  }
});

describe('LibreOffice', () => {
  const name = shipped[0] ?? 'social-adaptation';

  it('opens the DOCX of every document kind', async () => {
    const repository = await loadRepository(join(examples, name));
    const standard = repository.artifacts.find((entry) => entry.kind === 'ProcessStandard')?.id ?? '';
    const card = repository.artifacts.find((entry) => entry.kind === 'TechCard')?.id ?? '';
    const editions = join(examples, 'editions', 'social-adaptation');
    const [first, last] = [readdirSync(editions).sort()[0] ?? '', readdirSync(editions).sort().at(-1) ?? ''];
    const base = await loadRepository(join(editions, first));
    const current = await loadRepository(join(editions, last));
    const report = parseIndicatorReportInput(JSON.parse(readFileSync(join(fixtures, 'indicator-report.json'), 'utf8')), 'indicator-report.json');

    const texts = libreOfficeTexts({
      standard: await renderDocx(documentFromRepository(repository, { kind: 'standard', id: standard })),
      techCard: await renderDocx(documentFromRepository(repository, { kind: 'tech-card', id: card })),
      comparison: await renderDocx(documentFromRepository(current, { kind: 'comparison', id: standard, base })),
      report: await renderDocx(buildIndicatorReportDocument(report)),
    });
    expect(texts['standard']).toContain('Общие положения');
    expect(texts['techCard']).toContain('Исполнитель');
    expect(texts['comparison']).toContain('Комментарий');
    expect(texts['report']).toContain('Целевое');
  });
});

describe('comparison of shipped editions', () => {
  const editions = join(examples, 'editions', 'social-adaptation');
  const years = existsSync(editions) ? readdirSync(editions).sort() : [];

  it('renders in PDF and DOCX', async () => {
    expect(years.length).toBeGreaterThanOrEqual(2);
    const base = await loadRepository(join(editions, years[0] ?? ''));
    const current = await loadRepository(join(editions, years[years.length - 1] ?? ''));
    const id = current.artifacts.find((artifact) => artifact.kind === 'ProcessStandard')?.id ?? '';
    const document = documentFromRepository(current, { kind: 'comparison', id, base });
    const pdf = pdfPages(await renderPdf(document)).join('\n');
    expect(pdf).toContain('СРАВНИТЕЛЬНАЯ ТАБЛИЦА');
    expect(pdf).toContain('Действующая редакция');
    const xml = docxParts(await renderDocx(document))['word/document.xml'] ?? '';
    expect(xml).toContain('<w:strike/>');
    expect(xml).toMatch(/<w:u w:val="single"\/>/);
  });
});

describe('organisation standard of shipped editions', () => {
  const folder = join(examples, 'editions', 'standard-156');
  const years = existsSync(folder) ? readdirSync(folder).sort() : [];

  it('exports with every annex and the checklist table', async () => {
    expect(years.length).toBeGreaterThanOrEqual(2);
    const repository = await loadRepository(join(folder, years[years.length - 1] ?? ''));
    const standard = repository.artifacts.find((artifact) => artifact.kind === 'OrganizationStandard');
    const document = documentFromRepository(repository, { kind: 'standard', id: standard?.id ?? '' });
    const text = pdfPages(await renderPdf(document)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Приложение № 1 к Стандарту');
    expect(text).toContain('Приложение № 2 к Стандарту');
    expect(text).toContain('Текст приложения в модели не приведён.');
    expect(text).toContain('Баллы');
  });

  it('renders the comparison of its editions', async () => {
    const base = await loadRepository(join(folder, years[0] ?? ''));
    const current = await loadRepository(join(folder, years[years.length - 1] ?? ''));
    const id = current.artifacts.find((artifact) => artifact.kind === 'OrganizationStandard')?.id ?? '';
    const document = documentFromRepository(current, { kind: 'comparison', id, base });
    const xml = docxParts(await renderDocx(document))['word/document.xml'] ?? '';
    expect(docxText(xml)).toContain('Комментарий');
    expect(xml).toContain('<w:strike/>');
  });
});

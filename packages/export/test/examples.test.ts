import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '@tsmp/core';
import { documentFromRepository, renderDocx, renderPdf } from '@tsmp/export';
import { docxParts, docxText, pdfFonts, pdfPages, temporaryFile } from './read-back.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const shipped = ['social-adaptation', 'public-works'].filter((name) => existsSync(join(examples, name, 'tsmp.yaml')));

/** Converts a DOCX to PDF with LibreOffice and returns the PDF text; fails when LibreOffice cannot open the file. */
function libreOfficeText(docx: Uint8Array): string {
  const input = temporaryFile('doc.docx', docx);
  const out = mkdtempSync(join(tmpdir(), 'tsmp-lo-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, input], { stdio: 'pipe', timeout: 120_000 });
  return execFileSync('pdftotext', [join(out, 'doc.pdf'), '-'], { encoding: 'utf8' });
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

  it('opens the DOCX of a standard and of a tech card', async () => {
    const repository = await loadRepository(join(examples, name));
    for (const kind of ['standard', 'tech-card'] as const) {
      const artifact = repository.artifacts.find((entry) => entry.kind === (kind === 'standard' ? 'ProcessStandard' : 'TechCard'));
      const text = libreOfficeText(await renderDocx(documentFromRepository(repository, { kind, id: artifact?.id ?? '' })));
      expect(text).toContain(kind === 'standard' ? 'Общие положения' : 'Исполнитель');
    }
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

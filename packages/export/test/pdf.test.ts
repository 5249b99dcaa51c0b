import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TsmpError } from '@tsmp/core';
import type { ProcessStandard, TechCard } from '@tsmp/schema';
import { buildStandardDocument, buildTechCardDocument, collectSources, renderPdf } from '@tsmp/export';
import type { ExportDocument } from '@tsmp/export';
import { fixtureArtifacts } from './fixture.js';
import { pdfFonts, pdfPages, temporaryFile } from './read-back.js';

function standardDocument(title?: string): ExportDocument {
  const artifacts = fixtureArtifacts({ title });
  const standard = artifacts.find((artifact) => artifact.kind === 'ProcessStandard') as ProcessStandard;
  return buildStandardDocument(standard, collectSources(artifacts));
}

function techCardDocument(operations: number, actions?: number): ExportDocument {
  const artifacts = fixtureArtifacts({ operations, actions });
  const card = artifacts.find((artifact) => artifact.kind === 'TechCard') as TechCard;
  return buildTechCardDocument(card, collectSources(artifacts));
}

describe('PDF of a standard', () => {
  it('reads back Russian and Ukrainian text', async () => {
    const pages = pdfPages(await renderPdf(standardDocument()));
    const all = pages.join('\n');
    expect(all).toContain('СТАНДАРТ ДЕЯТЕЛЬНОСТИ');
    expect(all).toContain('I. Общие положения');
    expect(all).toContain('ґ, є, і, ї');
    expect(all).toContain('«Проверочная мера»'.toUpperCase());
  });

  it('embeds PT Serif', async () => {
    const fonts = pdfFonts(await renderPdf(standardDocument()));
    expect(fonts).toMatch(/PTSerif-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/PTSerif-Bold/);
  });

  it('numbers pages from page 2', async () => {
    const pages = pdfPages(await renderPdf(standardDocument()));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]?.trimStart().startsWith('1')).toBe(false);
    expect(pages[1]?.trim().split('\n')[0]?.trim()).toBe('2');
  });

  it('rejects a character the font lacks', async () => {
    const error = await renderPdf(standardDocument('Стандарт 😀 проверки')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TsmpError);
    expect((error as TsmpError).messageId).toBe('export.error.missingGlyph');
    expect((error as TsmpError).args).toMatchObject({ char: '😀', codePoint: 'U+1F600', at: 'title' });
  });

  it('writes PDF/A-2b on request', async () => {
    const path = temporaryFile('a.pdf', await renderPdf(standardDocument(), { pdfa: true }));
    const meta = execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' });
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });
});

describe('PDF of a long tech card', () => {
  it('repeats the header and marks continued pages', async () => {
    const pages = pdfPages(await renderPdf(techCardDocument(24))).filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.slice(1).forEach((page) => {
      expect(page).toContain('Продолжение таблицы');
      expect(page).toContain('Исполнитель');
    });
    expect(pages[0]).not.toContain('Продолжение таблицы');
  });

  it('keeps every row whole', async () => {
    const pages = pdfPages(await renderPdf(techCardDocument(24))).filter((page) => page.trim() !== '');
    // Each operation row ends with its control point event; a split row would put the
    // name on one page and the event on the next.
    for (const page of pages) {
      const names = (page.match(/Операция \d+:/g) ?? []).length;
      const events = (page.match(/application\./g) ?? []).length;
      expect(events).toBe(names);
    }
  });

  it('splits only a row taller than a page', async () => {
    const pages = pdfPages(await renderPdf(techCardDocument(2, 120))).filter((page) => page.trim() !== '');
    const all = pages.join('\n');
    expect(pages.length).toBeGreaterThan(3);
    for (let step = 1; step <= 120; step += 1) expect(all).toContain(`Действие ${step} проверки`);
    pages.slice(1).forEach((page) => expect(page).toContain('Продолжение таблицы'));
  });

  it('reports progress for every block', async () => {
    const document = techCardDocument(4);
    const seen: number[] = [];
    await renderPdf(document, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual(document.blocks.map((_, index) => index + 1));
  });
});

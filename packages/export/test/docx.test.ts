import { describe, expect, it } from 'vitest';
import type { ProcessStandard, TechCard } from '@tsmp/schema';
import { buildStandardDocument, buildTechCardDocument, collectSources, renderDocx } from '@tsmp/export';
import { fixtureArtifacts } from './fixture.js';
import { docxParts, docxText } from './read-back.js';

async function standardParts() {
  const artifacts = fixtureArtifacts();
  const standard = artifacts.find((artifact) => artifact.kind === 'ProcessStandard') as ProcessStandard;
  return docxParts(await renderDocx(buildStandardDocument(standard, collectSources(artifacts))));
}

describe('DOCX of a standard', () => {
  it('contains the title in capitals and Roman sections', async () => {
    const text = docxText((await standardParts())['word/document.xml'] ?? '');
    expect(text).toContain('СТАНДАРТ ДЕЯТЕЛЬНОСТИ ПО ОСУЩЕСТВЛЕНИЮ ПОЛНОМОЧИЯ «ПРОВЕРОЧНАЯ МЕРА»');
    expect(text).toContain('I. Общие положения');
    expect(text).toContain('III. Состав, последовательность и сроки выполнения административных процедур (действий)');
    expect(text).toContain('№\u00A0565-ФЗ');
  });

  it('sets Times New Roman in every font slot', async () => {
    const parts = await standardParts();
    const fonts = [...(parts['word/styles.xml'] ?? '').matchAll(/<w:rFonts [^>]*\/>/g)].map((match) => match[0]);
    expect(fonts.length).toBeGreaterThan(0);
    const defaults = fonts[0] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(defaults).toContain(`w:${slot}="Times New Roman"`);
    const runFonts = [...(parts['word/document.xml'] ?? '').matchAll(/<w:rFonts [^>]*\/>/g)].map((match) => match[0]);
    expect(runFonts.every((font) => font.includes('w:eastAsia="Times New Roman"') && font.includes('w:cs="Times New Roman"'))).toBe(true);
  });

  it('marks the text Russian and hyphenates it', async () => {
    const parts = await standardParts();
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="ru-RU"/>');
    expect(parts['word/settings.xml']).toContain('<w:autoHyphenation/>');
  });

  it('repeats table headers and keeps rows whole', async () => {
    const xml = (await standardParts())['word/document.xml'] ?? '';
    expect(xml).toContain('<w:tblHeader/>');
    const rows = xml.match(/<w:tr>|<w:tr /g) ?? [];
    const whole = xml.match(/<w:cantSplit\/>/g) ?? [];
    expect(whole.length).toBe(rows.length);
  });

  it('strips characters XML forbids', async () => {
    const xml = (await standardParts())['word/document.xml'] ?? '';
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(docxText(xml)).toContain('Текст со знаком, который XML не допускает.');
  });

  it('cleans a document built by hand', async () => {
    const xml = docxParts(
      await renderDocx({
        kind: 'techCard',
        title: 'Карта',
        lang: 'ru',
        orientation: 'portrait',
        blocks: [{ type: 'table', columns: [{ header: 'Событие\u0002', width: 1 }], rows: [{ kind: 'data', cells: [[[{ text: 'event\u0001.code\u200B' }]]] }] }],
      }),
    )['word/document.xml'] ?? '';
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u200B]/);
    expect(docxText(xml)).toContain('event.code');
  });

  it('numbers pages from page 2 in the header', async () => {
    const parts = await standardParts();
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('<w:titlePg/>');
    const headers = Object.entries(parts).filter(([name]) => name.startsWith('word/header'));
    expect(headers.some(([, header]) => header.includes('PAGE'))).toBe(true);
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
  });

  it('keeps line breaks inside names', async () => {
    const xml = (await standardParts())['word/document.xml'] ?? '';
    expect(xml).toMatch(/ответственный за<\/w:t><\/w:r><w:r>(?:(?!<\/w:r>).)*<w:br\/>(?:(?!<\/w:r>).)*предоставление/);
  });
});

describe('DOCX of a tech card', () => {
  it('lets only a row longer than a page break', async () => {
    const artifacts = fixtureArtifacts({ operations: 2, actions: 120 });
    const card = artifacts.find((artifact) => artifact.kind === 'TechCard') as TechCard;
    const xml = docxParts(await renderDocx(buildTechCardDocument(card, collectSources(artifacts))))['word/document.xml'] ?? '';
    const rows = xml.match(/<w:tr>|<w:tr /g) ?? [];
    const whole = xml.match(/<w:cantSplit\/>/g) ?? [];
    // Header, number row and two group rows stay whole; the two operation rows may break.
    expect(rows.length).toBe(6);
    expect(whole.length).toBe(4);
  });

  it('is landscape with soft hyphens in cells', async () => {
    const artifacts = fixtureArtifacts();
    const card = artifacts.find((artifact) => artifact.kind === 'TechCard') as TechCard;
    const xml = docxParts(await renderDocx(buildTechCardDocument(card, collectSources(artifacts))))['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(xml).toContain('<w:softHyphen/>');
    expect(docxText(xml)).toContain('Процедура 1. Приём заявления');
  });
});

import { describe, expect, it } from 'vitest';
import type { ProcessStandard, TechCard } from '@tsmp/schema';
import { buildStandardDocument, buildTechCardDocument, cleanText, collectSources, toRoman } from '@tsmp/export';
import type { Block, TableBlock } from '@tsmp/export';
import { fixtureArtifacts } from './fixture.js';

function fixture() {
  const artifacts = fixtureArtifacts();
  const sources = collectSources(artifacts);
  const standard = artifacts.find((artifact) => artifact.kind === 'ProcessStandard') as ProcessStandard;
  const card = artifacts.find((artifact) => artifact.kind === 'TechCard') as TechCard;
  return { sources, standard, card };
}

function text(block: Block): string {
  if ('content' in block) return block.content.map((inline) => inline.text).join('');
  if ('text' in block) return block.text;
  return '';
}

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
  ])('writes %i as %s', (value, numeral) => {
    expect(toRoman(value)).toBe(numeral);
  });
});

describe('cleanText', () => {
  it('strips characters XML forbids', () => {
    expect(cleanText('a\u0001b\u000Bc\uFFFEd')).toBe('abcd');
  });

  it('keeps line breaks and Cyrillic', () => {
    expect(cleanText('ґ\r\nє\tі')).toBe('ґ\nє і');
  });

  it('replaces typographic spaces and separators', () => {
    expect(cleanText('10\u202F000\u2009руб.\u2028далее\u200Bтекст\u2010часть')).toBe('10\u00A0000\u00A0руб.\nдалеетекст-часть');
  });

  it('drops an unpaired surrogate', () => {
    expect(cleanText('x\uD800y')).toBe('xy');
  });
});

describe('standard document', () => {
  it('opens with the order mark and the title', () => {
    const { standard, sources } = fixture();
    const document = buildStandardDocument(standard, sources);
    const [mark, title] = document.blocks;
    expect(mark?.type).toBe('annexMark');
    const lines = mark?.type === 'annexMark' ? mark.lines : [];
    expect(lines[0]).toBe(
      'Приложение к приказу Министерства труда и социальной защиты Российской Федерации от 3\u00A0декабря 2024\u00A0г. №\u00A0660н',
    );
    expect(title?.type).toBe('title');
  });

  it('numbers sections without gaps when one is empty', () => {
    const { standard, sources } = fixture();
    const headings = buildStandardDocument(standard, sources).blocks.filter((block) => block.type === 'heading');
    // The fixture has no services, so «Сервисы» is left out and the numerals stay consecutive.
    expect(headings.map((block) => (block.type === 'heading' ? block.numeral : ''))).toEqual(['I', 'II', 'III', 'IV']);
    expect(headings.map(text)).not.toContain('Сервисы');
  });

  it('continues point numbers after the model points', () => {
    const { standard, sources } = fixture();
    const points = buildStandardDocument(standard, sources).blocks.filter((block) => block.type === 'point' && block.level !== 1);
    expect(points.map((block) => (block.type === 'point' ? block.number : ''))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('restarts subpoint numbers in every list', () => {
    const { standard, sources } = fixture();
    const subpoints = buildStandardDocument(standard, sources).blocks.filter((block) => block.type === 'point' && block.level === 1);
    const numbers = subpoints.map((block) => (block.type === 'point' ? block.number : ''));
    // recipients (2), channels (2), results (1), composition of P-1 (2)
    expect(numbers).toEqual(['1)', '2)', '1)', '2)', '1)', '1)', '2)']);
  });

  it('lowercases list items but not abbreviations', () => {
    const { standard, sources } = fixture();
    const subpoints = buildStandardDocument(standard, sources).blocks.filter((block) => block.type === 'point' && block.level === 1);
    expect(text(subpoints[0] as Block)).toBe('граждане, ищущие работу;');
  });

  it('adds the indicators annex after the declared ones', () => {
    const { standard, sources } = fixture();
    const blocks = buildStandardDocument(standard, sources).blocks;
    const marks = blocks.filter((block) => block.type === 'annexMark').map((block) => (block.type === 'annexMark' ? block.lines[0] : ''));
    expect(marks).toHaveLength(3);
    expect(marks[1]).toMatch(/^Приложение №\u00A01 к Стандарту/);
    expect(marks[2]).toMatch(/^Приложение №\u00A02 к Стандарту/);
    const tables = blocks.filter((block): block is TableBlock => block.type === 'table');
    expect(tables.map((table) => table.columns[1]?.header)).toEqual(['Сведения', 'Наименование показателя']);
  });

  it('writes labels in English on request', () => {
    const { standard, sources } = fixture();
    const headings = buildStandardDocument(standard, sources, { lang: 'en' }).blocks.filter((block) => block.type === 'heading');
    expect(text(headings[0] as Block)).toBe('General provisions');
  });
});

describe('tech card document', () => {
  it('groups operations under their procedures', () => {
    const { card, sources } = fixture();
    const document = buildTechCardDocument(card, sources);
    expect(document.orientation).toBe('landscape');
    const table = document.blocks.find((block): block is TableBlock => block.type === 'table');
    const groups = table?.rows.filter((row) => row.kind === 'group').map((row) => (row.kind === 'group' ? row.text : ''));
    expect(groups).toEqual(['Процедура 1. Приём заявления', 'Процедура 2. Формирование заключения']);
    expect(table?.columns.map((column) => column.header)).toEqual([
      '№',
      'Операция',
      'Исполнитель',
      'Срок',
      'Результат',
      'Формы документов',
      'Информационная система',
      'Контрольная точка',
    ]);
  });
});

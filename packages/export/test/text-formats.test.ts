import { describe, expect, it } from 'vitest';
import { buildComparisonTableDocument, buildIndicatorReportDocument, renderHtml, renderMarkdown } from '@tsmp/export';
import type { ComparisonTableInput, IndicatorReportInput } from '@tsmp/export';

const comparison: ComparisonTableInput = {
  document: 'Стандарт проверки',
  oldEdition: 'редакция 1',
  newEdition: 'редакция 2',
  rows: [
    {
      point: 'п. 7',
      oldText: 'в течение 3 рабочих дней',
      newText: 'в течение 1 рабочего дня',
      comment: 'Срок сокращён',
      spans: [
        { op: 'equal', text: 'в течение ' },
        { op: 'delete', text: '3 рабочих дней' },
        { op: 'insert', text: '1 рабочего дня' },
      ],
    },
    { point: 'п. 8', oldText: null, newText: 'Новый пункт <с разметкой> | и чертой', comment: 'Добавлен пункт' },
  ],
};

const report: IndicatorReportInput = {
  period: 'январь — июнь 2026 г.',
  rows: [
    { region: 'Ульяновская область', regionCode: '73', centre: 'ЦЗН г. Ульяновска', indicatorId: 'i1', indicatorNumber: '1', indicatorName: 'Доля трудоустроенных', unit: 'percent', value: 42.5, target: 40, corridor: 'green', trend: 'up' },
    { region: 'Ульяновская область', regionCode: '73', centre: 'ЦЗН г. Димитровграда', indicatorId: 'i1', indicatorNumber: '1', indicatorName: 'Доля трудоустроенных', unit: 'percent', value: 18, target: 40, corridor: 'red', trend: 'down' },
    { region: 'Ульяновская область', indicatorId: 'i1', indicatorNumber: '1', indicatorName: 'Доля трудоустроенных', unit: 'percent', value: null, corridor: 'none' },
  ],
};

describe('HTML', () => {
  it('marks removed and added words', () => {
    // Cells carry soft hyphens for narrow columns; compare the words without them.
    const html = renderHtml(buildComparisonTableDocument(comparison)).replace(/\u00AD/g, '');
    expect(html).toContain('<del>3 рабочих дней</del>');
    expect(html).toContain('<ins>1 рабочего дня</ins>');
    expect(html).toContain('<i>Отсутствует.</i>');
  });

  it('escapes markup in the text', () => {
    const html = renderHtml(buildComparisonTableDocument(comparison));
    expect(html).toContain('&lt;с раз');
    expect(html).not.toContain('<с разметкой>');
  });

  it('repeats the table head when printed', () => {
    const html = renderHtml(buildComparisonTableDocument(comparison));
    expect(html).toContain('<thead>');
    expect(html).toContain('size: A4 landscape');
  });

  it('draws the report chart as SVG', () => {
    const html = renderHtml(buildIndicatorReportDocument(report));
    expect(html).toContain('<svg');
    expect(html).toContain('fill="#C8433A"');
    expect((html.match(/<rect [^>]*height="14"/g) ?? []).length).toBe(2);
  });
});

describe('Markdown', () => {
  it('marks changes with strike and bold', () => {
    const markdown = renderMarkdown(buildComparisonTableDocument(comparison));
    expect(markdown).toContain('~~3 рабочих дней~~');
    expect(markdown).toContain('**1 рабочего дня**');
  });

  it('escapes pipes inside cells', () => {
    const markdown = renderMarkdown(buildComparisonTableDocument(comparison));
    expect(markdown).toContain('\\<с разметкой\\> \\| и чертой');
  });

  it('escapes point numbers', () => {
    const markdown = renderMarkdown({ kind: 'standard', title: 't', lang: 'ru', orientation: 'portrait', blocks: [{ type: 'point', number: '7', content: [{ text: 'Текст' }] }, { type: 'point', number: '1)', level: 1, content: [{ text: 'пункт' }] }] });
    expect(markdown).toBe('7\\. Текст\n\n&emsp;1\\) пункт\n');
  });

  it('shows missing values in the report', () => {
    const markdown = renderMarkdown(buildIndicatorReportDocument(report));
    expect(markdown).toContain('| **нет данных** |');
    expect(markdown).toContain('42,5\u00A0%');
    expect(markdown).toContain('все центры');
  });
});

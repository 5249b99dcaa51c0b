import type { Localizer } from '@tsmp/core';
import type { ChecklistIndicator, OrganizationStandard } from '@tsmp/schema';
import type { Block, ExportDocument, TableBlock } from '../model/blocks.js';
import { cleanText, plain, toRoman } from '../model/text.js';
import { labels, orderDetails } from './labels.js';
import { PointCounter } from './points.js';
import type { ExportSources } from './sources.js';
import type { DocumentOptions } from './standard.js';

/**
 * Builds a standard of organisation of activity: its sections of points as
 * the model words them and, when it has checklist indicators, an annex
 * table of them.
 */
export function buildOrganizationStandardDocument(standard: OrganizationStandard, sources: ExportSources, options: DocumentOptions = {}): ExportDocument {
  const lang = options.lang ?? 'ru';
  const t = labels(lang);
  const order = orderDetails(standard.edition.approvedBy, sources, t);
  const counter = new PointCounter();
  const blocks: Block[] = [
    { type: 'annexMark', lines: [t.format('export.mark.order', { ...order })] },
    { type: 'title', text: cleanText(standard.title), at: 'title' },
  ];
  standard.sections.forEach((section, index) => {
    const numeral = /^[IVXLC]+$/u.test(section.number) ? section.number : toRoman(index + 1);
    blocks.push({ type: 'heading', numeral, text: cleanText(section.title), at: `sections[${section.id}].title` });
    for (const point of section.points) {
      blocks.push({ type: 'point', number: counter.take(point.number), content: plain(cleanText(point.text)), at: `sections[${section.id}].points[${point.id}]` });
    }
  });
  if (standard.indicators.length > 0) {
    const annex = standard.annexes.find((entry) => entry.annexKind === 'indicators');
    const number = annex?.number ?? String(standard.annexes.length + 1);
    blocks.push({ type: 'pageBreak' });
    blocks.push({ type: 'annexMark', lines: [t.format('export.mark.annex', { annex: number, ...order })] });
    blocks.push({ type: 'title', text: cleanText(annex?.title ?? t.format('export.indicators.title')) });
    blocks.push(checklistTable(standard.indicators, t));
  }
  return { kind: 'standard', title: cleanText(standard.title), lang, orientation: 'portrait', blocks };
}

function checklistTable(indicators: readonly ChecklistIndicator[], t: Localizer): TableBlock {
  return {
    type: 'table',
    at: 'indicators',
    numberRow: true,
    columns: [
      { header: t.format('export.indicators.col.number'), width: 7, align: 'center' },
      { header: t.format('export.indicators.col.name'), width: 27 },
      { header: t.format('export.indicators.col.level'), width: 17 },
      { header: t.format('export.indicators.col.questions'), width: 37 },
      { header: t.format('export.indicators.col.points'), width: 12, align: 'center' },
    ],
    rows: indicators.map((indicator) => ({
      kind: 'data' as const,
      at: `indicators[${indicator.id}]`,
      cells: [
        [plain(indicator.number)],
        [plain(cleanText(indicator.name))],
        [plain(t.format(`export.level.${indicator.level}`))],
        [...indicator.questions.map((question) => plain(cleanText(`${question.id}. ${question.text}`))), plain(t.format('export.indicators.formula', { formula: indicator.formula }))],
        [plain(t.number(indicator.points))],
      ],
    })),
  };
}

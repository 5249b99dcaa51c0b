import type { Localizer } from '@tsmp/core';
import type { ChecklistIndicator, OrganizationStandard } from '@tsmp/schema';
import type { Block, ExportDocument, TableBlock } from '../model/blocks.js';
import { cleanText, plain, pointText, toRoman } from '../model/text.js';
import { labels, orderDetails } from './labels.js';
import type { OrderDetails } from './labels.js';
import { formBlocks } from './standard-annexes.js';
import { PointCounter } from './points.js';
import type { ExportSources } from './sources.js';
import type { DocumentOptions } from './standard.js';

/**
 * Builds a standard of organisation of activity: its sections of points as
 * the model words them, then its annexes with the checklist indicators.
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
      blocks.push({ type: 'point', number: counter.take(point.number), content: pointText(point, t.format('export.point.paraphrase')), at: `sections[${section.id}].points[${point.id}]` });
    }
  });
  blocks.push(...organizationAnnexes(standard, sources, t, order));
  return { kind: 'standard', title: cleanText(standard.title), lang, orientation: 'portrait', blocks };
}

/**
 * Builds every declared annex from a new page with its mark, and the
 * checklist indicators as an annex of their own when none is declared for them.
 */
function organizationAnnexes(standard: OrganizationStandard, sources: ExportSources, t: Localizer, order: OrderDetails): Block[] {
  const annexes = [...standard.annexes];
  if (standard.indicators.length > 0 && !annexes.some((annex) => annex.annexKind === 'indicators')) {
    annexes.push({ number: String(annexes.length + 1), title: t.format('export.indicators.title'), annexKind: 'indicators' });
  }
  const blocks: Block[] = [];
  annexes.forEach((annex, index) => {
    blocks.push({ type: 'pageBreak' });
    blocks.push({ type: 'annexMark', lines: [t.format('export.mark.annex', { annex: annex.number, ...order })] });
    blocks.push({ type: 'title', text: cleanText(annex.title), at: `annexes[${index}].title` });
    const form = annex.form ? sources.forms.get(annex.form) : undefined;
    if (annex.annexKind === 'indicators') blocks.push(checklistTable(standard.indicators, t));
    else if (form) blocks.push(...formBlocks(form, t));
    else blocks.push({ type: 'paragraph', content: plain(t.format('export.annex.noContent')), indent: true });
  });
  return blocks;
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

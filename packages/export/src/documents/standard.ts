import type { Lang } from '@tsmp/core';
import type { ProcessStandard } from '@tsmp/schema';
import type { Block, ExportDocument } from '../model/blocks.js';
import { cleanText, toRoman } from '../model/text.js';
import { labels, orderDetails } from './labels.js';
import { PointCounter } from './points.js';
import type { ExportSources } from './sources.js';
import { buildAnnexes } from './standard-annexes.js';
import { generalSection, orderSection, proceduresSection, provisionSection, servicesSection } from './standard-sections.js';
import type { SectionContext } from './standard-sections.js';

export interface DocumentOptions {
  lang?: Lang;
}

/**
 * Builds a process standard as the annex to its approving order: the mark in
 * the upper right corner, the title in capitals, sections with Roman
 * numerals, points numbered through the text and the annexes. Sections
 * without content are left out, so the numerals stay consecutive.
 */
export function buildStandardDocument(standard: ProcessStandard, sources: ExportSources, options: DocumentOptions = {}): ExportDocument {
  const lang = options.lang ?? 'ru';
  const t = labels(lang);
  const order = orderDetails(standard.edition.approvedBy, sources, t);
  const ctx: SectionContext = {
    standard,
    sources,
    t,
    counter: new PointCounter(),
    subjectGenitive: t.format('export.subject.genitive', { subject: standard.subject.type }),
    indicatorsAnnex: indicatorsAnnexNumber(standard),
  };

  const blocks: Block[] = [
    { type: 'annexMark', lines: [t.format('export.mark.order', { ...order })] },
    { type: 'title', text: cleanText(standard.title), at: 'title' },
  ];
  const sections = [generalSection, orderSection, servicesSection, proceduresSection, provisionSection];
  let numeral = 0;
  for (const build of sections) {
    const section = build(ctx);
    if (section.blocks.length === 0) continue;
    numeral += 1;
    blocks.push({ type: 'heading', numeral: toRoman(numeral), text: section.title });
    blocks.push(...section.blocks);
  }
  blocks.push(...buildAnnexes(ctx, order));
  return { kind: 'standard', title: cleanText(standard.title), lang, orientation: 'portrait', blocks };
}

/** Finds the annex number of the indicators table: the model's annex of kind `indicators`, else the next free number. */
function indicatorsAnnexNumber(standard: ProcessStandard): string | undefined {
  if (standard.indicators.length === 0) return undefined;
  const declared = standard.annexes.find((annex) => annex.annexKind === 'indicators');
  if (declared) return declared.number;
  return String(standard.annexes.length + 1);
}


import type { OrganizationStandard } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { compareAnnexes } from './annexes.js';
import { compareChecklistIndicators } from './indicators.js';
import { compareLegalBasis } from './legal-basis.js';
import { comparePoints } from './points.js';

type Section = OrganizationStandard['sections'][number];

/** Compares two editions of an organisation standard: sections with their points, terms, checklist indicators. */
export function compareOrganizationStandards(ctx: DiffContext, a: OrganizationStandard, b: OrganizationStandard): void {
  const whole = ctx.element('artifact', b.id, undefined, b.title);
  ctx.text('standard.title.changed', whole, a.title, b.title, { oldPath: ['title'], newPath: ['title'] });
  compareLegalBasis(ctx, a.legalBasis, b.legalBasis);

  const terms = matchElements(a.terms, b.terms, (item) => item.id, (x, y) => textSimilarity(x.term, y.term));
  for (const { item, index } of terms.removed) ctx.add('term.removed', ctx.element('term', item.id, undefined, item.term), { oldPath: ['terms', index], oldValue: item.term });
  for (const { item, index } of terms.added) ctx.add('term.added', ctx.element('term', item.id, undefined, item.term), { newPath: ['terms', index], newValue: item.term });
  for (const pair of terms.pairs) {
    const element = ctx.element('term', pair.new.id, undefined, pair.new.term);
    const site = { oldPath: ['terms', pair.oldIndex], newPath: ['terms', pair.newIndex], matchedBy: pair.by };
    ctx.text('term.changed', element, pair.old.term, pair.new.term, { ...site, oldPath: [...site.oldPath, 'term'], newPath: [...site.newPath, 'term'] });
    ctx.text('term.changed', element, pair.old.definition ?? '', pair.new.definition ?? '', {
      ...site,
      oldPath: [...site.oldPath, 'definition'],
      newPath: [...site.newPath, 'definition'],
    });
  }

  const sections = matchElements(a.sections, b.sections, (item) => item.id, sectionSimilarity);
  for (const { item, index } of sections.removed) {
    ctx.add('section.removed', ctx.element('section', item.id, item.number, item.title), { oldPath: ['sections', index], oldValue: item.title });
  }
  for (const { item, index } of sections.added) {
    ctx.add('section.added', ctx.element('section', item.id, item.number, item.title), { newPath: ['sections', index], newValue: item.title });
  }
  for (const pair of sections.pairs) {
    const element = ctx.element('section', pair.new.id, pair.new.number, pair.new.title);
    ctx.text('section.renamed', element, pair.old.title, pair.new.title, {
      oldPath: ['sections', pair.oldIndex, 'title'],
      newPath: ['sections', pair.newIndex, 'title'],
      matchedBy: pair.by,
    });
  }

  // Points are matched across sections, keyed by the new id of their section, so a point moved between sections is found.
  const groupOfOld = new Map(sections.pairs.map((pair) => [pair.oldIndex, pair.new.id]));
  const oldPoints = a.sections.flatMap((section, index) =>
    section.points.map((point, pointIndex) => ({
      point,
      path: ['sections', index, 'points', pointIndex],
      group: groupOfOld.get(index) ?? `removed:${section.id}`,
      groupLabel: section.number,
      groupChanged: !groupOfOld.has(index),
    })),
  );
  const newSections = new Set(sections.added.map((entry) => entry.index));
  const newPoints = b.sections.flatMap((section, index) =>
    section.points.map((point, pointIndex) => ({
      point,
      path: ['sections', index, 'points', pointIndex],
      group: section.id,
      groupLabel: section.number,
      groupChanged: newSections.has(index),
    })),
  );
  comparePoints(ctx, oldPoints, newPoints);

  compareChecklistIndicators(ctx, a.indicators, b.indicators, b.edition.effectiveFrom);
  compareAnnexes(ctx, a.annexes, b.annexes);
}

function sectionSimilarity(x: Section, y: Section): number {
  return textSimilarity(x.title, y.title);
}

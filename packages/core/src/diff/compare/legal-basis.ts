import type { LegalRef } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';

/** Formats a legal reference as the reader knows it: act, article, part, point. */
export function legalRefLabel(ref: LegalRef): string {
  if (ref.wording) return ref.wording;
  const parts = [ref.act];
  if (ref.article) parts.push(`ст. ${ref.article}`);
  if (ref.part) parts.push(`ч. ${ref.part}`);
  if (ref.point) parts.push(`п. ${ref.point}`);
  if (ref.subpoint) parts.push(`пп. ${ref.subpoint}`);
  return parts.join(', ');
}

function legalRefKey(ref: LegalRef): string {
  return [ref.act, ref.article ?? '', ref.part ?? '', ref.point ?? '', ref.subpoint ?? ''].join('|');
}

/** Compares the legal basis of a standard, norm by norm. */
export function compareLegalBasis(ctx: DiffContext, before: readonly LegalRef[], after: readonly LegalRef[]): void {
  const match = matchElements(before, after, legalRefKey);
  for (const { item, index } of match.removed) {
    ctx.add('standard.legalBasis.removed', ctx.element('legalBasis', legalRefKey(item), undefined, legalRefLabel(item)), {
      oldPath: ['legalBasis', index],
      oldValue: item,
      args: { item: legalRefLabel(item) },
    });
  }
  for (const { item, index } of match.added) {
    ctx.add('standard.legalBasis.added', ctx.element('legalBasis', legalRefKey(item), undefined, legalRefLabel(item)), {
      newPath: ['legalBasis', index],
      newValue: item,
      args: { item: legalRefLabel(item) },
    });
  }
}

import type { ControlPoint } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { compareDataFields } from './data-fields.js';

/**
 * Similarity of control points: the same event code is the strongest sign,
 * otherwise the names are compared.
 */
function controlPointSimilarity(a: ControlPoint, b: ControlPoint): number {
  return a.event === b.event ? 1 : textSimilarity(a.name, b.name);
}

/** Compares control points of a tech card, with their data fields. */
export function compareControlPoints(ctx: DiffContext, before: readonly ControlPoint[], after: readonly ControlPoint[]): void {
  const match = matchElements(before, after, (item) => item.id, controlPointSimilarity);
  const element = (point: ControlPoint) => ctx.element('controlPoint', point.id, point.event, point.name);
  for (const { item, index } of match.removed) {
    ctx.add('controlPoint.removed', element(item), { oldPath: ['controlPoints', index], oldValue: item.event, args: { event: item.event } });
  }
  for (const { item, index } of match.added) {
    ctx.add('controlPoint.added', element(item), { newPath: ['controlPoints', index], newValue: item.event, args: { event: item.event } });
  }
  for (const pair of match.pairs) {
    const oldPath = ['controlPoints', pair.oldIndex];
    const newPath = ['controlPoints', pair.newIndex];
    const site = { oldPath, newPath, matchedBy: pair.by };
    const point = element(pair.new);
    if (pair.old.id !== pair.new.id) {
      ctx.add('controlPoint.idChanged', point, { ...site, oldValue: pair.old.id, newValue: pair.new.id, args: { old: pair.old.id, new: pair.new.id } });
    }
    ctx.text('controlPoint.renamed', point, pair.old.name, pair.new.name, { ...site, oldPath: [...oldPath, 'name'], newPath: [...newPath, 'name'] });
    if (pair.old.event !== pair.new.event) {
      ctx.add('controlPoint.eventChanged', point, {
        ...site,
        oldPath: [...oldPath, 'event'],
        newPath: [...newPath, 'event'],
        oldValue: pair.old.event,
        newValue: pair.new.event,
        args: { old: pair.old.event, new: pair.new.event },
      });
    }
    if (pair.old.required !== pair.new.required) {
      ctx.add(pair.new.required ? 'controlPoint.madeRequired' : 'controlPoint.madeOptional', point, { ...site, oldValue: pair.old.required, newValue: pair.new.required });
    }
    compareDataFields(ctx, pair.new.id, pair.old.data, pair.new.data, [...oldPath, 'data'], [...newPath, 'data']);
  }
}

import type { PathSegment } from '../../findings/finding.js';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { similarityBy } from '../similarity.js';

interface PointLike {
  id: string;
  number: string;
  text: string;
}

/** Compares numbered text points; a point that kept its wording but not its id or number is renumbered. */
export function comparePoints(ctx: DiffContext, oldPoints: readonly PointLike[], newPoints: readonly PointLike[], oldBase: PathSegment[], newBase: PathSegment[]): void {
  const match = matchElements(oldPoints, newPoints, (point) => point.id, similarityBy((point) => point.text));
  for (const { item, index } of match.removed) {
    ctx.add('text.point.removed', ctx.element('point', item.id, item.number, item.text), { oldPath: [...oldBase, index], oldValue: item.text });
  }
  for (const { item, index } of match.added) {
    ctx.add('text.point.added', ctx.element('point', item.id, item.number, item.text), { newPath: [...newBase, index], newValue: item.text });
  }
  for (const pair of match.pairs) {
    const element = ctx.element('point', pair.new.id, pair.new.number, pair.new.text);
    const oldPath = [...oldBase, pair.oldIndex];
    const newPath = [...newBase, pair.newIndex];
    if (pair.old.number !== pair.new.number) {
      ctx.add('text.point.renumbered', element, { oldPath, newPath, matchedBy: pair.by, args: { old: pair.old.number, new: pair.new.number } });
    }
    ctx.text('text.point.changed', element, pair.old.text, pair.new.text, {
      oldPath: [...oldPath, 'text'],
      newPath: [...newPath, 'text'],
      matchedBy: pair.by,
    });
  }
}

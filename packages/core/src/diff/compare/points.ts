import type { PathSegment } from '../../findings/finding.js';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { similarityBy } from '../similarity.js';

interface PointLike {
  id: string;
  number: string;
  text: string;
}

/** A point with its path and its group (the section). Groups of both editions use the same keys. */
export interface PlacedPoint {
  point: PointLike;
  path: PathSegment[];
  group: string;
  /** Name of the group for messages, such as the section number. */
  groupLabel?: string;
  /** Set when the whole group is new or gone, so the group change already covers the point. */
  groupChanged?: boolean;
}

/** Places the points of one list, all in one group. */
export function placePoints(points: readonly PointLike[], base: PathSegment[]): PlacedPoint[] {
  return points.map((point, index) => ({ point, path: [...base, index], group: '' }));
}

/**
 * Compares numbered text points across all groups, so that a point moved to
 * another section is reported as moved and not as removed plus added. A
 * point that kept its wording but not its number is renumbered.
 */
export function comparePoints(ctx: DiffContext, before: readonly PlacedPoint[], after: readonly PlacedPoint[]): void {
  const match = matchElements(before, after, (item) => item.point.id, similarityBy((item: PlacedPoint) => item.point.text));
  for (const { item } of match.removed) {
    if (item.groupChanged) continue;
    ctx.add('text.point.removed', ctx.element('point', item.point.id, item.point.number, item.point.text), { oldPath: item.path, oldValue: item.point.text });
  }
  for (const { item } of match.added) {
    if (item.groupChanged) continue;
    ctx.add('text.point.added', ctx.element('point', item.point.id, item.point.number, item.point.text), { newPath: item.path, newValue: item.point.text });
  }
  for (const pair of match.pairs) {
    const { old: before, new: after } = pair;
    const element = ctx.element('point', after.point.id, after.point.number, after.point.text);
    const site = { oldPath: before.path, newPath: after.path, matchedBy: pair.by };
    if (before.group !== after.group) {
      ctx.add('text.point.moved', element, { ...site, args: { old: before.groupLabel ?? before.group, new: after.groupLabel ?? after.group } });
    }
    if (before.point.number !== after.point.number) {
      ctx.add('text.point.renumbered', element, { ...site, args: { old: before.point.number, new: after.point.number } });
    }
    ctx.text('text.point.changed', element, before.point.text, after.point.text, {
      ...site,
      oldPath: [...before.path, 'text'],
      newPath: [...after.path, 'text'],
    });
  }
}

import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';

interface AnnexLike {
  number: string;
  title: string;
  annexKind: string;
}

/** Compares annexes, matched by number since annexes have no ids. */
export function compareAnnexes(ctx: DiffContext, oldAnnexes: readonly AnnexLike[], newAnnexes: readonly AnnexLike[]): void {
  const match = matchElements(oldAnnexes, newAnnexes, (annex) => annex.number);
  for (const { item, index } of match.removed) {
    ctx.add('annex.removed', ctx.element('annex', item.number, item.number, item.title), { oldPath: ['annexes', index], oldValue: item });
  }
  for (const { item, index } of match.added) {
    ctx.add('annex.added', ctx.element('annex', item.number, item.number, item.title), { newPath: ['annexes', index], newValue: item });
  }
  for (const pair of match.pairs) {
    const element = ctx.element('annex', pair.new.number, pair.new.number, pair.new.title);
    ctx.text('annex.changed', element, `${pair.old.title}`, `${pair.new.title}`, {
      oldPath: ['annexes', pair.oldIndex, 'title'],
      newPath: ['annexes', pair.newIndex, 'title'],
    });
    if (pair.old.annexKind !== pair.new.annexKind) {
      ctx.add('annex.changed', element, {
        oldPath: ['annexes', pair.oldIndex, 'annexKind'],
        newPath: ['annexes', pair.newIndex, 'annexKind'],
        args: { old: { messageId: `diff.annexKind.${pair.old.annexKind}` }, new: { messageId: `diff.annexKind.${pair.new.annexKind}` } },
      });
    }
  }
}

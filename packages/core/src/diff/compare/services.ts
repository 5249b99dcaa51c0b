import type { Service } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { differs } from './sets.js';
import { listArg } from '../values.js';

/** Compares services of a power. */
export function compareServices(ctx: DiffContext, before: readonly Service[], after: readonly Service[]): void {
  const match = matchElements(before, after, (item) => item.id, (a, b) => textSimilarity(a.name, b.name));
  for (const { item, index } of match.removed) {
    ctx.add('service.removed', ctx.element('service', item.id, undefined, item.name), { oldPath: ['services', index], oldValue: item.name });
  }
  for (const { item, index } of match.added) {
    ctx.add('service.added', ctx.element('service', item.id, undefined, item.name), { newPath: ['services', index], newValue: item.name });
  }
  for (const pair of match.pairs) {
    const element = ctx.element('service', pair.new.id, undefined, pair.new.name);
    const oldPath = ['services', pair.oldIndex];
    const newPath = ['services', pair.newIndex];
    ctx.text('service.renamed', element, pair.old.name, pair.new.name, { oldPath: [...oldPath, 'name'], newPath: [...newPath, 'name'], matchedBy: pair.by });
    if (differs(pair.old.eligibility, pair.new.eligibility)) {
      ctx.add('service.eligibility.changed', element, {
        oldPath: [...oldPath, 'eligibility'],
        newPath: [...newPath, 'eligibility'],
        oldValue: pair.old.eligibility,
        newValue: pair.new.eligibility,
        args: { old: listArg(pair.old.eligibility), new: listArg(pair.new.eligibility) },
      });
    }
    if (differs(pair.old.procedures, pair.new.procedures)) {
      ctx.add('service.procedures.changed', element, {
        oldPath: [...oldPath, 'procedures'],
        newPath: [...newPath, 'procedures'],
        oldValue: pair.old.procedures,
        newValue: pair.new.procedures,
        args: { old: listArg(pair.old.procedures), new: listArg(pair.new.procedures) },
      });
    }
  }
}

import type { ProcessStandard } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { compareDeadline } from './deadline.js';
import { deadlineArg } from '../values.js';

type Order = ProcessStandard['order'];
type RequiredItem = Order['requiredItems'][number];

/** Compares the order of the power: required documents, results and overall deadlines. */
export function compareOrder(ctx: DiffContext, before: Order, after: Order): void {
  compareDocuments(ctx, before.requiredItems, after.requiredItems);

  const results = matchElements(before.results, after.results, (item) => item.id, (a, b) => textSimilarity(a.name, b.name));
  for (const { item, index } of results.removed) {
    ctx.add('result.removed', ctx.element('result', item.id, undefined, item.name), { oldPath: ['order', 'results', index], oldValue: item.name });
  }
  for (const { item, index } of results.added) {
    ctx.add('result.added', ctx.element('result', item.id, undefined, item.name), { newPath: ['order', 'results', index], newValue: item.name });
  }
  for (const pair of results.pairs) {
    ctx.text('result.renamed', ctx.element('result', pair.new.id, undefined, pair.new.name), pair.old.name, pair.new.name, {
      oldPath: ['order', 'results', pair.oldIndex, 'name'],
      newPath: ['order', 'results', pair.newIndex, 'name'],
      matchedBy: pair.by,
    });
  }

  const deadlines = matchElements(before.deadlines, after.deadlines, (item) => item.id, (a, b) => textSimilarity(a.name, b.name));
  for (const { item, index } of deadlines.removed) {
    ctx.add('deadline.removed', ctx.element('deadline', item.id, undefined, item.name), {
      oldPath: ['order', 'deadlines', index],
      oldValue: item.deadline,
      args: { old: deadlineArg(item.deadline) },
    });
  }
  for (const { item, index } of deadlines.added) {
    ctx.add('deadline.added', ctx.element('deadline', item.id, undefined, item.name), {
      newPath: ['order', 'deadlines', index],
      newValue: item.deadline,
      args: { new: deadlineArg(item.deadline) },
    });
  }
  for (const pair of deadlines.pairs) {
    const element = ctx.element('deadline', pair.new.id, undefined, pair.new.name);
    compareDeadline(ctx, 'deadline', element, pair.old.deadline, pair.new.deadline, ['order', 'deadlines', pair.oldIndex, 'deadline'], [
      'order',
      'deadlines',
      pair.newIndex,
      'deadline',
    ]);
  }
}

function documentSimilarity(a: RequiredItem, b: RequiredItem): number {
  return textSimilarity(a.name, b.name);
}

/** Compares required documents and data items: what the applicant must bring is the applicant's burden. */
function compareDocuments(ctx: DiffContext, before: readonly RequiredItem[], after: readonly RequiredItem[]): void {
  const match = matchElements(before, after, (item) => item.id, documentSimilarity);
  for (const { item, index } of match.removed) {
    ctx.add('document.removed', ctx.element('document', item.id, undefined, item.name), { oldPath: ['order', 'requiredItems', index], oldValue: item });
  }
  for (const { item, index } of match.added) {
    ctx.add('document.added', ctx.element('document', item.id, undefined, item.name), { newPath: ['order', 'requiredItems', index], newValue: item });
  }
  for (const pair of match.pairs) {
    const element = ctx.element('document', pair.new.id, undefined, pair.new.name);
    const oldPath = ['order', 'requiredItems', pair.oldIndex];
    const newPath = ['order', 'requiredItems', pair.newIndex];
    const site = { oldPath, newPath, matchedBy: pair.by };
    ctx.text('document.renamed', element, pair.old.name, pair.new.name, { ...site, oldPath: [...oldPath, 'name'], newPath: [...newPath, 'name'] });
    if (pair.old.required !== pair.new.required) {
      ctx.add(pair.new.required ? 'document.madeRequired' : 'document.madeOptional', element, { ...site, oldValue: pair.old.required, newValue: pair.new.required });
    }
    if (pair.old.origin !== pair.new.origin) {
      ctx.add('document.originChanged', element, {
        ...site,
        oldPath: [...oldPath, 'origin'],
        newPath: [...newPath, 'origin'],
        oldValue: pair.old.origin,
        newValue: pair.new.origin,
        args: { old: { messageId: `diff.origin.${pair.old.origin}` }, new: { messageId: `diff.origin.${pair.new.origin}` } },
      });
    }
    if ((pair.old.condition ?? '') !== (pair.new.condition ?? '')) {
      ctx.add('document.conditionChanged', element, {
        ...site,
        oldValue: pair.old.condition ?? null,
        newValue: pair.new.condition ?? null,
        args: { old: pair.old.condition ?? '—', new: pair.new.condition ?? '—' },
      });
    }
  }
}

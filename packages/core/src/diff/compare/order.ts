import type { ProcessStandard } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import type { MessageArg } from '../../i18n/types.js';
import { similarityBy, textSimilarity } from '../similarity.js';
import { compareDeadline } from './deadline.js';
import { deadlineArg } from '../values.js';

type Order = ProcessStandard['order'];
type RequiredItem = Order['requiredItems'][number];

/** Compares the order of the power: required documents, informing, results and overall deadlines. */
export function compareOrder(ctx: DiffContext, before: Order, after: Order): void {
  compareDocuments(ctx, before.requiredItems, after.requiredItems);
  compareInforming(ctx, before.informing, after.informing);

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

type Informing = Order['informing'][number];

/** Compares how and when the applicant is informed: the text, the channel and the deadline of each notice. */
function compareInforming(ctx: DiffContext, before: readonly Informing[], after: readonly Informing[]): void {
  const match = matchElements(before, after, (item) => item.id, similarityBy((item: Informing) => item.text));
  for (const { item, index } of match.removed) {
    ctx.add('informing.removed', ctx.element('informing', item.id, undefined, item.text), { oldPath: ['order', 'informing', index], oldValue: item.text });
  }
  for (const { item, index } of match.added) {
    ctx.add('informing.added', ctx.element('informing', item.id, undefined, item.text), { newPath: ['order', 'informing', index], newValue: item.text });
  }
  for (const pair of match.pairs) {
    const element = ctx.element('informing', pair.new.id, undefined, pair.new.text);
    const oldPath = ['order', 'informing', pair.oldIndex];
    const newPath = ['order', 'informing', pair.newIndex];
    ctx.text('informing.changed', element, pair.old.text, pair.new.text, { oldPath: [...oldPath, 'text'], newPath: [...newPath, 'text'], matchedBy: pair.by });
    if ((pair.old.channel ?? '') !== (pair.new.channel ?? '')) {
      ctx.add('informing.channelChanged', element, {
        oldPath: [...oldPath, 'channel'],
        newPath: [...newPath, 'channel'],
        oldValue: pair.old.channel ?? null,
        newValue: pair.new.channel ?? null,
        args: { old: channelArg(pair.old.channel), new: channelArg(pair.new.channel) },
      });
    }
    if (pair.old.deadline && pair.new.deadline) {
      compareDeadline(ctx, 'deadline', element, pair.old.deadline, pair.new.deadline, [...oldPath, 'deadline'], [...newPath, 'deadline']);
    }
  }
}

function channelArg(channel: string | undefined): MessageArg {
  return channel ? { messageId: `diff.channel.${channel}` } : '—';
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

import type { Procedure } from '@tsmp/schema';
import type { MessageRef } from '../../i18n/types.js';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { similarityBy, textSimilarity } from '../similarity.js';
import { compareDeadline } from './deadline.js';
import { missingFrom } from './sets.js';

/** Text of a procedure for similarity: name, composition and result. */
function procedureText(item: Procedure): string {
  return [item.name, ...item.composition, item.result].join(' ');
}

/** Builds the message value for the place of a procedure: its number and the procedures it follows. */
function positionArg(item: Procedure): MessageRef {
  return { messageId: 'diff.position', args: { number: item.number, after: item.after.length > 0 ? item.after.join(', ') : '—' } };
}

/** Compares administrative procedures of a process standard. */
export function compareProcedures(ctx: DiffContext, oldItems: readonly Procedure[], newItems: readonly Procedure[]): void {
  const match = matchElements(oldItems, newItems, (item) => item.id, similarityBy(procedureText));
  for (const { item, index } of match.removed) {
    ctx.add('procedure.removed', ctx.element('procedure', item.id, item.number, item.name), {
      oldPath: ['procedures', index],
      oldValue: item.name,
      roles: item.performers,
    });
  }
  for (const { item, index } of match.added) {
    ctx.add('procedure.added', ctx.element('procedure', item.id, item.number, item.name), {
      newPath: ['procedures', index],
      newValue: item.name,
      roles: item.performers,
    });
  }

  for (const pair of match.pairs) {
    const { old: before, new: after } = pair;
    const element = ctx.element('procedure', after.id, after.number, after.name);
    const oldPath = ['procedures', pair.oldIndex];
    const newPath = ['procedures', pair.newIndex];
    const roles = [...new Set([...before.performers, ...after.performers])];
    const site = { oldPath, newPath, roles, matchedBy: pair.by };

    if (before.id !== after.id) ctx.add('procedure.idChanged', element, { ...site, oldValue: before.id, newValue: after.id, args: { old: before.id, new: after.id } });
    ctx.text('procedure.renamed', element, before.name, after.name, { ...site, oldPath: [...oldPath, 'name'], newPath: [...newPath, 'name'] });
    if (before.number !== after.number || before.after.join() !== after.after.join()) {
      ctx.add('procedure.moved', element, {
        ...site,
        oldValue: { number: before.number, after: before.after },
        newValue: { number: after.number, after: after.after },
        args: { old: positionArg(before), new: positionArg(after) },
      });
    }
    for (const role of missingFrom(before.performers, after.performers)) {
      ctx.add('procedure.performer.added', element, { ...site, newPath: [...newPath, 'performers'], newValue: role, args: { item: role } });
    }
    for (const role of missingFrom(after.performers, before.performers)) {
      ctx.add('procedure.performer.removed', element, { ...site, newPath: [...newPath, 'performers'], oldValue: role, args: { item: role } });
    }
    compareActions(ctx, element, before.composition, after.composition, site, 'procedure');
    ctx.text('procedure.result.changed', element, before.result, after.result, { ...site, oldPath: [...oldPath, 'result'], newPath: [...newPath, 'result'] });
    if (before.optional !== after.optional) {
      ctx.add(after.optional ? 'procedure.madeOptional' : 'procedure.madeMandatory', element, { ...site, oldValue: before.optional, newValue: after.optional });
    }
    compareDeadline(ctx, 'procedure', element, before.deadline, after.deadline, [...oldPath, 'deadline'], [...newPath, 'deadline'], roles);
  }
}

/**
 * Compares lists of actions. An action matched to a similar one is a
 * rewording and goes to the terminology pass; the rest are added or removed.
 */
export function compareActions(
  ctx: DiffContext,
  element: Parameters<DiffContext['add']>[1],
  before: readonly string[],
  after: readonly string[],
  site: { oldPath: (string | number)[]; newPath: (string | number)[]; roles: string[]; matchedBy: 'id' | 'similarity' },
  family: 'procedure' | 'operation',
): void {
  if (before.length === after.length && before.every((text, index) => text === after[index])) return;
  const field = family === 'procedure' ? 'composition' : 'actions';
  const match = matchElements(before, after, (text) => text, textSimilarity);
  for (const { item, index } of match.removed) {
    ctx.add(`${family}.action.removed`, element, { ...site, oldPath: [...site.oldPath, field, index], newPath: [...site.newPath, field], oldValue: item, args: { item } });
  }
  for (const { item, index } of match.added) {
    ctx.add(`${family}.action.added`, element, { ...site, newPath: [...site.newPath, field, index], newValue: item, args: { item } });
  }
  for (const pair of match.pairs) {
    if (pair.by === 'id') continue;
    ctx.text(`${family}.action.changed`, element, pair.old, pair.new, {
      ...site,
      oldPath: [...site.oldPath, field, pair.oldIndex],
      newPath: [...site.newPath, field, pair.newIndex],
    });
  }
}

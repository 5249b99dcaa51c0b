import type { Operation, TechCard } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { similarityBy } from '../similarity.js';
import { compareControlPoints } from './control-points.js';
import { compareDeadline } from './deadline.js';
import { compareActions } from './procedures.js';
import { missingFrom } from './sets.js';

/** Text of an operation for similarity: name, actions and result; numbers and ids are left out so renumbering does not matter. */
function operationText(item: Operation): string {
  return [item.name, ...item.actions, item.result].join(' ');
}

/** Compares two editions of a tech card: control points first, then operations. */
export function compareTechCards(ctx: DiffContext, a: TechCard, b: TechCard): void {
  const whole = ctx.element('artifact', b.id, undefined, b.title);
  ctx.text('standard.title.changed', whole, a.title, b.title, { oldPath: ['title'], newPath: ['title'] });
  compareControlPoints(ctx, a.controlPoints, b.controlPoints);
  compareOperations(ctx, a.operations, b.operations);
}

function compareOperations(ctx: DiffContext, before: readonly Operation[], after: readonly Operation[]): void {
  const match = matchElements(before, after, (item) => item.id, similarityBy(operationText));
  const element = (item: Operation) => ctx.element('operation', item.id, item.number, item.name);
  for (const { item, index } of match.removed) {
    ctx.add('operation.removed', element(item), { oldPath: ['operations', index], oldValue: item.name, roles: [item.performer] });
  }
  for (const { item, index } of match.added) {
    ctx.add('operation.added', element(item), { newPath: ['operations', index], newValue: item.name, roles: [item.performer] });
  }

  for (const pair of match.pairs) {
    const { old: x, new: y } = pair;
    const operation = element(y);
    const oldPath = ['operations', pair.oldIndex];
    const newPath = ['operations', pair.newIndex];
    const roles = [...new Set([x.performer, y.performer])];
    const site = { oldPath, newPath, roles, matchedBy: pair.by };
    const field = (name: string) => ({ ...site, oldPath: [...oldPath, name], newPath: [...newPath, name] });

    if (x.id !== y.id) ctx.add('operation.idChanged', operation, { ...site, oldValue: x.id, newValue: y.id, args: { old: x.id, new: y.id } });
    ctx.text('operation.renamed', operation, x.name, y.name, field('name'));
    if (x.number !== y.number || x.procedure !== y.procedure) {
      ctx.add('operation.moved', operation, { ...site, oldValue: { number: x.number, procedure: x.procedure }, newValue: { number: y.number, procedure: y.procedure }, args: { old: x.number, new: y.number } });
    }
    if (x.performer !== y.performer) {
      ctx.add('operation.performer.changed', operation, { ...field('performer'), oldValue: x.performer, newValue: y.performer, args: { old: x.performer, new: y.performer } });
    }
    compareActions(ctx, operation, x.actions, y.actions, site, 'operation');
    ctx.text('operation.trigger.changed', operation, x.trigger, y.trigger, field('trigger'));
    ctx.text('operation.result.changed', operation, x.result, y.result, field('result'));
    for (const form of missingFrom(x.forms, y.forms)) ctx.add('operation.form.added', operation, { ...field('forms'), newValue: form, args: { item: form } });
    for (const form of missingFrom(y.forms, x.forms)) ctx.add('operation.form.removed', operation, { ...field('forms'), oldValue: form, args: { item: form } });
    if ((x.informationSystem ?? '') !== (y.informationSystem ?? '')) {
      ctx.add('operation.system.changed', operation, {
        ...field('informationSystem'),
        oldValue: x.informationSystem ?? null,
        newValue: y.informationSystem ?? null,
        args: { old: x.informationSystem ?? '—', new: y.informationSystem ?? '—' },
      });
    }
    if ((x.controlPoint ?? '') !== (y.controlPoint ?? '')) {
      ctx.add('operation.controlPoint.changed', operation, {
        ...field('controlPoint'),
        oldValue: x.controlPoint ?? null,
        newValue: y.controlPoint ?? null,
        args: { old: x.controlPoint ?? '—', new: y.controlPoint ?? '—' },
      });
    }
    compareDeadline(ctx, 'operation', operation, x.deadline, y.deadline, [...oldPath, 'deadline'], [...newPath, 'deadline'], roles);
  }
}

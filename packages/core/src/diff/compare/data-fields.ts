import type { DataField } from '@tsmp/schema';
import type { PathSegment } from '../../findings/finding.js';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { missingFrom } from './sets.js';

/**
 * Compares data fields of a control point or a form. Fields are matched by id
 * only: the id is the field code that systems send, so a new code is a
 * removed field plus an added one for them.
 */
export function compareDataFields(
  ctx: DiffContext,
  owner: string,
  before: readonly DataField[],
  after: readonly DataField[],
  oldBase: PathSegment[],
  newBase: PathSegment[],
): void {
  const match = matchElements(before, after, (field) => field.id);
  const element = (field: DataField) => ctx.element('dataField', `${owner}.${field.id}`, field.id, field.name);
  for (const { item, index } of match.removed) {
    ctx.add('dataField.removed', element(item), { oldPath: [...oldBase, index], newPath: newBase, oldValue: item, args: { owner } });
  }
  for (const { item, index } of match.added) {
    ctx.add('dataField.added', element(item), { newPath: [...newBase, index], newValue: item, args: { owner, required: item.required ? 'yes' : 'no' } });
  }
  for (const pair of match.pairs) {
    const site = { oldPath: [...oldBase, pair.oldIndex], newPath: [...newBase, pair.newIndex] };
    const field = element(pair.new);
    ctx.text('dataField.renamed', field, pair.old.name, pair.new.name, { oldPath: [...site.oldPath, 'name'], newPath: [...site.newPath, 'name'], args: { owner } });
    if (pair.old.type !== pair.new.type) {
      ctx.add('dataField.typeChanged', field, { ...site, oldValue: pair.old.type, newValue: pair.new.type, args: { owner, old: pair.old.type, new: pair.new.type } });
    }
    if (pair.old.required !== pair.new.required) {
      ctx.add(pair.new.required ? 'dataField.madeRequired' : 'dataField.madeOptional', field, { ...site, args: { owner } });
    }
    const oldValues = pair.old.values ?? [];
    const newValues = pair.new.values ?? [];
    for (const value of missingFrom(oldValues, newValues)) ctx.add('dataField.value.added', field, { ...site, newValue: value, args: { owner, item: value } });
    for (const value of missingFrom(newValues, oldValues)) ctx.add('dataField.value.removed', field, { ...site, oldValue: value, args: { owner, item: value } });
  }
}

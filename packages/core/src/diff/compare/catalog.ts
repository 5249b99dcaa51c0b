import type { Catalog, Form, Role } from '@tsmp/schema';
import type { PathSegment } from '../../findings/finding.js';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { compareDataFields } from './data-fields.js';

type RoleLike = Pick<Role, 'id' | 'name'>;
type FormLike = Pick<Form, 'id' | 'name' | 'fields'>;

/** Compares roles and forms of two editions of a catalogue. Legal acts and information systems are not compared. */
export function compareCatalogs(ctx: DiffContext, a: Catalog, b: Catalog): void {
  compareRoles(ctx, a.roles, b.roles, ['roles'], ['roles']);
  compareForms(ctx, a.forms, b.forms, ['forms'], ['forms']);
}

/** Compares roles matched by id; a role with a new id is removed and added, since operations refer to roles by id. */
export function compareRoles(ctx: DiffContext, before: readonly RoleLike[], after: readonly RoleLike[], oldBase: PathSegment[], newBase: PathSegment[]): void {
  const match = matchElements(before, after, (item) => item.id);
  for (const { item, index } of match.removed) {
    ctx.add('role.removed', ctx.element('role', item.id, undefined, item.name), { oldPath: [...oldBase, index], oldValue: item.name, roles: [item.id] });
  }
  for (const { item, index } of match.added) {
    ctx.add('role.added', ctx.element('role', item.id, undefined, item.name), { newPath: [...newBase, index], newValue: item.name, roles: [item.id] });
  }
  for (const pair of match.pairs) {
    ctx.text('role.renamed', ctx.element('role', pair.new.id, undefined, pair.new.name), pair.old.name, pair.new.name, {
      oldPath: [...oldBase, pair.oldIndex, 'name'],
      newPath: [...newBase, pair.newIndex, 'name'],
      roles: [pair.new.id],
    });
  }
}

/** Compares forms matched by id, with their fields. */
export function compareForms(ctx: DiffContext, before: readonly FormLike[], after: readonly FormLike[], oldBase: PathSegment[], newBase: PathSegment[]): void {
  const match = matchElements(before, after, (item) => item.id);
  for (const { item, index } of match.removed) {
    ctx.add('form.removed', ctx.element('form', item.id, undefined, item.name), { oldPath: [...oldBase, index], oldValue: item.name });
  }
  for (const { item, index } of match.added) {
    ctx.add('form.added', ctx.element('form', item.id, undefined, item.name), { newPath: [...newBase, index], newValue: item.name });
  }
  for (const pair of match.pairs) {
    const oldPath = [...oldBase, pair.oldIndex];
    const newPath = [...newBase, pair.newIndex];
    ctx.text('form.renamed', ctx.element('form', pair.new.id, undefined, pair.new.name), pair.old.name, pair.new.name, {
      oldPath: [...oldPath, 'name'],
      newPath: [...newPath, 'name'],
    });
    compareDataFields(ctx, pair.new.id, pair.old.fields, pair.new.fields, [...oldPath, 'fields'], [...newPath, 'fields']);
  }
}

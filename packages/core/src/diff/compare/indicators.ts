import type { ChecklistIndicator, Indicator } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { differs } from './sets.js';

function effectiveArg(value: string | undefined): string {
  return value ?? '—';
}

/** Compares indicators of execution of a process standard. */
export function compareIndicators(ctx: DiffContext, before: readonly Indicator[], after: readonly Indicator[], effectiveFrom: string | undefined): void {
  const match = matchElements(before, after, (item) => item.id, (a, b) => textSimilarity(a.name, b.name));
  for (const { item, index } of match.removed) {
    ctx.add('indicator.removed', ctx.element('indicator', item.id, item.number, item.name), { oldPath: ['indicators', index], oldValue: item.name });
  }
  for (const { item, index } of match.added) {
    ctx.add('indicator.added', ctx.element('indicator', item.id, item.number, item.name), {
      newPath: ['indicators', index],
      newValue: item.name,
      effectiveFrom: item.effectiveFrom ?? effectiveFrom,
    });
  }

  for (const pair of match.pairs) {
    const { old: a, new: b } = pair;
    const element = ctx.element('indicator', b.id, b.number, b.name);
    const oldPath = ['indicators', pair.oldIndex];
    const newPath = ['indicators', pair.newIndex];
    const site = { oldPath, newPath, matchedBy: pair.by, effectiveFrom: b.effectiveFrom ?? effectiveFrom };
    const field = (name: string) => ({ ...site, oldPath: [...oldPath, name], newPath: [...newPath, name] });

    ctx.text('indicator.renamed', element, a.name, b.name, field('name'));
    if (a.unit !== b.unit) {
      ctx.add('indicator.unit.changed', element, { ...field('unit'), oldValue: a.unit, newValue: b.unit, args: { old: a.unit, new: b.unit } });
    }
    if (differs(a.dataSource, b.dataSource)) {
      ctx.add('indicator.dataSource.changed', element, {
        ...field('dataSource'),
        oldValue: a.dataSource,
        newValue: b.dataSource,
        args: { old: a.dataSource.description, new: b.dataSource.description },
      });
    }
    if (differs(a.method, b.method)) {
      ctx.add('indicator.method.changed', element, {
        ...field('method'),
        oldValue: a.method,
        newValue: b.method,
        args: { old: a.method.formula ?? a.method.wording, new: b.method.formula ?? b.method.wording },
      });
    }
    if (a.direction !== b.direction) {
      ctx.add('indicator.direction.changed', element, { ...field('direction'), oldValue: a.direction, newValue: b.direction, args: { old: a.direction, new: b.direction } });
    }
    if (a.target !== b.target) {
      ctx.add('indicator.target.changed', element, { ...field('target'), oldValue: a.target ?? null, newValue: b.target ?? null, args: { old: a.target ?? null, new: b.target ?? null } });
    }
    if (differs(a.corridor ?? null, b.corridor ?? null)) {
      ctx.add('indicator.corridor.changed', element, { ...field('corridor'), oldValue: a.corridor ?? null, newValue: b.corridor ?? null });
    }
    if (a.effectiveFrom !== b.effectiveFrom) {
      ctx.add('indicator.effectiveFrom.changed', element, {
        ...field('effectiveFrom'),
        oldValue: a.effectiveFrom ?? null,
        newValue: b.effectiveFrom ?? null,
        args: { old: effectiveArg(a.effectiveFrom), new: effectiveArg(b.effectiveFrom) },
      });
    }
  }
}

/** Compares checklist indicators of an organisation standard: questions, formula, points and level. */
export function compareChecklistIndicators(
  ctx: DiffContext,
  before: readonly ChecklistIndicator[],
  after: readonly ChecklistIndicator[],
  effectiveFrom: string | undefined,
): void {
  const match = matchElements(before, after, (item) => item.id, (a, b) => textSimilarity(a.name, b.name));
  for (const { item, index } of match.removed) {
    ctx.add('indicator.removed', ctx.element('indicator', item.id, item.number, item.name), { oldPath: ['indicators', index], oldValue: item.name });
  }
  for (const { item, index } of match.added) {
    ctx.add('indicator.added', ctx.element('indicator', item.id, item.number, item.name), {
      newPath: ['indicators', index],
      newValue: item.name,
      effectiveFrom: item.effectiveFrom ?? effectiveFrom,
    });
  }

  for (const pair of match.pairs) {
    const { old: a, new: b } = pair;
    const element = ctx.element('indicator', b.id, b.number, b.name);
    const oldPath = ['indicators', pair.oldIndex];
    const newPath = ['indicators', pair.newIndex];
    const site = { oldPath, newPath, matchedBy: pair.by, effectiveFrom: b.effectiveFrom ?? effectiveFrom };

    ctx.text('indicator.renamed', element, a.name, b.name, { ...site, oldPath: [...oldPath, 'name'], newPath: [...newPath, 'name'] });
    const questions = matchElements(a.questions, b.questions, (question) => question.id, (x, y) => textSimilarity(x.text, y.text));
    for (const { item, index } of questions.removed) {
      ctx.add('indicator.question.removed', element, { ...site, oldPath: [...oldPath, 'questions', index], oldValue: item.text, args: { item: item.text } });
    }
    for (const { item, index } of questions.added) {
      ctx.add('indicator.question.added', element, { ...site, newPath: [...newPath, 'questions', index], newValue: item.text, args: { item: item.text } });
    }
    const reworded = questions.pairs.filter((question) => question.old.text !== question.new.text || question.old.id !== question.new.id);
    const method = (x: ChecklistIndicator) => ({ formula: x.formula, points: x.points, level: x.level });
    if (differs(method(a), method(b)) || reworded.length > 0) {
      ctx.add('indicator.method.changed', element, {
        ...site,
        oldValue: { ...method(a), questions: a.questions },
        newValue: { ...method(b), questions: b.questions },
        args: { old: `${a.formula} (${a.points})`, new: `${b.formula} (${b.points})` },
      });
    }
    if (a.effectiveFrom !== b.effectiveFrom) {
      ctx.add('indicator.effectiveFrom.changed', element, {
        ...site,
        oldValue: a.effectiveFrom ?? null,
        newValue: b.effectiveFrom ?? null,
        args: { old: effectiveArg(a.effectiveFrom), new: effectiveArg(b.effectiveFrom) },
      });
    }
  }
}

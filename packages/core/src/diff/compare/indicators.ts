import type { ChecklistIndicator, Indicator } from '@tsmp/schema';
import type { PathSegment } from '../../findings/finding.js';
import type { ChangeSite, DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { differs } from './sets.js';

function effectiveArg(value: string | undefined): string {
  return value ?? '—';
}

/** The fields both kinds of indicator share, which matching and locating need. */
interface IndicatorLike {
  id: string;
  number: string;
  name: string;
  effectiveFrom?: string | undefined;
}

/** A matched pair of indicators with the element it is reported under and its location in both editions. */
interface IndicatorPair<T extends IndicatorLike> {
  a: T;
  b: T;
  element: ReturnType<DiffContext['element']>;
  site: ChangeSite;
  oldPath: PathSegment[];
  newPath: PathSegment[];
  field(name: string): IndicatorPair<T>['site'];
}

/**
 * Matches indicators by id, then by name, reports the removed and added ones,
 * and returns the pairs for the caller's kind-specific comparisons.
 */
function matchIndicators<T extends IndicatorLike>(ctx: DiffContext, before: readonly T[], after: readonly T[], effectiveFrom: string | undefined): IndicatorPair<T>[] {
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

  return match.pairs.map((pair) => {
    const { old: a, new: b } = pair;
    const oldPath: PathSegment[] = ['indicators', pair.oldIndex];
    const newPath: PathSegment[] = ['indicators', pair.newIndex];
    const site: ChangeSite = { oldPath, newPath, matchedBy: pair.by, ...(b.effectiveFrom ?? effectiveFrom ? { effectiveFrom: b.effectiveFrom ?? effectiveFrom } : {}) };
    const element = ctx.element('indicator', b.id, b.number, b.name);
    ctx.text('indicator.renamed', element, a.name, b.name, { ...site, oldPath: [...oldPath, 'name'], newPath: [...newPath, 'name'] });
    return { a, b, element, site, oldPath, newPath, field: (name: string) => ({ ...site, oldPath: [...oldPath, name], newPath: [...newPath, name] }) };
  });
}

/** Reports a changed effective date of a matched indicator. */
function compareEffectiveFrom<T extends IndicatorLike>(ctx: DiffContext, { a, b, element }: IndicatorPair<T>, site: IndicatorPair<T>['site']): void {
  if (a.effectiveFrom === b.effectiveFrom) return;
  ctx.add('indicator.effectiveFrom.changed', element, {
    ...site,
    oldValue: a.effectiveFrom ?? null,
    newValue: b.effectiveFrom ?? null,
    args: { old: effectiveArg(a.effectiveFrom), new: effectiveArg(b.effectiveFrom) },
  });
}

/** Compares indicators of execution of a process standard. */
export function compareIndicators(ctx: DiffContext, before: readonly Indicator[], after: readonly Indicator[], effectiveFrom: string | undefined): void {
  for (const pair of matchIndicators(ctx, before, after, effectiveFrom)) {
    const { a, b, element, field } = pair;
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
    compareEffectiveFrom(ctx, pair, field('effectiveFrom'));
  }
}

/** Compares checklist indicators of an organisation standard: questions, formula, points and level. */
export function compareChecklistIndicators(
  ctx: DiffContext,
  before: readonly ChecklistIndicator[],
  after: readonly ChecklistIndicator[],
  effectiveFrom: string | undefined,
): void {
  for (const pair of matchIndicators(ctx, before, after, effectiveFrom)) {
    const { a, b, element, site, oldPath, newPath } = pair;
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
    compareEffectiveFrom(ctx, pair, site);
  }
}

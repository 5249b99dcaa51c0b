import type { Deadline } from '@tsmp/schema';
import type { PathSegment } from '../../findings/finding.js';
import type { DiffContext } from '../context.js';
import { compareDeadlines } from '../deadline-compare.js';
import type { ElementRef } from '../types.js';
import { deadlineArg } from '../values.js';

/** Compares the deadline of one element; `family` is the rule prefix: `procedure`, `operation` or `deadline`. */
export function compareDeadline(
  ctx: DiffContext,
  family: string,
  element: ElementRef,
  oldDeadline: Deadline,
  newDeadline: Deadline,
  oldPath: PathSegment[],
  newPath: PathSegment[],
  roles: readonly string[] = [],
): void {
  const { changes, approximate } = compareDeadlines(oldDeadline, newDeadline);
  const site = { oldPath, newPath, oldValue: oldDeadline, newValue: newDeadline, roles };
  for (const change of changes) {
    if (change === 'reworded') {
      ctx.text(`${family}.deadline.reworded`, element, oldDeadline.wording, newDeadline.wording, {
        ...site,
        oldPath: [...oldPath, 'wording'],
        newPath: [...newPath, 'wording'],
      });
    } else if (change === 'anchorChanged') {
      ctx.add(`${family}.deadline.anchorChanged`, element, {
        ...site,
        oldPath: [...oldPath, 'anchor'],
        newPath: [...newPath, 'anchor'],
        args: { old: oldDeadline.anchor.wording ?? oldDeadline.anchor.event, new: newDeadline.anchor.wording ?? newDeadline.anchor.event },
      });
    } else {
      ctx.add(`${family}.deadline.${change}`, element, {
        ...site,
        args: { old: deadlineArg(oldDeadline), new: deadlineArg(newDeadline), approximate: approximate ? 'yes' : 'no' },
      });
    }
  }
}

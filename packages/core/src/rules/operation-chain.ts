import { addSpans, spanOf, WORKING_DAY_MINUTES, type DeadlineSpan } from './deadline-span.js';
import type { CardOperation } from './tech-cards.js';

const MIXED = Symbol('mixed');

/** Orders spans by length; a day-bound span may last to the end of its last day. */
function lengthOf(span: DeadlineSpan): number {
  return (span.days + (span.dayBound ? 1 : 0)) * WORKING_DAY_MINUTES + span.minutes;
}

/**
 * Computes the maximum total deadline through the operations of one
 * procedure. Without `next` links the operations run in card order, so all
 * their deadlines add up. With links, the path with the maximum total
 * counts. Returns undefined when the links form a cycle or when working and
 * calendar days meet.
 */
export function chainSpan(group: readonly CardOperation[]): DeadlineSpan | undefined {
  const byId = new Map(group.map((item) => [item.operation.id, item]));
  const linked = group.some((item) => item.operation.next.some((id) => byId.has(id)));
  if (!linked) {
    let total: DeadlineSpan | undefined = { scale: 'time', days: 0, minutes: 0, dayBound: false };
    for (const item of group) total = total && addSpans(total, spanOf(item.operation.deadline));
    return total;
  }

  const memo = new Map<string, DeadlineSpan | typeof MIXED>();
  const visiting = new Set<string>();
  let cyclic = false;
  const longestFrom = (item: CardOperation): DeadlineSpan | typeof MIXED => {
    const id = item.operation.id;
    const known = memo.get(id);
    if (known) return known;
    if (visiting.has(id)) {
      cyclic = true;
      return MIXED;
    }
    visiting.add(id);
    const own = spanOf(item.operation.deadline);
    let best: DeadlineSpan | typeof MIXED = own;
    for (const nextId of item.operation.next) {
      const next = byId.get(nextId);
      if (!next) continue;
      const tail = longestFrom(next);
      const total = tail === MIXED ? undefined : addSpans(own, tail);
      if (!total || best === MIXED) {
        best = MIXED;
        continue;
      }
      if (lengthOf(total) > lengthOf(best)) best = total;
    }
    visiting.delete(id);
    memo.set(id, best);
    return best;
  };

  let longest: DeadlineSpan | undefined;
  for (const item of group) {
    const span = longestFrom(item);
    if (span === MIXED) return undefined;
    if (!longest || lengthOf(span) > lengthOf(longest)) longest = span;
  }
  return cyclic ? undefined : longest;
}

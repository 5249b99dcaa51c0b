import { describe, expect, it } from 'vitest';
import type { Deadline, DeadlineUnit } from '@tsmp/schema';
import { addSpans, exceeds, spanOf, type DeadlineSpan } from '../../src/rules/deadline-span.js';

function span(amount: number, unit: DeadlineUnit): DeadlineSpan {
  const deadline: Deadline = { amount, unit, anchor: { event: 'e' }, wording: `${amount} ${unit}` };
  return spanOf(deadline);
}

function chain(...spans: DeadlineSpan[]): DeadlineSpan | undefined {
  return spans.reduce<DeadlineSpan | undefined>((total, item) => total && addSpans(total, item), { scale: 'time', days: 0, minutes: 0, dayBound: false });
}

describe('deadline spans', () => {
  const cases: [string, DeadlineSpan | undefined, DeadlineSpan, boolean | undefined][] = [
    ['minutes inside a same-day limit', chain(span(30, 'minutes'), span(10, 'minutes')), span(0, 'workingDays'), false],
    ['a same-day operation after a day', chain(span(1, 'workingDays'), span(0, 'workingDays')), span(1, 'workingDays'), false],
    ['two next-day operations', chain(span(1, 'workingDays'), span(1, 'workingDays')), span(1, 'workingDays'), true],
    ['a full day of minutes', chain(span(300, 'minutes'), span(200, 'minutes')), span(0, 'workingDays'), true],
    ['hours within an hour limit', span(2, 'hours'), span(120, 'minutes'), false],
    ['a same-day operation in minutes', span(0, 'workingDays'), span(15, 'minutes'), true],
    ['calendar against calendar', span(3, 'calendarDays'), span(5, 'calendarDays'), false],
    ['calendar against working days', span(3, 'calendarDays'), span(5, 'workingDays'), undefined],
  ];
  for (const [name, total, limit, expected] of cases) {
    it(name, () => {
      expect(total).toBeDefined();
      expect(exceeds(total as DeadlineSpan, limit)).toBe(expected);
    });
  }

  it('does not add working and calendar days', () => {
    expect(addSpans(span(1, 'workingDays'), span(1, 'calendarDays'))).toBeUndefined();
    expect(addSpans(span(30, 'minutes'), span(1, 'calendarDays'))).toEqual({ scale: 'calendar', days: 1, minutes: 30, dayBound: true });
  });
});

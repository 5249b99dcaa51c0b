import { describe, expect, it } from 'vitest';
import type { Deadline, DeadlineUnit } from '@tsmp/schema';
import { russianCalendar } from '@tsmp/core';
import { firstOverrun } from '../../src/rules/calendar-overrun.js';

function deadline(amount: number, unit: DeadlineUnit): Deadline {
  return { amount, unit, anchor: { event: 'e' }, wording: `${amount} ${unit}` };
}

describe('firstOverrun', () => {
  it('finds a weekend start', () => {
    // 2025-03-01 is a Saturday: the next working day is Monday 3 March.
    expect(firstOverrun(deadline(3, 'calendarDays'), deadline(1, 'workingDays'), '2025-03-01', russianCalendar)).toEqual({ start: '2025-03-01', end: '2025-03-04', limitEnd: '2025-03-03' });
  });

  it('finds the New Year holidays', () => {
    // From Tuesday 24 December 2024, five working days (28 December was a working Saturday,
    // then came the holidays of 29 December to 8 January) end on 9 January, after ten calendar days.
    const overrun = firstOverrun(deadline(5, 'workingDays'), deadline(10, 'calendarDays'), '2024-12-20', russianCalendar);
    expect(overrun).toEqual({ start: '2024-12-24', end: '2025-01-09', limitEnd: '2025-01-03' });
  });

  it('accepts a calendar day within a working day', () => {
    expect(firstOverrun(deadline(1, 'calendarDays'), deadline(1, 'workingDays'), '2025-01-01', russianCalendar)).toBeUndefined();
  });

  it('skips editions the calendar lacks', () => {
    expect(firstOverrun(deadline(30, 'calendarDays'), deadline(1, 'workingDays'), '2040-01-01', russianCalendar)).toBeUndefined();
  });
});

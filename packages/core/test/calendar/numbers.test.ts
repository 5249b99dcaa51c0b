import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarInputError, CalendarRangeError, russianCalendar as calendar } from '../../src/calendar/index.js';

const allDates = [...calendar.days()].map((day) => day.date);
const dateArbitrary = fc.integer({ min: 0, max: allDates.length - 1 }).map((index) => allDates[index]!);

describe('workingDayNumber', () => {
  it('starts at zero on the New Year holidays', () => {
    expect(calendar.workingDayNumber('2020-01-01')).toBe(0);
    expect(calendar.workingDayNumber('2020-01-08')).toBe(0);
    expect(calendar.workingDayNumber('2020-01-09')).toBe(1);
  });

  it('grows by one on working days and stays on days off', () => {
    let previous = 0;
    for (const day of calendar.days()) {
      const step = day.workingDayNumber - previous;
      expect(step).toBe(calendar.isWorkingDay(day.date) ? 1 : 0);
      previous = day.workingDayNumber;
    }
  });

  it('is equal across a weekend', () => {
    const friday = calendar.workingDayNumber('2024-06-07');
    expect(calendar.workingDayNumber('2024-06-08')).toBe(friday);
    expect(calendar.workingDayNumber('2024-06-09')).toBe(friday);
    expect(calendar.workingDayNumber('2024-06-10')).toBe(friday + 1);
  });
});

describe('addWorkingDays', () => {
  it('crosses the New Year holidays', () => {
    expect(calendar.addWorkingDays('2024-12-27', 1)).toBe('2024-12-28');
    expect(calendar.addWorkingDays('2024-12-28', 1)).toBe('2025-01-09');
    expect(calendar.addWorkingDays('2025-12-30', 1)).toBe('2026-01-12');
    expect(calendar.addWorkingDays('2026-01-12', -1)).toBe('2025-12-30');
  });

  it('counts from a day off to the working days after it', () => {
    expect(calendar.addWorkingDays('2026-01-03', 0)).toBe('2026-01-03');
    expect(calendar.addWorkingDays('2026-01-03', 1)).toBe('2026-01-12');
    expect(calendar.addWorkingDays('2024-05-11', 2)).toBe('2024-05-14');
  });

  it('rejects a fractional count', () => {
    expect(() => calendar.addWorkingDays('2024-05-13', 1.5)).toThrow(CalendarInputError);
  });

  it('raises a range error past either end', () => {
    expect(() => calendar.addWorkingDays('2026-12-30', 1)).toThrow(CalendarRangeError);
    expect(() => calendar.addWorkingDays('2020-01-09', -1)).toThrow(CalendarRangeError);
    expect(() => calendar.addWorkingDays('2020-01-10', calendar.workingDaysBetween('2020-01-10', '2020-01-05'))).toThrow(CalendarRangeError);
    expect(() => calendar.workingDayNumber('2019-12-31')).toThrow(CalendarRangeError);
    expect(() => calendar.isWorkingDay('2027-01-11')).toThrow(CalendarRangeError);
  });

  it('names the date and the covered years in the range error', () => {
    try {
      calendar.dayKind('2027-03-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarRangeError);
      expect((error as CalendarRangeError).messageId).toBe('calendar.outOfRange');
      expect((error as CalendarRangeError).args).toEqual({ date: '2027-03-01', firstYear: '2020', lastYear: '2026' });
    }
  });
});

describe('date validation', () => {
  it('rejects malformed and impossible dates', () => {
    for (const value of ['2024-4-27', '27.04.2024', '2023-02-29', '2024-13-01', '']) {
      expect(() => calendar.dayKind(value), value).toThrow(CalendarInputError);
    }
    expect(calendar.dayKind('2024-02-29')).toBe('working');
  });
});

describe('nextWorkingDay and workingDaysBetween', () => {
  it('keeps a working day and skips days off', () => {
    expect(calendar.nextWorkingDay('2024-04-27')).toBe('2024-04-27');
    expect(calendar.nextWorkingDay('2024-04-28')).toBe('2024-05-02');
    expect(calendar.nextWorkingDay('2024-12-29')).toBe('2025-01-09');
  });

  it('counts working days in a half-open interval', () => {
    expect(calendar.workingDaysBetween('2024-04-26', '2024-05-02')).toBe(2);
    expect(calendar.workingDaysBetween('2024-05-02', '2024-04-26')).toBe(-2);
    expect(calendar.workingDaysBetween('2024-01-01', '2024-01-01')).toBe(0);
  });
});

describe('working day properties', () => {
  it('addWorkingDays inverts workingDaysBetween', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, (from, to) => {
        // Days off before the first working day of 2020 have number 0: the working day they point to lies in 2019.
        fc.pre(calendar.workingDayNumber(to) >= 1);
        const between = calendar.workingDaysBetween(from, to);
        const landed = calendar.addWorkingDays(from, between);
        expect(calendar.workingDayNumber(landed)).toBe(calendar.workingDayNumber(to));
        if (calendar.isWorkingDay(to) && between !== 0) expect(landed).toBe(to);
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays lands on a working day', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 1, max: 30 }), (date, days) => {
        fc.pre(calendar.workingDayNumber(date) + days <= calendar.workingDayNumber('2026-12-31'));
        const landed = calendar.addWorkingDays(date, days);
        expect(calendar.isWorkingDay(landed)).toBe(true);
        expect(landed > date).toBe(true);
        expect(calendar.workingDaysBetween(date, landed)).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });

  it('nextWorkingDay is the first working day not before the date', () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        fc.pre(date < '2026-12-30');
        const next = calendar.nextWorkingDay(date);
        expect(next >= date).toBe(true);
        expect(calendar.isWorkingDay(next)).toBe(true);
        expect(calendar.workingDaysBetween(date, next)).toBe(calendar.isWorkingDay(date) ? 0 : 1);
      }),
      { numRuns: 1000 },
    );
  });
});

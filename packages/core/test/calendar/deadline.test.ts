import { describe, expect, it } from 'vitest';
import {
  CalendarInputError,
  CalendarRangeError,
  dueAt,
  endOfLocalDay,
  localDate,
  meetsDeadline,
  regionTimeZone,
  startOfLocalDay,
} from '../../src/calendar/index.js';

const MOSCOW = 'Europe/Moscow';
const VLADIVOSTOK = 'Asia/Vladivostok';
const workingDays = (amount: number, dayOffShift?: boolean) => ({ amount, unit: 'workingDays' as const, dayOffShift });

describe('localDate', () => {
  it('gives Vladivostok and Moscow different dates at 23:30 in Vladivostok', () => {
    const instant = '2024-03-14T23:30:00+10:00';
    expect(localDate(instant, VLADIVOSTOK)).toBe('2024-03-14');
    expect(localDate(instant, MOSCOW)).toBe('2024-03-14');
    expect(localDate('2024-03-14T16:30:00+03:00', VLADIVOSTOK)).toBe('2024-03-14');
    expect(localDate('2024-03-14T17:30:00+03:00', VLADIVOSTOK)).toBe('2024-03-15');
    expect(localDate('2024-03-14T17:30:00+03:00', MOSCOW)).toBe('2024-03-14');
  });

  it('accepts a Date and a Z instant', () => {
    expect(localDate(new Date('2024-12-31T21:00:00Z'), MOSCOW)).toBe('2025-01-01');
    expect(localDate('2024-12-31T20:59:59Z', MOSCOW)).toBe('2024-12-31');
  });

  it('rejects an instant without an offset', () => {
    expect(() => localDate('2024-03-14T23:30:00', MOSCOW)).toThrow(CalendarInputError);
    expect(() => localDate('yesterday', MOSCOW)).toThrow(CalendarInputError);
  });

  it('rejects an unknown zone', () => {
    expect(() => localDate('2024-03-14T10:00:00Z', 'Europe/Atlantis')).toThrow(CalendarInputError);
  });
});

describe('local day bounds', () => {
  it('starts and ends the day in the zone', () => {
    expect(startOfLocalDay('2024-03-14', VLADIVOSTOK).toISOString()).toBe('2024-03-13T14:00:00.000Z');
    expect(endOfLocalDay('2024-03-14', MOSCOW).toISOString()).toBe('2024-03-14T20:59:59.999Z');
  });

  it('follows the Volgograd return to UTC+3 on 27.12.2020', () => {
    expect(startOfLocalDay('2020-10-24', 'Europe/Volgograd').toISOString()).toBe('2020-10-23T20:00:00.000Z');
    expect(startOfLocalDay('2020-12-27', 'Europe/Volgograd').toISOString()).toBe('2020-12-26T20:00:00.000Z');
    expect(endOfLocalDay('2020-12-27', 'Europe/Volgograd').toISOString()).toBe('2020-12-27T20:59:59.999Z');
    expect(startOfLocalDay('2021-01-15', 'Europe/Volgograd').toISOString()).toBe('2021-01-14T21:00:00.000Z');
  });
});

describe('dueAt in working days', () => {
  it('ends 0 working days at the end of the event day', () => {
    expect(dueAt('2024-03-14T10:00:00+03:00', workingDays(0), MOSCOW).toISOString()).toBe('2024-03-14T20:59:59.999Z');
  });

  it('ends 1 working day at the end of the next working day', () => {
    expect(dueAt('2024-03-14T10:00:00+03:00', workingDays(1), MOSCOW).toISOString()).toBe('2024-03-15T20:59:59.999Z');
    expect(dueAt('2024-03-15T10:00:00+03:00', workingDays(1), MOSCOW).toISOString()).toBe('2024-03-18T20:59:59.999Z');
  });

  it('counts from the local date of the zone', () => {
    const start = '2024-03-14T23:30:00+10:00';
    expect(dueAt(start, workingDays(1), VLADIVOSTOK).toISOString()).toBe('2024-03-15T13:59:59.999Z');
    const lateInMoscow = '2024-03-14T17:30:00+03:00';
    expect(dueAt(lateInMoscow, workingDays(0), MOSCOW).toISOString()).toBe('2024-03-14T20:59:59.999Z');
    expect(dueAt(lateInMoscow, workingDays(0), VLADIVOSTOK).toISOString()).toBe('2024-03-15T13:59:59.999Z');
  });

  it('counts over the New Year holidays', () => {
    expect(dueAt('2025-12-30T15:00:00+03:00', workingDays(2), MOSCOW).toISOString()).toBe('2026-01-13T20:59:59.999Z');
  });

  it('shifts an event on a day off when dayOffShift is set', () => {
    const saturday = '2024-06-08T12:00:00+03:00';
    expect(dueAt(saturday, workingDays(0, true), MOSCOW).toISOString()).toBe('2024-06-10T20:59:59.999Z');
    expect(dueAt(saturday, workingDays(1, true), MOSCOW).toISOString()).toBe('2024-06-11T20:59:59.999Z');
    expect(dueAt(saturday, workingDays(0), MOSCOW).toISOString()).toBe('2024-06-08T20:59:59.999Z');
    expect(dueAt(saturday, workingDays(1), MOSCOW).toISOString()).toBe('2024-06-10T20:59:59.999Z');
  });

  it('treats a working Saturday as a working day', () => {
    expect(dueAt('2024-04-26T18:00:00+03:00', workingDays(1), MOSCOW).toISOString()).toBe('2024-04-27T20:59:59.999Z');
  });

  it('raises a range error after the last year', () => {
    expect(() => dueAt('2026-12-30T10:00:00+03:00', workingDays(1), MOSCOW)).toThrow(CalendarRangeError);
    expect(() => dueAt('2019-12-30T10:00:00+03:00', workingDays(1), MOSCOW)).toThrow(CalendarRangeError);
  });

  it('rejects a fractional working-day amount', () => {
    expect(() => dueAt('2024-03-14T10:00:00+03:00', workingDays(0.5), MOSCOW)).toThrow(CalendarInputError);
  });
});

describe('dueAt in calendar days, hours and minutes', () => {
  it('ends calendar days at the end of the local day', () => {
    const deadline = { amount: 3, unit: 'calendarDays' as const };
    expect(dueAt('2024-06-07T10:00:00+03:00', deadline, MOSCOW).toISOString()).toBe('2024-06-10T20:59:59.999Z');
    expect(dueAt('2024-06-08T10:00:00+03:00', { ...deadline, dayOffShift: true }, MOSCOW).toISOString()).toBe('2024-06-13T20:59:59.999Z');
  });

  it('does not consult the calendar for calendar days outside its years', () => {
    expect(dueAt('2027-06-07T10:00:00+03:00', { amount: 1, unit: 'calendarDays' }, MOSCOW).toISOString()).toBe('2027-06-08T20:59:59.999Z');
  });

  it('counts hours and minutes as elapsed time', () => {
    expect(dueAt('2024-06-07T17:00:00+03:00', { amount: 2, unit: 'hours' }, MOSCOW).toISOString()).toBe('2024-06-07T16:00:00.000Z');
    expect(dueAt('2024-06-07T17:00:00+03:00', { amount: 15, unit: 'minutes' }, MOSCOW).toISOString()).toBe('2024-06-07T14:15:00.000Z');
    expect(dueAt('2024-06-07T17:00:00+03:00', { amount: 1.5, unit: 'minutes' }, MOSCOW).toISOString()).toBe('2024-06-07T14:01:30.000Z');
  });

  it('starts the clock at midnight of the next working day with dayOffShift', () => {
    const deadline = { amount: 2, unit: 'hours' as const, dayOffShift: true };
    expect(dueAt('2024-06-08T17:00:00+03:00', deadline, MOSCOW).toISOString()).toBe('2024-06-09T23:00:00.000Z');
    expect(dueAt('2024-06-07T17:00:00+03:00', deadline, MOSCOW).toISOString()).toBe('2024-06-07T16:00:00.000Z');
  });

  it('rejects a negative amount', () => {
    expect(() => dueAt('2024-06-07T17:00:00+03:00', { amount: -1, unit: 'hours' }, MOSCOW)).toThrow(CalendarInputError);
  });
});

describe('meetsDeadline', () => {
  const deadline = workingDays(1);

  it('accepts the last millisecond and rejects the next', () => {
    expect(meetsDeadline('2024-03-14T10:00:00+03:00', '2024-03-15T23:59:59.999+03:00', deadline, MOSCOW)).toBe(true);
    expect(meetsDeadline('2024-03-14T10:00:00+03:00', '2024-03-16T00:00:00+03:00', deadline, MOSCOW)).toBe(false);
  });

  it('judges by the zone of the centre', () => {
    const start = '2024-03-14T10:00:00+03:00';
    const end = '2024-03-16T00:30:00+03:00';
    expect(meetsDeadline(start, end, deadline, MOSCOW)).toBe(false);
    expect(meetsDeadline(start, end, deadline, regionTimeZone('39'))).toBe(true);
  });

  it('raises an input error when the end precedes the start', () => {
    expect(() => meetsDeadline('2024-03-14T10:00:00+03:00', '2024-03-14T09:00:00+03:00', deadline, MOSCOW)).toThrow(CalendarInputError);
  });
});

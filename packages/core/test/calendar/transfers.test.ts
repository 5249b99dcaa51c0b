import { describe, expect, it } from 'vitest';
import { RUSSIAN_CALENDAR_YEARS, createProductionCalendar, russianCalendar } from '../../src/calendar/index.js';

const kind = (date: string) => russianCalendar.dayKind(date);

describe('transferred days', () => {
  it('2024 works Saturday 27 April and rests 29–30 April', () => {
    expect(kind('2024-04-27')).toBe('working');
    expect(kind('2024-04-29')).toBe('weekend');
    expect(kind('2024-04-30')).toBe('weekend');
    expect(kind('2024-05-01')).toBe('holiday');
    expect(kind('2024-11-02')).toBe('shortened');
    expect(kind('2024-12-28')).toBe('working');
    expect(kind('2024-12-30')).toBe('weekend');
    expect(kind('2024-12-31')).toBe('weekend');
  });

  it('2025 works 1 November and rests 3 November and 31 December', () => {
    expect(kind('2025-11-01')).toBe('shortened');
    expect(russianCalendar.isWorkingDay('2025-11-01')).toBe(true);
    expect(kind('2025-11-03')).toBe('weekend');
    expect(kind('2025-11-04')).toBe('holiday');
    expect(kind('2025-12-31')).toBe('weekend');
    expect(kind('2025-05-08')).toBe('weekend');
    expect(kind('2025-06-13')).toBe('weekend');
  });

  it('art. 112 moves weekend holidays forward', () => {
    expect(kind('2020-02-24')).toBe('weekend');
    expect(kind('2021-05-03')).toBe('weekend');
    expect(kind('2023-11-06')).toBe('weekend');
    expect(kind('2026-03-09')).toBe('weekend');
    expect(kind('2026-05-11')).toBe('weekend');
    expect(kind('2026-05-12')).toBe('working');
  });

  it('New Year holidays are holidays every year', () => {
    for (const data of RUSSIAN_CALENDAR_YEARS) {
      for (const day of ['01', '02', '03', '04', '05', '06', '07', '08']) {
        expect(kind(`${data.year}-01-${day}`)).toBe('holiday');
      }
    }
  });

  it('2021 works Saturday 20 February', () => {
    expect(kind('2021-02-20')).toBe('shortened');
    expect(kind('2021-02-22')).toBe('weekend');
  });
});

describe('non-working days by presidential decree', () => {
  it('marks the 2020 and 2021 periods', () => {
    expect(kind('2020-03-30')).toBe('nonWorking');
    expect(kind('2020-04-30')).toBe('nonWorking');
    expect(kind('2020-05-08')).toBe('nonWorking');
    expect(kind('2020-06-24')).toBe('nonWorking');
    expect(kind('2020-07-01')).toBe('nonWorking');
    expect(kind('2021-05-04')).toBe('nonWorking');
    expect(kind('2021-11-01')).toBe('nonWorking');
    expect(kind('2021-11-05')).toBe('weekend');
  });

  it('keeps weekends and holidays inside a period', () => {
    expect(kind('2020-04-04')).toBe('weekend');
    expect(kind('2020-05-01')).toBe('holiday');
    expect(kind('2020-05-04')).toBe('weekend');
  });

  it('counts them as working days by default', () => {
    expect(russianCalendar.isWorkingDay('2020-04-15')).toBe(true);
    expect(russianCalendar.addWorkingDays('2020-04-29', 1)).toBe('2020-04-30');
  });

  it('counts them as days off under the dayOff policy', () => {
    const calendar = createProductionCalendar(RUSSIAN_CALENDAR_YEARS, { nonWorkingDays: 'dayOff' });
    expect(calendar.dayKind('2020-04-15')).toBe('nonWorking');
    expect(calendar.isWorkingDay('2020-04-15')).toBe(false);
    expect(calendar.nextWorkingDay('2020-03-30')).toBe('2020-05-12');
    expect(calendar.workingDaysBetween('2020-03-27', '2020-05-12')).toBe(1);
    expect(calendar.addWorkingDays('2021-10-29', 1)).toBe('2021-11-08');
  });
});

describe('calendar data checks', () => {
  it('rejects a gap between years', () => {
    const [first, , third] = RUSSIAN_CALENDAR_YEARS;
    expect(() => createProductionCalendar([first!, third!])).toThrow(/expected 2021, got 2022/);
  });

  it('rejects a transfer onto a weekend day', () => {
    const broken = { ...RUSSIAN_CALENDAR_YEARS[4]!, transfers: [{ from: '2024-01-06', to: '2024-01-13' }] };
    expect(() => createProductionCalendar([broken])).toThrow(/must move a weekend day to a weekday/);
  });

  it('names the decree of each year', () => {
    expect(russianCalendar.yearSource(2024)).toEqual({
      decree: 'Постановление Правительства Российской Федерации от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»',
      url: 'https://normativ.kontur.ru/document?documentId=454126&moduleId=1',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { RUSSIAN_CALENDAR_YEARS, deriveShortenedDays, russianCalendar } from '../../src/calendar/index.js';

/**
 * Officially published totals for a five-day week, with the page each was
 * read on. Hours are the norm of working time for a 40-hour week; a year
 * without a number had no published norm that could be opened.
 */
const PUBLISHED: Record<number, { workingDays: number; hours40?: number; source: string }> = {
  2020: { workingDays: 248, hours40: 1979, source: 'https://dzen.ru/a/XfhWPh_r1AC50Gqo (248 рабочих дней, 1979 часов)' },
  2021: { workingDays: 247, hours40: 1972, source: 'https://dzen.ru/a/X404y6cNRRXnMKUR (247); https://sweet-live.ru/proizvodstvennyy-kalendar-2021-pri-shestidnevke-s-prazdnikami (1 972 ч)' },
  2022: { workingDays: 247, source: 'https://korvesti.ru/novosti/obshchestvo/13098-v-etom-godu-zhiteli-rossii-budut-otdykhat-118-dnej (247, по КонсультантПлюс)' },
  2023: { workingDays: 247, hours40: 1973, source: 'https://grossoffer.ru/work-calendar/2023 (247); https://timkatoys.ru/strakhovanie/1083-proizvodstvennyy-kalendar-na-2023-god-v-rossii.html (1973)' },
  // NOTE: no page with the published 2024 total could be opened; 248 is the count of the decree's text applied to art. 112.
  2024: { workingDays: 248, source: 'Постановление № 1314 (https://normativ.kontur.ru/document?documentId=454126&moduleId=1)' },
  2025: { workingDays: 247, source: 'https://finbizinfo.ru/производственный-календарь-2025 (247 рабочих дней)' },
  2026: { workingDays: 247, hours40: 1972, source: 'https://glavaudit.org/situations/k518956 (365 / 247 / 118 / 1972)' },
};

function workingDaysOf(year: number): string[] {
  return [...russianCalendar.days()]
    .filter((day) => day.date.startsWith(`${year}-`) && russianCalendar.isWorkingDay(day.date))
    .map((day) => day.date);
}

describe('production calendar totals', () => {
  it('covers 2020 through 2026', () => {
    expect(russianCalendar.firstYear).toBe(2020);
    expect(russianCalendar.lastYear).toBe(2026);
    expect(Object.keys(PUBLISHED).map(Number)).toEqual(RUSSIAN_CALENDAR_YEARS.map((data) => data.year));
  });

  for (const data of RUSSIAN_CALENDAR_YEARS) {
    const published = PUBLISHED[data.year]!;

    it(`${data.year} has ${published.workingDays} working days`, () => {
      expect(workingDaysOf(data.year)).toHaveLength(published.workingDays);
    });

    if (published.hours40 !== undefined) {
      it(`${data.year} has a norm of ${published.hours40} hours`, () => {
        const shortenedWorking = data.shortened.filter((date) => russianCalendar.isWorkingDay(date));
        expect(shortenedWorking).toEqual(data.shortened);
        expect(workingDaysOf(data.year).length * 8 - data.shortened.length).toBe(published.hours40);
      });
    }

    it(`${data.year} shortened days follow art. 95`, () => {
      expect(data.shortened).toEqual(deriveShortenedDays(data));
    });

    it(`${data.year} cites its decree`, () => {
      const source = russianCalendar.yearSource(data.year);
      expect(source.decree).toMatch(/^Постановление Правительства Российской Федерации от \d{2}\.\d{2}\.\d{4} № \d+ «О переносе выходных дней в \d{4} году»$/);
      expect(source.decree).toContain(`в ${data.year} году`);
    });
  }

  it('year totals end on the last working day number', () => {
    const lastNumber = russianCalendar.workingDayNumber('2026-12-31');
    const sum = Object.values(PUBLISHED).reduce((total, year) => total + year.workingDays, 0);
    expect(lastNumber).toBe(sum);
  });
});

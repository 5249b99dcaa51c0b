import type { CalendarYearData } from '../types.js';

/** 2023. No working Saturdays; Saturday 4 November moved to Monday 6 November by art. 112 part 2. */
export const calendar2023: CalendarYearData = {
  year: 2023,
  decree: {
    title: 'Постановление Правительства Российской Федерации от 29.08.2022 № 1505 «О переносе выходных дней в 2023 году»',
    url: 'https://www.garant.ru/hotlaw/federal/1562946/',
  },
  transfers: [
    { from: '2023-01-01', to: '2023-02-24' },
    { from: '2023-01-08', to: '2023-05-08' },
  ],
  shortened: ['2023-02-22', '2023-03-07', '2023-11-03'],
  nonWorking: [],
};

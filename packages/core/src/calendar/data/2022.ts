import type { CalendarYearData } from '../types.js';

/** 2022. Saturday 5 March was a working day. */
export const calendar2022: CalendarYearData = {
  year: 2022,
  decree: { title: 'Постановление Правительства Российской Федерации от 16.09.2021 № 1564 «О переносе выходных дней в 2022 году»' },
  transfers: [
    { from: '2022-01-01', to: '2022-05-03' },
    { from: '2022-01-02', to: '2022-05-10' },
    { from: '2022-03-05', to: '2022-03-07' },
  ],
  shortened: ['2022-02-22', '2022-03-05', '2022-11-03'],
  nonWorking: [],
};

import type { CalendarYearData } from '../types.js';

const PRESIDENT = 'Указ Президента Российской Федерации';

/** 2021. Saturday 20 February was a working day; 4–7 May and 30 October – 7 November were declared non-working. */
export const calendar2021: CalendarYearData = {
  year: 2021,
  decree: { title: 'Постановление Правительства Российской Федерации от 10.10.2020 № 1648 «О переносе выходных дней в 2021 году»' },
  transfers: [
    { from: '2021-01-02', to: '2021-11-05' },
    { from: '2021-01-03', to: '2021-12-31' },
    { from: '2021-02-20', to: '2021-02-22' },
  ],
  shortened: ['2021-02-20', '2021-04-30', '2021-06-11', '2021-11-03'],
  nonWorking: [
    {
      from: '2021-05-04',
      to: '2021-05-07',
      act: { title: `${PRESIDENT} от 23.04.2021 № 242 «Об установлении на территории Российской Федерации нерабочих дней в мае 2021 г.»` },
    },
    // NOTE: the decree's number was not seen in a source that could be opened; its date and title were.
    {
      from: '2021-10-30',
      to: '2021-11-07',
      act: { title: `${PRESIDENT} от 20.10.2021 «Об установлении на территории Российской Федерации нерабочих дней в октябре — ноябре 2021 г.»` },
    },
  ],
};

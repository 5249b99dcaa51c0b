import type { CalendarYearData } from '../types.js';

/** 2024. Saturdays 27 April, 2 November and 28 December were working days. */
export const calendar2024: CalendarYearData = {
  year: 2024,
  decree: {
    title: 'Постановление Правительства Российской Федерации от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»',
    url: 'https://normativ.kontur.ru/document?documentId=454126&moduleId=1',
  },
  transfers: [
    { from: '2024-01-06', to: '2024-05-10' },
    { from: '2024-01-07', to: '2024-12-31' },
    { from: '2024-04-27', to: '2024-04-29' },
    { from: '2024-11-02', to: '2024-04-30' },
    { from: '2024-12-28', to: '2024-12-30' },
  ],
  shortened: ['2024-02-22', '2024-03-07', '2024-05-08', '2024-06-11', '2024-11-02'],
  nonWorking: [],
};

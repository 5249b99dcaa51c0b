import type { CalendarYearData } from '../types.js';

const PRESIDENT = 'Указ Президента Российской Федерации';

/**
 * 2020. Presidential decrees declared five periods of non-working days with
 * pay: during the COVID-19 epidemic, for the parade and for the vote.
 * Employment services kept working on those days, remotely.
 */
export const calendar2020: CalendarYearData = {
  year: 2020,
  decree: { title: 'Постановление Правительства Российской Федерации от 10.07.2019 № 875 «О переносе выходных дней в 2020 году»' },
  transfers: [
    { from: '2020-01-04', to: '2020-05-04' },
    { from: '2020-01-05', to: '2020-05-05' },
  ],
  shortened: ['2020-04-30', '2020-05-08', '2020-06-11', '2020-11-03', '2020-12-31'],
  nonWorking: [
    {
      from: '2020-03-30',
      to: '2020-04-03',
      act: { title: `${PRESIDENT} от 25.03.2020 № 206 «Об объявлении в Российской Федерации нерабочих дней»` },
    },
    {
      from: '2020-04-04',
      to: '2020-04-30',
      act: {
        title:
          `${PRESIDENT} от 02.04.2020 № 239 «О мерах по обеспечению санитарно-эпидемиологического благополучия ` +
          'населения на территории Российской Федерации в связи с распространением новой коронавирусной инфекции (COVID-19)»',
      },
    },
    // NOTE: the numbers of the three decrees below were not seen in a source that could be opened; their dates were.
    { from: '2020-05-06', to: '2020-05-08', act: { title: `${PRESIDENT} от 28.04.2020 о нерабочих днях с 6 по 8 мая 2020 г.` } },
    { from: '2020-06-24', to: '2020-06-24', act: { title: `${PRESIDENT} от 29.05.2020 о военных парадах 24 июня 2020 г.` } },
    { from: '2020-07-01', to: '2020-07-01', act: { title: `${PRESIDENT} от 01.06.2020 о дате общероссийского голосования 1 июля 2020 г.` } },
  ],
};

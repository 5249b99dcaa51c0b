import type { CalendarYearData } from '../types.js';

/**
 * 2025. Saturday 1 November was a working day. The decree itself moved the
 * weekend holidays 23 February and 8 March, so art. 112 part 2 moved none.
 */
export const calendar2025: CalendarYearData = {
  year: 2025,
  decree: { title: 'Постановление Правительства Российской Федерации от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»' },
  transfers: [
    { from: '2025-01-04', to: '2025-05-02' },
    { from: '2025-01-05', to: '2025-12-31' },
    { from: '2025-02-23', to: '2025-05-08' },
    { from: '2025-03-08', to: '2025-06-13' },
    { from: '2025-11-01', to: '2025-11-03' },
  ],
  shortened: ['2025-03-07', '2025-04-30', '2025-06-11', '2025-11-01'],
  nonWorking: [],
};

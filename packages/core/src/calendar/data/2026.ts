import type { CalendarYearData } from '../types.js';

/** 2026. No working Saturdays. 8 March and 9 May fall on weekends, so art. 112 part 2 moves them to 9 March and 11 May. */
export const calendar2026: CalendarYearData = {
  year: 2026,
  decree: { title: 'Постановление Правительства Российской Федерации от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»' },
  transfers: [
    { from: '2026-01-03', to: '2026-01-09' },
    { from: '2026-01-04', to: '2026-12-31' },
  ],
  shortened: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
  nonWorking: [],
};

import type { CalendarYearData } from '../types.js';
import { calendar2020 } from './2020.js';
import { calendar2021 } from './2021.js';
import { calendar2022 } from './2022.js';
import { calendar2023 } from './2023.js';
import { calendar2024 } from './2024.js';
import { calendar2025 } from './2025.js';
import { calendar2026 } from './2026.js';

/** Every year the production calendar has data for, in order and without gaps. */
export const RUSSIAN_CALENDAR_YEARS: readonly CalendarYearData[] = [
  calendar2020,
  calendar2021,
  calendar2022,
  calendar2023,
  calendar2024,
  calendar2025,
  calendar2026,
];

import type { PeriodRange, PeriodStep } from '../periods.js';
import type { NameKind } from '../store/names.js';
import type { Dialect } from './dialect.js';

/** What the compiler needs besides the definition: the dialect, how names are stored, the report period. */
export interface CompileContext {
  dialect: Dialect;
  /** SQL literal under which a name is stored (an integer code in SQLite, the text itself elsewhere). */
  nameSql(kind: NameKind, name: string): string;
  step: PeriodStep;
  range: PeriodRange;
}

/** Base units of durations in SQL: whole days for day units, whole seconds for minutes and hours. */
export const SECONDS_PER_UNIT = { minutes: 60, hours: 3600 } as const;

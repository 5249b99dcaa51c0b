// The light `@tsmp/indicators/messages` entry: the CLI reads catalogues and option values at
// start without loading SQLite and the event readers.
import type { Catalogs } from '@tsmp/core';
import { indicatorsMessages } from './messages.js';

/** Message catalogues of @tsmp/indicators; the CLI registers them. */
export const INDICATORS_CATALOGS: readonly Catalogs[] = [indicatorsMessages];
export { LEVELS, type Level } from './sql/aggregate.js';
export { parsePeriodRange, type PeriodStep } from './periods.js';

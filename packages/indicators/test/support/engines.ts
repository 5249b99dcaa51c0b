import { regionTimeZone, russianCalendar } from '@tsmp/core';
import type { ControlPointEvent } from '../../src/events/model.js';
import { referencedPoints, type IndicatorDefinition } from '../../src/definitions.js';
import { evaluateInMemory } from '../../src/oracle/evaluate.js';
import type { PeriodRange, PeriodStep } from '../../src/periods.js';
import { sortValues, type IndicatorValue } from '../../src/results.js';
import { LEVELS } from '../../src/sql/aggregate.js';
import { EventStore } from '../../src/store/event-store.js';
import { evaluateOnStore } from '../../src/store/sqlite-engine.js';
import { isoToDay } from '../../src/time/zone.js';

export interface EngineRun {
  step: PeriodStep;
  range: PeriodRange;
  editions: Array<{ standard: string; edition: number; fromDate: string }>;
}

/** Loads the events into a real SQLite store and computes every level with SQL. */
export async function runSql(events: readonly ControlPointEvent[], definitions: readonly IndicatorDefinition[], run: EngineRun): Promise<IndicatorValue[]> {
  const store = new EventStore({ calendar: russianCalendar, zoneOf: regionTimeZone });
  try {
    for (let index = 0; index < events.length; index += 50) store.add(events.slice(index, index + 50));
    const editions = run.editions.map((edition) => ({ standard: edition.standard, edition: edition.edition, fromDay: isoToDay(edition.fromDate) }));
    store.finish(editions, referencedPoints(definitions));
    return sortValues(await evaluateOnStore(store, definitions, { step: run.step, range: run.range, levels: LEVELS }));
  } finally {
    store.close();
  }
}

/** Computes every level with the in-memory oracle. */
export function runOracle(events: readonly ControlPointEvent[], definitions: readonly IndicatorDefinition[], run: EngineRun): IndicatorValue[] {
  return sortValues(
    evaluateInMemory(events, definitions, {
      calendar: russianCalendar,
      zoneOf: regionTimeZone,
      editions: run.editions,
      step: run.step,
      range: run.range,
      levels: LEVELS,
    }),
  );
}

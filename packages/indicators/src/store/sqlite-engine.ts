import type { IndicatorDefinition } from '../definitions.js';
import type { PeriodRange, PeriodStep } from '../periods.js';
import type { IndicatorValue } from '../results.js';
import type { Level } from '../sql/aggregate.js';
import { sqliteDialect } from '../sql/dialect.js';
import { evaluateWithSql } from '../sql/engine.js';
import type { EventStore } from './event-store.js';
import type { NameKind } from './names.js';

/** Computes indicators on a finished event store with better-sqlite3. */
export async function evaluateOnStore(
  store: EventStore,
  definitions: readonly IndicatorDefinition[],
  options: { step: PeriodStep; range: PeriodRange; levels: readonly Level[] },
): Promise<IndicatorValue[]> {
  const reverse = new Map<NameKind, string[]>();
  for (const kind of Object.keys(store.names) as NameKind[]) {
    const names: string[] = [];
    for (const [name, code] of store.names[kind].entries()) names[code] = name;
    reverse.set(kind, names);
  }
  return evaluateWithSql(definitions, {
    ...options,
    dialect: sqliteDialect,
    runner: { all: async (sql) => store.db.prepare(sql).all() as Array<Record<string, unknown>> },
    // A name that no event carries gets code -1, which matches no row.
    nameSql: (kind, name) => String(store.names[kind].find(name) ?? -1),
    decodeName: (kind, stored) => (stored === null || stored === undefined ? null : (reverse.get(kind)?.[Number(stored)] ?? null)),
  });
}

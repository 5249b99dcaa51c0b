import { DuckDBInstance } from '@duckdb/node-api';
import { regionTimeZone, russianCalendar } from '@tsmp/core';
import type { IndicatorDefinition } from '../../src/definitions.js';
import { referencedPoints } from '../../src/definitions.js';
import type { ControlPointEvent } from '../../src/events/model.js';
import { sortValues, type IndicatorValue } from '../../src/results.js';
import { LEVELS } from '../../src/sql/aggregate.js';
import { duckdbDialect } from '../../src/sql/dialect.js';
import { evaluateWithSql } from '../../src/sql/engine.js';
import { calendarRows } from '../../src/store/calendar-table.js';
import { DAY_MS, isoToDay, monthKeyOfDay, zoneOffsetMinutes } from '../../src/time/zone.js';
import type { EngineRun } from './engines.js';

const text = (value: string | undefined) => (value === undefined ? 'NULL' : duckdbDialect.quote(value));

/** Loads the events into an in-memory DuckDB database and computes every level through the DuckDB dialect. */
export async function runDuckDb(events: readonly ControlPointEvent[], definitions: readonly IndicatorDefinition[], run: EngineRun): Promise<IndicatorValue[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE events (case_id VARCHAR, cp VARCHAR, ts BIGINT, day INTEGER, off INTEGER, ym INTEGER,
      standard VARCHAR, service VARCHAR, centre VARCHAR, region VARCHAR, edition INTEGER)`);
    await connection.run('CREATE TABLE event_attributes (case_id VARCHAR, cp VARCHAR, ts BIGINT, ym INTEGER, name VARCHAR, num DOUBLE, text VARCHAR)');
    const rows: string[] = [];
    const attributes: string[] = [];
    for (const event of events) {
      const offset = zoneOffsetMinutes(regionTimeZone(event.region), event.instant);
      const day = Math.floor((event.instant + offset * 60_000) / DAY_MS);
      const ym = monthKeyOfDay(day);
      rows.push(
        `(${text(event.caseId)}, ${text(event.controlPoint)}, ${event.instant}, ${day}, ${offset}, ${ym}, ${text(event.standard)}, ${text(event.service)}, ${text(event.centre)}, ${text(event.region)}, ${event.edition ?? 'NULL'})`,
      );
      for (const [name, value] of Object.entries(event.attributes)) {
        let num: number | string = 'NULL';
        if (typeof value === 'number') num = value;
        else if (typeof value === 'boolean') num = Number(value);
        attributes.push(`(${text(event.caseId)}, ${text(event.controlPoint)}, ${event.instant}, ${ym}, ${text(name)}, ${num}, ${text(String(value))})`);
      }
    }
    if (rows.length > 0) await connection.run(`INSERT INTO events VALUES ${rows.join(', ')}`);
    if (attributes.length > 0) await connection.run(`INSERT INTO event_attributes VALUES ${attributes.join(', ')}`);
    await connection.run('CREATE TABLE calendar (day INTEGER, working INTEGER, wdn INTEGER, next_working INTEGER)');
    const days = calendarRows(russianCalendar).map((row) => `(${row.day}, ${row.working ? 1 : 0}, ${row.workingDayNumber}, ${row.nextWorkingDay})`);
    await connection.run(`INSERT INTO calendar VALUES ${days.join(', ')}`);
    await connection.run('CREATE TABLE editions (standard VARCHAR, edition INTEGER, from_day INTEGER)');
    for (const edition of run.editions) {
      await connection.run(`INSERT INTO editions VALUES (${text(edition.standard)}, ${edition.edition}, ${isoToDay(edition.fromDate)})`);
    }
    const points = `(${referencedPoints(definitions).map(text).join(', ') || 'NULL'})`;
    for (const statement of duckdbDialect.deriveStatements(points)) await connection.run(statement);
    const values = await evaluateWithSql(definitions, {
      dialect: duckdbDialect,
      runner: { all: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Array<Record<string, unknown>> },
      nameSql: (_kind, name) => text(name),
      decodeName: (_kind, stored) => (stored === null || stored === undefined ? null : String(stored)),
      step: run.step,
      range: run.range,
      levels: LEVELS,
    });
    return sortValues(values);
  } finally {
    connection.closeSync();
  }
}

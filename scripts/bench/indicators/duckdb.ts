import { DuckDBInstance } from '@duckdb/node-api';
import { russianCalendar } from '@tsmp/core';
import {
  attributeColumns,
  calendarRows,
  collectDefinitions,
  duckdbDialect,
  evaluateWithSql,
  referencedPoints,
  type GenerationPlan,
  type IndicatorValue,
} from '@tsmp/indicators';


const TRUE_WORDS = "('true', '1', 'yes', 'да', 'истина', 'y', 'д')";
const FALSE_WORDS = "('false', '0', 'no', 'нет', 'ложь', 'n', 'н')";

/**
 * Computes the same indicators with DuckDB from the same generated CSV,
 * through the same SQL compiler with the DuckDB dialect. The generated file
 * writes each event in its region's local time with the offset, so the local
 * day is the date part of the text. A log in any other form would need the
 * ICU time zone functions instead.
 */
export async function evaluateWithDuckDb(
  file: string,
  repository: Parameters<typeof collectDefinitions>[0],
  plan: GenerationPlan,
  range: { fromMonth: number; toMonth: number },
): Promise<IndicatorValue[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const run = (sql: string) => connection.run(sql);
  const { definitions, editions } = collectDefinitions(repository);

  await run(`CREATE TABLE raw AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', delim = ';', header = true, all_varchar = true)`);
  await run(`CREATE TABLE ev AS SELECT *,
      epoch_ms(strptime(substr(timestamp, 1, 19), '%Y-%m-%dT%H:%M:%S')) AS wall,
      (CASE WHEN substr(timestamp, 20, 1) = '-' THEN -1 ELSE 1 END)
        * (CAST(substr(timestamp, 21, 2) AS INTEGER) * 60 + CAST(substr(timestamp, 24, 2) AS INTEGER)) AS off
    FROM raw`);
  await run(`CREATE TABLE events AS SELECT case_id, control_point AS cp, wall - off * 60000 AS ts, wall // 86400000 AS day, off,
      CAST(substr(timestamp, 1, 4) AS INTEGER) * 100 + CAST(substr(timestamp, 6, 2) AS INTEGER) AS ym,
      standard, NULLIF(service, '') AS service, centre, region, CAST(NULL AS INTEGER) AS edition FROM ev`);
  const attributes = attributeColumns(plan).map(
    (name) => `SELECT case_id, control_point AS cp, wall - off * 60000 AS ts,
        CAST(substr(timestamp, 1, 4) AS INTEGER) * 100 + CAST(substr(timestamp, 6, 2) AS INTEGER) AS ym, '${name}' AS name,
        CASE WHEN lower("${name}") IN ${TRUE_WORDS} THEN 1.0 WHEN lower("${name}") IN ${FALSE_WORDS} THEN 0.0
             ELSE TRY_CAST(replace("${name}", ',', '.') AS DOUBLE) END AS num, "${name}" AS text
      FROM ev WHERE "${name}" IS NOT NULL AND "${name}" <> ''`,
  );
  await run(`CREATE TABLE event_attributes AS ${attributes.join(' UNION ALL ')}`);
  await run('CREATE TABLE calendar (day INTEGER, working INTEGER, wdn INTEGER, next_working INTEGER)');
  const days = calendarRows(russianCalendar).map((row) => `(${row.day}, ${row.working ? 1 : 0}, ${row.workingDayNumber}, ${row.nextWorkingDay})`);
  await run(`INSERT INTO calendar VALUES ${days.join(', ')}`);
  await run('CREATE TABLE editions (standard VARCHAR, edition INTEGER, from_day INTEGER)');
  for (const edition of editions) await run(`INSERT INTO editions VALUES ('${edition.standard}', ${edition.edition}, ${edition.fromDay})`);
  const points = `(${referencedPoints(definitions).map((point) => duckdbDialect.quote(point)).join(', ')})`;
  for (const statement of duckdbDialect.deriveStatements(points)) await run(statement);

  const values = await evaluateWithSql(definitions, {
    dialect: duckdbDialect,
    runner: {
      all: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Array<Record<string, unknown>>,
    },
    nameSql: (_kind, name) => duckdbDialect.quote(name),
    decodeName: (_kind, stored) => (stored === null || stored === undefined ? null : String(stored)),
    step: 'month',
    range,
    levels: ['centre', 'region', 'country'],
  });
  connection.closeSync();
  return values;
}

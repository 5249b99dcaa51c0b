/**
 * The SQL that differs between engines. Indicator definitions compile to
 * SQL through this boundary only, so the same compiler serves the embedded
 * SQLite store and a columnar engine such as DuckDB.
 */
export interface Dialect {
  readonly name: string;
  /** Integer division of two integer expressions. */
  intDiv(dividend: string, divisor: string): string;
  /**
   * Statements that derive `points` (first event of each control point of a
   * case) and `cases` from `events`. `points` keeps only the control points
   * whose stored names are listed in `pointsSql` (an SQL list such as
   * `(1, 4)`), or all of them when it is undefined.
   */
  deriveStatements(pointsSql?: string): string[];
  /** A string literal. */
  quote(value: string): string;
}

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function pointsWhere(pointsSql: string | undefined): string {
  return pointsSql === undefined ? '' : `WHERE cp IN ${pointsSql}`;
}

const POINT_COLUMNS = ['day', 'off', 'ym', 'standard', 'service', 'centre', 'region', 'edition'];

const RESOLVE_EDITION = `UPDATE cases SET edition = COALESCE(given_edition, (
  SELECT e.edition FROM editions e
  WHERE e.standard = cases.standard AND e.from_day <= cases.start_day
  ORDER BY e.from_day DESC LIMIT 1))`;

/**
 * SQLite: in a query with a single `MIN()` aggregate, bare columns take their
 * values from the row that has the minimum (documented behaviour of SQLite
 * 3.7.11 and later), which picks the attributes of a case's first event.
 */
export const sqliteDialect: Dialect = {
  name: 'sqlite',
  intDiv: (dividend, divisor) => `(${dividend}) / (${divisor})`,
  quote,
  // Both tables are WITHOUT ROWID with the grouping order as the primary key,
  // so the grouped rows are appended in key order and no index is built apart.
  deriveStatements: (pointsSql) => [
    'DROP TABLE IF EXISTS points',
    'DROP TABLE IF EXISTS cases',
    `CREATE TABLE points (case_id TEXT NOT NULL, cp INTEGER NOT NULL, ts INTEGER NOT NULL, ${POINT_COLUMNS.join(', ')},
       PRIMARY KEY (cp, case_id)) WITHOUT ROWID`,
    `INSERT INTO points SELECT case_id, cp, MIN(ts), ${POINT_COLUMNS.join(', ')} FROM events ${pointsWhere(pointsSql)}
       GROUP BY cp, case_id ORDER BY cp, case_id`,
    `CREATE TABLE cases (case_id TEXT NOT NULL PRIMARY KEY, start_ts INTEGER, start_day INTEGER, start_ym INTEGER, standard INTEGER,
       service INTEGER, centre INTEGER, region INTEGER, given_edition INTEGER, edition INTEGER) WITHOUT ROWID`,
    `INSERT INTO cases SELECT case_id, MIN(ts), day, ym, standard, service, centre, region, edition, NULL
       FROM events GROUP BY case_id ORDER BY case_id`,
    RESOLVE_EDITION,
    'CREATE INDEX attributes_cp ON event_attributes(cp, name)',
    'CREATE INDEX attributes_case ON event_attributes(case_id, name)',
  ],
};

/** DuckDB: `arg_min` picks the attributes of the first event; `//` is integer division. */
export const duckdbDialect: Dialect = {
  name: 'duckdb',
  intDiv: (dividend, divisor) => `((${dividend}) // (${divisor}))`,
  quote,
  deriveStatements: (pointsSql) => [
    'DROP TABLE IF EXISTS points',
    'DROP TABLE IF EXISTS cases',
    `CREATE TABLE points AS SELECT case_id, cp, MIN(ts) AS ts, ${POINT_COLUMNS.map((column) => `arg_min(${column}, ts) AS ${column}`).join(', ')}
       FROM events ${pointsWhere(pointsSql)} GROUP BY case_id, cp`,
    `CREATE TABLE cases AS SELECT case_id, MIN(ts) AS start_ts, arg_min(day, ts) AS start_day, arg_min(ym, ts) AS start_ym,
       arg_min(standard, ts) AS standard, arg_min(service, ts) AS service, arg_min(centre, ts) AS centre, arg_min(region, ts) AS region,
       arg_min(edition, ts) AS given_edition, CAST(NULL AS INTEGER) AS edition FROM events GROUP BY case_id`,
    RESOLVE_EDITION,
  ],
};

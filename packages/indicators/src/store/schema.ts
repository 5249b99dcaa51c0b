/**
 * Tables of the event store. Names of standards, control points, centres,
 * regions and services are stored as integer codes listed in `names`;
 * `day` is the local calendar day of the event in its region's time zone
 * (days since 1970-01-01), `off` the zone's UTC offset in minutes at the
 * event and `ym` the month of `day` as `YYYYMM`.
 */
export const STORE_SCHEMA = [
  `CREATE TABLE names (kind TEXT NOT NULL, code INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (kind, code))`,
  `CREATE TABLE events (
     case_id TEXT NOT NULL, cp INTEGER NOT NULL, ts INTEGER NOT NULL, day INTEGER NOT NULL, off INTEGER NOT NULL, ym INTEGER NOT NULL,
     standard INTEGER NOT NULL, service INTEGER, centre INTEGER NOT NULL, region INTEGER NOT NULL, edition INTEGER)`,
  `CREATE TABLE event_attributes (
     case_id TEXT NOT NULL, cp INTEGER NOT NULL, ts INTEGER NOT NULL, ym INTEGER NOT NULL, name TEXT NOT NULL, num REAL, text TEXT)`,
  `CREATE TABLE calendar (day INTEGER PRIMARY KEY, working INTEGER NOT NULL, wdn INTEGER NOT NULL, next_working INTEGER NOT NULL)`,
  `CREATE TABLE editions (standard INTEGER NOT NULL, edition INTEGER NOT NULL, from_day INTEGER NOT NULL)`,
];

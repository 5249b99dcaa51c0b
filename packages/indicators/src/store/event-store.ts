import Database from 'better-sqlite3';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ControlPointEvent } from '../events/model.js';
import { sqliteDialect } from '../sql/dialect.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { DAY_MS, monthKeyOfDay, zoneOffsetMinutes } from '../time/zone.js';
import { calendarRows } from './calendar-table.js';
import { NAME_KINDS, NameCodes, type NameKind } from './names.js';
import { STORE_SCHEMA } from './schema.js';

const EVENT_COLUMNS = 11;
const EVENT_ROW = `(${Array(EVENT_COLUMNS).fill('?').join(', ')})`;
/** Rows per multi-row INSERT, so that one statement call stores 64 events. */
const ROWS_PER_INSERT = 64;

/** An edition of a standard and the day it takes effect (days since 1970-01-01). */
export interface EditionStart {
  standard: string;
  edition: number;
  fromDay: number;
}

export interface StoreOptions {
  /**
   * SQLite file to keep. It is built under a temporary name beside it and
   * replaces `file` only when `close(true)` is called, so a failed run leaves
   * no half-written store. By default the store is a temporary file, removed by `close()`.
   */
  file?: string;
  calendar: WorkingCalendar;
  /** IANA zone of a region code. The store does not check the code: the mapping rejects rows of unknown regions. */
  zoneOf: (regionCode: string) => string;
}

/**
 * The embedded SQLite store of control-point events. Events go in by
 * batches (`add`), then `finish()` derives each case's first event per
 * control point and the edition that governs it. The database lives in a
 * file, so memory use does not grow with the number of events.
 */
export class EventStore {
  readonly db: Database.Database;
  readonly names: Record<NameKind, NameCodes>;
  private readonly temporaryFolder?: string;
  private readonly target?: string;
  private readonly path: string;
  private readonly zoneOf: (regionCode: string) => string;
  private readonly insertEvent: Database.Statement;
  private readonly insertEvents: Database.Statement;
  private readonly insertAttribute: Database.Statement;
  private readonly eventRows: unknown[] = new Array(ROWS_PER_INSERT * EVENT_COLUMNS);
  private eventCount = 0;
  private readonly monthOfDay = new Map<number, number>();
  private readonly addBatch: (events: readonly ControlPointEvent[]) => void;
  /** Events whose local day falls outside the production calendar. */
  outsideCalendar = 0;
  private readonly firstDay: number;
  private readonly lastDay: number;

  constructor(options: StoreOptions) {
    let file: string;
    if (options.file) {
      this.target = options.file;
      file = `${options.file}.${process.pid}.tmp`;
      rmSync(file, { force: true });
    } else {
      this.temporaryFolder = mkdtempSync(join(tmpdir(), 'tsmp-indicators-'));
      file = join(this.temporaryFolder, 'events.sqlite');
    }
    this.path = file;
    this.db = new Database(file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('locking_mode = EXCLUSIVE');
    // Lets SQLite sort with a helper thread when deriving points and cases.
    this.db.pragma('threads = 2');
    for (const statement of STORE_SCHEMA) this.db.exec(statement);
    this.names = Object.fromEntries(NAME_KINDS.map((kind) => [kind, new NameCodes()])) as Record<NameKind, NameCodes>;
    this.zoneOf = options.zoneOf;

    const rows = calendarRows(options.calendar);
    this.firstDay = rows[0]?.day ?? 0;
    this.lastDay = rows[rows.length - 1]?.day ?? -1;
    const insertDay = this.db.prepare('INSERT INTO calendar VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const row of rows) insertDay.run(row.day, row.working ? 1 : 0, row.workingDayNumber, row.nextWorkingDay);
    })();

    this.insertEvent = this.db.prepare(`INSERT INTO events VALUES ${EVENT_ROW}`);
    this.insertEvents = this.db.prepare(`INSERT INTO events VALUES ${Array(ROWS_PER_INSERT).fill(EVENT_ROW).join(', ')}`);
    this.insertAttribute = this.db.prepare('INSERT INTO event_attributes VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.addBatch = this.db.transaction((events: readonly ControlPointEvent[]) => {
      for (const event of events) this.insertOne(event);
      this.flushEvents();
    });
  }

  private monthOf(day: number): number {
    let month = this.monthOfDay.get(day);
    if (month === undefined) {
      month = monthKeyOfDay(day);
      this.monthOfDay.set(day, month);
    }
    return month;
  }

  private insertOne(event: ControlPointEvent): void {
    const zone = this.zoneOf(event.region);
    const offset = zoneOffsetMinutes(zone, event.instant);
    const day = Math.floor((event.instant + offset * 60_000) / DAY_MS);
    if (day < this.firstDay || day > this.lastDay) this.outsideCalendar += 1;
    const ym = this.monthOf(day);

    const cp = this.names.cp.code(event.controlPoint);
    const rows = this.eventRows;
    let at = this.eventCount * EVENT_COLUMNS;
    rows[at++] = event.caseId;
    rows[at++] = cp;
    rows[at++] = event.instant;
    rows[at++] = day;
    rows[at++] = offset;
    rows[at++] = ym;
    rows[at++] = this.names.standard.code(event.standard);
    rows[at++] = event.service === undefined ? null : this.names.service.code(event.service);
    rows[at++] = this.names.centre.code(event.centre);
    rows[at++] = this.names.region.code(event.region);
    rows[at] = event.edition ?? null;
    this.eventCount += 1;
    if (this.eventCount === ROWS_PER_INSERT) {
      this.insertEvents.run(rows);
      this.eventCount = 0;
    }

    for (const name in event.attributes) {
      const value = event.attributes[name];
      if (value === undefined) continue;
      let num: number | null = null;
      if (typeof value === 'number') num = value;
      else if (typeof value === 'boolean') num = value ? 1 : 0;
      this.insertAttribute.run(event.caseId, cp, event.instant, ym, name, num, String(value));
    }
  }

  /** Inserts the rows still buffered (fewer than a full multi-row statement) one by one. */
  private flushEvents(): void {
    for (let row = 0; row < this.eventCount; row += 1) {
      this.insertEvent.run(this.eventRows.slice(row * EVENT_COLUMNS, (row + 1) * EVENT_COLUMNS));
    }
    this.eventCount = 0;
  }

  /** Adds a batch of events in one transaction. */
  add(events: readonly ControlPointEvent[]): void {
    this.addBatch(events);
  }

  /**
   * Writes the name codes and editions, then derives `points` and `cases`.
   * With `points`, only those control points are kept in `points`; indicators
   * read no others, and the derive step sorts fewer rows.
   */
  finish(editions: readonly EditionStart[], points?: readonly string[]): void {
    const insertEdition = this.db.prepare('INSERT INTO editions VALUES (?, ?, ?)');
    const insertName = this.db.prepare('INSERT INTO names VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const edition of editions) insertEdition.run(this.names.standard.code(edition.standard), edition.edition, edition.fromDay);
      for (const kind of NAME_KINDS) {
        for (const [name, code] of this.names[kind].entries()) insertName.run(kind, code, name);
      }
    })();
    const codes = points?.map((point) => this.names.cp.find(point)).filter((code): code is number => code !== undefined);
    const pointsSql = codes === undefined ? undefined : `(${codes.length > 0 ? codes.join(', ') : 'NULL'})`;
    for (const statement of sqliteDialect.deriveStatements(pointsSql)) this.db.exec(statement);
  }

  /** Closes the database. A temporary store is removed; a named one replaces its file with `keep`, else it is removed. */
  close(keep = false): void {
    this.db.close();
    if (this.temporaryFolder) rmSync(this.temporaryFolder, { recursive: true, force: true });
    if (!this.target) return;
    if (keep) renameSync(this.path, this.target);
    else rmSync(this.path, { force: true });
  }
}

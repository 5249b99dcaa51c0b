import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '@tsmp/core';
import { parseMapping } from '../src/events/mapping.js';
import { computeIndicatorReport } from '../src/report.js';

const folder = mkdtempSync(join(tmpdir(), 'tsmp-store-'));
const mapping = parseMapping(
  { fields: { caseId: 'case_id', standard: 'standard', centre: 'centre', region: 'region', controlPoint: 'control_point', timestamp: 'timestamp' } },
  'm',
);

async function run(events: string, store: string) {
  const repository = await loadRepository(resolve(__dirname, '../../../examples/public-works'));
  return computeIndicatorReport({ repository, eventsFile: events, mapping, range: { fromMonth: 202501, toMonth: 202512 }, step: 'month', levels: ['country'], storeFile: store });
}

describe('named event store', () => {
  it('is kept after a run and replaced by the next one', async () => {
    const events = join(folder, 'events.csv');
    const store = join(folder, 'events.sqlite');
    writeFileSync(events, 'case_id;standard;centre;region;control_point;timestamp\n1;public-works;c;77;cp-request-accepted;2025-02-03T10:00:00+03:00\n');
    await run(events, store);
    await run(events, store);
    const db = new Database(store, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT case_id, start_day FROM cases').all()).toEqual([{ case_id: '1', start_day: 20122 }]);
    db.close();
  });

  it('is not left behind when the run fails', async () => {
    const events = join(folder, 'broken.csv');
    const store = join(folder, 'broken.sqlite');
    writeFileSync(events, 'case_id;standard;centre;region;control_point;timestamp\n1;public-works;c;77;"open\n');
    await expect(run(events, store)).rejects.toMatchObject({ messageId: 'indicators.csv.unterminatedQuote' });
    expect(existsSync(store)).toBe(false);
    expect(readdirSync(folder).filter((name) => name.startsWith('broken.sqlite'))).toEqual([]);
  });
});

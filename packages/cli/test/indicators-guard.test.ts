import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tsmp } from './helpers.js';

const RECEIPT = join(ROOT, '..', 'shared', 'corpora', 'eventlogs', 'receipt.csv');
const common = ['indicators', '--repo', 'examples/public-works', '--mapping', 'examples/mappings/receipt.mapping.yaml', '--period', '2010-10..2011-12', '--ignore-effective-dates'];

describe('tsmp indicators guards its files', () => {
  it('refuses to write the store over the event log', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsmp-store-'));
    const events = join(folder, 'receipt.csv');
    copyFileSync(RECEIPT, events);
    const before = readFileSync(events);
    const result = tsmp([...common, '--events', events, '--store', events]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('уничтожила бы его');
    expect(readFileSync(events).equals(before)).toBe(true);
  });

  it('refuses to overwrite a file that is not a store', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsmp-store-'));
    const notes = join(folder, 'notes.txt');
    copyFileSync(join(ROOT, 'README.md'), notes);
    const result = tsmp([...common, '--events', RECEIPT, '--store', notes]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('не является хранилищем SQLite');
  });

  it('names a missing event log in words', () => {
    const result = tsmp([...common, '--events', join(tmpdir(), 'no-such-log.csv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('не найден');
    expect(result.stderr).not.toContain('Внутренняя ошибка');
  });
});

describe('tsmp indicators checks the mapping', () => {
  it('refuses a control point no standard defines', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsmp-mapping-'));
    const mapping = join(folder, 'bad.mapping.yaml');
    writeFileSync(mapping, readFileSync(join(ROOT, 'examples', 'mappings', 'receipt.mapping.yaml'), 'utf8').replace(/cp-placed/g, 'cp-plased'));
    const result = tsmp(['indicators', '--repo', 'examples/public-works', '--events', RECEIPT, '--mapping', mapping, '--period', '2010-10..2011-12', '--ignore-effective-dates']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('«cp-plased»');
    expect(result.stderr).toContain('cp-placed');
  });
});

describe('tsmp indicators as a document', () => {
  it('renders the report of the last period', () => {
    const result = tsmp([...common, '--events', RECEIPT, '--by', 'region,centre', '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Период: 2011-12');
    expect(result.stdout).toContain('94,7');
  });

  it('asks where to write a PDF', () => {
    const result = tsmp([...common, '--events', RECEIPT, '--format', 'pdf']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--out');
  });
});

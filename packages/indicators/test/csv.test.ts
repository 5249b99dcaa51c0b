import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TsmpError } from '@tsmp/core';
import { CsvTokenizer, type CsvRow } from '../src/events/csv-tokenizer.js';
import { detectDelimiter, openCsv } from '../src/events/csv.js';
import { detectEncoding } from '../src/events/encoding.js';

function tokenize(text: string, chunk = text.length): CsvRow[] {
  const tokenizer = new CsvTokenizer(';');
  const rows: CsvRow[] = [];
  for (let start = 0; start < text.length; start += chunk) rows.push(...tokenizer.push(text.slice(start, start + chunk)));
  rows.push(...tokenizer.end());
  return rows;
}

const TRICKY = 'a;b;c\r\n"x;1";"line\nbreak";"say ""hi"""\n\nplain;;last\n"";"q""";z';

describe('CSV tokenizer', () => {
  it('splits quoted fields, line breaks and doubled quotes', () => {
    expect(tokenize(TRICKY)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x;1', 'line\nbreak', 'say "hi"'] },
      { line: 5, cells: ['plain', '', 'last'] },
      { line: 6, cells: ['', 'q"', 'z'] },
    ]);
  });

  it('gives the same rows for any chunk size', () => {
    const whole = tokenize(TRICKY);
    for (const chunk of [1, 2, 3, 5, 7]) expect(tokenize(TRICKY, chunk)).toEqual(whole);
  });

  it('reports an unterminated quote', () => {
    const tokenizer = new CsvTokenizer(';');
    tokenizer.push('a;b\n"open;');
    expect(tokenizer.unterminatedQuote).toBe(true);
    expect(tokenizer.currentRowLine).toBe(2);
  });
});

describe('delimiter and encoding detection', () => {
  it('chooses the only delimiter of the header', () => {
    expect(detectDelimiter('номер;дата;точка', 'f.csv')).toBe(';');
    expect(detectDelimiter('"a;b",c', 'f.csv')).toBe(',');
  });

  it('rejects a header with two delimiters', () => {
    expect(() => detectDelimiter('a;b,c', 'f.csv')).toThrowError(TsmpError);
    try {
      detectDelimiter('a;b,c', 'f.csv');
    } catch (error) {
      expect((error as TsmpError).messageId).toBe('indicators.csv.ambiguousDelimiter');
    }
  });

  it('tells Windows-1251 from UTF-8', () => {
    const utf8 = new TextEncoder().encode('Дата;Регион\n');
    const cp1251 = Uint8Array.from([0xc4, 0xe0, 0xf2, 0xe0, 0x3b, 0xd0, 0xe5, 0xe3]);
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(cp1251)).toBe('windows-1251');
    // A sample cut inside a two-byte letter is still UTF-8.
    expect(detectEncoding(utf8.subarray(0, 3))).toBe('utf-8');
  });
});

describe('openCsv', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tsmp-csv-'));

  async function rows(file: string): Promise<{ header: string[]; rows: string[][]; encoding: string }> {
    const csv = await openCsv(file);
    const out: string[][] = [];
    for await (const batch of csv.batches) out.push(...batch.map((row) => row.cells));
    return { header: csv.header, rows: out, encoding: csv.encoding };
  }

  it('reads a Windows-1251 file with semicolons', async () => {
    const file = join(folder, 'cp1251.csv');
    // «Номер;Точка\n1;Заявление принято\n» in Windows-1251.
    const text = 'Номер;Точка\n1;Заявление принято\n';
    const table = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';
    const bytes = [...text].map((char) => {
      const index = table.indexOf(char);
      return index >= 0 ? 0xc0 + index : char.charCodeAt(0);
    });
    writeFileSync(file, Uint8Array.from(bytes));
    expect(await rows(file)).toEqual({ header: ['Номер', 'Точка'], rows: [['1', 'Заявление принято']], encoding: 'windows-1251' });
  });

  it('strips the UTF-8 byte-order mark from the header', async () => {
    const file = join(folder, 'bom.csv');
    writeFileSync(file, '\uFEFFcase_id,timestamp\r\n7,01.02.2025 10:00\r\n');
    const read = await rows(file);
    expect(read.header).toEqual(['case_id', 'timestamp']);
    expect(read.rows).toEqual([['7', '01.02.2025 10:00']]);
  });
});

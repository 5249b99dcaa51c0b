import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvTokenizer, type CsvRow } from './csv-tokenizer.js';
import { detectEncoding, type EncodingSetting, type SourceEncoding } from './encoding.js';
import { TsmpError } from '@tsmp/core';

export type DelimiterSetting = ';' | ',' | '\t' | 'auto';

export interface CsvOptions {
  delimiter?: DelimiterSetting;
  encoding?: EncodingSetting;
}

/** A CSV file opened for streaming: its header, the settings used and the data rows in batches. */
export interface CsvSource {
  header: string[];
  delimiter: string;
  encoding: SourceEncoding;
  batches: AsyncIterable<CsvRow[]>;
}

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [';', ',', '\t'] as const;

async function readSample(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === delimiter && !inQuotes) count += 1;
  }
  return count;
}

/**
 * Chooses the delimiter from the header line. The choice must be clear: the
 * header contains exactly one of `;`, `,` and tab outside quotes. Otherwise the
 * mapping file has to name the delimiter, because a guess could split the
 * columns wrongly without any visible error.
 */
export function detectDelimiter(headerLine: string, file: string): string {
  const found = DELIMITERS.filter((delimiter) => countOutsideQuotes(headerLine, delimiter) > 0);
  if (found.length === 1) return found[0] as string;
  if (found.length === 0) throw new TsmpError('indicators.csv.noDelimiter', { file });
  throw new TsmpError('indicators.csv.ambiguousDelimiter', {
    file,
    found: found.map((delimiter) => (delimiter === '\t' ? 'TAB' : delimiter)).join(' '),
  });
}

async function* decodeChunks(path: string, encoding: SourceEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* tokenize(chunks: AsyncGenerator<string>, tokenizer: CsvTokenizer, file: string): AsyncGenerator<CsvRow[]> {
  for await (const text of chunks) {
    const rows = tokenizer.push(text);
    if (rows.length > 0) yield rows;
  }
  if (tokenizer.unterminatedQuote) {
    throw new TsmpError('indicators.csv.unterminatedQuote', { file, line: tokenizer.currentRowLine });
  }
  const last = tokenizer.end();
  if (last.length > 0) yield last;
}

/**
 * Opens a CSV file for streaming. Only a 64 KiB sample and the current
 * 1 MiB chunk are in memory at a time, whatever the file size.
 */
export async function openCsv(path: string, options: CsvOptions = {}): Promise<CsvSource> {
  const sample = await readSample(path);
  const encoding = !options.encoding || options.encoding === 'auto' ? detectEncoding(sample) : options.encoding;
  const sampleText = new TextDecoder(encoding).decode(sample);
  const headerLine = sampleText.split(/\r?\n|\r/, 1)[0] ?? '';
  const delimiter = !options.delimiter || options.delimiter === 'auto' ? detectDelimiter(headerLine, path) : options.delimiter;
  const tokenizer = new CsvTokenizer(delimiter);
  const rows = tokenize(decodeChunks(path, encoding), tokenizer, path);

  // The first row is the header; the rest of its batch goes out first.
  let first = await rows.next();
  while (!first.done && first.value.length === 0) first = await rows.next();
  if (first.done) throw new TsmpError('indicators.csv.empty', { file: path });
  const [headerRow, ...restOfBatch] = first.value;
  const header = (headerRow?.cells ?? []).map((cell) => cell.trim());
  async function* batches(): AsyncGenerator<CsvRow[]> {
    if (restOfBatch.length > 0) yield restOfBatch;
    yield* rows;
  }
  return { header, delimiter, encoding, batches: batches() };
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { AttributeValue, SourceRecord } from './model.js';
import type { RowError } from './model.js';

/** A batch of JSON Lines records, with the lines that were not a JSON object. */
export interface JsonlBatch {
  records: SourceRecord[];
  errors: RowError[];
}

function flatten(value: unknown, prefix: string, into: Record<string, AttributeValue | undefined>): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') into[prefix] = value;
  else into[prefix] = JSON.stringify(value);
}

/**
 * Reads a JSON Lines file: one JSON object per line, nested objects flattened
 * to `outer.inner` keys. Blank lines are skipped; a line that is not an
 * object becomes a row error and reading goes on.
 */
export async function* readJsonl(path: string, batchSize = 4096): AsyncGenerator<JsonlBatch> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let batch: JsonlBatch = { records: [], errors: [] };
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
    if (trimmed === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      batch.errors.push({ line, messageId: 'indicators.row.invalidJson', args: { detail: (error as Error).message } });
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      batch.errors.push({ line, messageId: 'indicators.row.notObject', args: {} });
      continue;
    }
    const fields: Record<string, AttributeValue | undefined> = {};
    flatten(parsed, '', fields);
    batch.records.push({ line, fields });
    if (batch.records.length >= batchSize) {
      yield batch;
      batch = { records: [], errors: [] };
    }
  }
  if (batch.records.length > 0 || batch.errors.length > 0) yield batch;
}

import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { generateCsvLines, type GeneratorOptions } from './events.js';
import type { GenerationPlan } from './plan.js';

/**
 * Writes a generated event log to `file` with a UTF-8 byte-order mark, in
 * chunks and with back-pressure, so memory stays flat for any size. The
 * file appears under its name only when complete (temporary file + rename).
 */
export async function writeGeneratedCsv(file: string, plan: GenerationPlan, options: GeneratorOptions): Promise<number> {
  const temporary = `${file}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary, { encoding: 'utf8' });
  let lines = 0;
  let chunk: string[] = ['\uFEFF'];
  let chunkSize = 0;
  for (const line of generateCsvLines(plan, options)) {
    chunk.push(line, '\n');
    lines += 1;
    chunkSize += line.length;
    if (chunkSize > 1 << 20) {
      if (!stream.write(chunk.join(''))) await once(stream, 'drain');
      chunk = [];
      chunkSize = 0;
    }
  }
  stream.end(chunk.join(''));
  await once(stream, 'finish');
  await rename(temporary, file);
  return lines - 1;
}

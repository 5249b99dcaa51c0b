import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { TsmpError } from '@tsmp/core';

/** Where an event field comes from: a source column, or one value for every row. */
const FieldSource = z.union([
  z.string().min(1),
  z.strictObject({ column: z.string().min(1) }),
  z.strictObject({ value: z.string().min(1) }),
]);
export type FieldSource = z.infer<typeof FieldSource>;

export const EVENT_FIELDS = ['caseId', 'standard', 'service', 'centre', 'region', 'controlPoint', 'timestamp', 'edition'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly EventField[] = ['caseId', 'standard', 'centre', 'region', 'controlPoint', 'timestamp'];

/**
 * A mapping file: which source column is which field of a control-point
 * event, how to read the file, and how source activity names become
 * control point ids.
 */
export const EventMapping = z.strictObject({
  format: z.enum(['csv', 'xes', 'jsonl']).optional(),
  delimiter: z.enum([';', ',', '\t', 'auto']).default('auto'),
  encoding: z.enum(['utf-8', 'windows-1251', 'auto']).default('auto'),
  /** IANA zone for timestamps written without an offset; by default the zone of the event's region. */
  timeZone: z.string().min(1).optional(),
  fields: z.strictObject({
    caseId: FieldSource,
    standard: FieldSource,
    service: FieldSource.optional(),
    centre: FieldSource,
    region: FieldSource,
    controlPoint: FieldSource,
    timestamp: FieldSource,
    edition: FieldSource.optional(),
  }),
  /** Event attribute name → source column. */
  attributes: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Source value of the control point column → control point id. Without it the value is the id. */
  controlPoints: z.record(z.string(), z.string().min(1)).optional(),
  /** Rows are kept only when every listed column has the given value, e.g. `lifecycle:transition: complete`. */
  where: z.record(z.string().min(1), z.string()).default({}),
});
export type EventMapping = z.infer<typeof EventMapping>;

/** Returns the column a field is read from, or undefined for a constant. */
export function columnOf(source: FieldSource | undefined): string | undefined {
  if (source === undefined) return undefined;
  if (typeof source === 'string') return source;
  return 'column' in source ? source.column : undefined;
}

/** Checks a parsed mapping object; a problem names the mapping file and the path inside it. */
export function parseMapping(data: unknown, file: string): EventMapping {
  const result = EventMapping.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new TsmpError('indicators.mapping.invalid', {
    file,
    path: issue?.path.join('.') || '—',
    detail: issue?.message ?? '',
  });
}

/** Reads a mapping file in YAML (or JSON, which is YAML too). */
export async function loadMapping(file: string): Promise<EventMapping> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new TsmpError('indicators.mapping.notFound', { file });
  });
  const document = parseDocument(text.replace(/^\uFEFF/, ''));
  const firstError = document.errors[0];
  if (firstError) {
    throw new TsmpError('indicators.mapping.syntax', {
      file,
      line: firstError.linePos?.[0]?.line ?? 1,
      detail: firstError.message.split('\n')[0] ?? '',
    });
  }
  return parseMapping(document.toJS(), file);
}

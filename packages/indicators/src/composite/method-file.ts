import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { TsmpError } from '@tsmp/core';
import type { CompositeMethod } from './method.js';

const Weight = z.number().nonnegative();

/** A composite index method as written in a YAML or JSON file. */
const CompositeMethodFile = z.strictObject({
  normalisation: z.enum(['minMax', 'goalposts', 'distanceToTarget']).default('minMax'),
  aggregation: z.enum(['arithmetic', 'geometric']).default('arithmetic'),
  weights: z.record(z.string().min(1), Weight).default({}),
  groups: z.array(z.strictObject({ id: z.string().min(1), weight: Weight, indicators: z.array(z.string().min(1)).min(1) })).optional(),
  goalposts: z.record(z.string().min(1), z.strictObject({ worst: z.number(), best: z.number() })).optional(),
  targets: z.record(z.string().min(1), z.number()).optional(),
});

/** Checks a parsed method object; a problem names the file and the path inside it. */
export function parseCompositeMethod(data: unknown, file: string): CompositeMethod {
  const result = CompositeMethodFile.safeParse(data);
  if (result.success) {
    const method: CompositeMethod = { normalisation: result.data.normalisation, aggregation: result.data.aggregation, weights: result.data.weights };
    if (result.data.groups) method.groups = result.data.groups;
    if (result.data.goalposts) method.goalposts = result.data.goalposts;
    if (result.data.targets) method.targets = result.data.targets;
    return method;
  }
  const issue = result.error.issues[0];
  throw new TsmpError('indicators.composite.invalid', { file, path: issue?.path.join('.') || '—', detail: issue?.message ?? '' });
}

/** Reads a composite index method from a YAML or JSON file. */
export async function loadCompositeMethod(file: string): Promise<CompositeMethod> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new TsmpError('indicators.composite.notFound', { file });
  });
  const document = parseDocument(text.replace(/^\uFEFF/, ''));
  const firstError = document.errors[0];
  if (firstError) {
    throw new TsmpError('indicators.composite.syntax', { file, line: firstError.linePos?.[0]?.line ?? 1, detail: firstError.message.split('\n')[0] ?? '' });
  }
  return parseCompositeMethod(document.toJS(), file);
}

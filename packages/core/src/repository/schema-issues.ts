import type { z } from 'zod';
import type { PathSegment } from '../findings/finding.js';
import type { MessageArg, MessageArgs } from '../i18n/types.js';

/** A schema problem as a message id with named values, in the project's words rather than zod's. */
export interface SchemaProblem {
  path: PathSegment[];
  messageId: string;
  args: MessageArgs;
}

const TYPE_NAMES = new Set(['string', 'number', 'int', 'boolean', 'object', 'array', 'null', 'undefined', 'date', 'bigint']);

/** Names the JSON-ish type of a value, as a catalogue reference. */
export function typeName(value: unknown): MessageArg {
  const name = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return { messageId: `schema.type.${TYPE_NAMES.has(name) ? name : 'unknown'}` };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/**
 * Turns zod issues into problems. Union issues are unwrapped to the branch
 * that matched the discriminator, so the finding names the field at fault
 * and not «no union member matched».
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) problems.push(...problemsOf(issue, data, []));
  return problems;
}

function problemsOf(issue: z.core.$ZodIssue, data: unknown, prefix: readonly PropertyKey[]): SchemaProblem[] {
  const fullPath = [...prefix, ...issue.path];
  const path = toPath(fullPath);
  const actual = valueAt(data, fullPath);
  switch (issue.code) {
    case 'invalid_type': {
      if (actual === undefined) return [{ path, messageId: 'schema.required', args: { field: String(path.at(-1) ?? '') } }];
      if (typeof actual === 'number' && !Number.isFinite(actual)) return [{ path, messageId: 'schema.notFinite', args: { value: String(actual) } }];
      const expected = TYPE_NAMES.has(issue.expected) ? issue.expected : 'unknown';
      return [
        {
          path,
          messageId: 'schema.invalidType',
          args: { expected: { messageId: `schema.type.${expected}` }, actual: typeName(actual), value: shortValue(actual) },
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], messageId: key === '<<' ? 'schema.mergeKey' : 'schema.unknownKey', args: { key } }));
    case 'invalid_value':
      if (actual === undefined) return [{ path, messageId: 'schema.required', args: { field: String(path.at(-1) ?? '') } }];
      return [{ path, messageId: 'schema.invalidValue', args: { value: shortValue(actual), allowed: issue.values.map(String).join(', ') } }];
    case 'custom': {
      const messageId = (issue.params as { messageId?: string } | undefined)?.messageId;
      return [{ path, messageId: messageId ?? 'schema.invalid', args: { value: shortValue(actual) } }];
    }
    case 'too_small':
      return [{ path, messageId: `schema.tooSmall.${originOf(issue.origin)}`, args: { minimum: Number(issue.minimum), value: shortValue(actual) } }];
    case 'too_big':
      return [{ path, messageId: `schema.tooBig.${originOf(issue.origin)}`, args: { maximum: Number(issue.maximum), value: shortValue(actual) } }];
    case 'invalid_format':
      return [
        {
          path,
          messageId: 'schema.invalidFormat',
          args: { format: { messageId: formatMessage(issue.format, 'pattern' in issue ? String(issue.pattern) : '') }, value: shortValue(actual) },
        },
      ];
    case 'invalid_union':
      return unionProblems(issue, data, fullPath, path, actual);
    default:
      return [{ path, messageId: 'schema.invalid', args: { value: shortValue(actual) } }];
  }
}

function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  data: unknown,
  fullPath: readonly PropertyKey[],
  path: PathSegment[],
  actual: unknown,
): SchemaProblem[] {
  if (issue.discriminator) {
    const discriminatorValue = valueAt(actual, [issue.discriminator]);
    return [
      {
        path: [...path, issue.discriminator],
        messageId: discriminatorValue === undefined ? 'schema.required' : 'schema.invalidDiscriminator',
        args: { field: issue.discriminator, value: shortValue(discriminatorValue) },
      },
    ];
  }
  // Without a discriminator, report the branch that got furthest: the one with the fewest problems.
  const branches = issue.errors
    .map((branch) => branch.flatMap((inner) => problemsOf(inner, data, fullPath)))
    .sort((a, b) => a.length - b.length);
  return branches[0]?.length ? branches[0] : [{ path, messageId: 'schema.invalid', args: { value: shortValue(actual) } }];
}

function originOf(origin: string): 'string' | 'array' | 'number' {
  if (origin === 'string') return 'string';
  if (origin === 'array' || origin === 'set') return 'array';
  return 'number';
}

function formatMessage(format: string, pattern: string): string {
  if (format === 'regex' && pattern.includes('\\d{4}-')) return 'schema.format.date';
  if (format === 'regex' && pattern.includes('A-Za-z0-9')) return 'schema.format.id';
  if (format === 'regex' && pattern === '/^\\d{2}$/') return 'schema.format.regionCode';
  if (format === 'regex') return 'schema.format.pattern';
  if (format === 'url') return 'schema.format.url';
  return 'schema.format.other';
}

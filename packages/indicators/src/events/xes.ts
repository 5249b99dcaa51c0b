import { createReadStream } from 'node:fs';
import sax from 'sax';
import type { AttributeValue, SourceRecord } from './model.js';
import { TsmpError } from '@tsmp/core';

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

/** Prefix of trace-level attributes in the flat records, as CSV exports of XES name them. */
export const CASE_PREFIX = 'case:';

function typedValue(tag: string, value: string): AttributeValue | undefined {
  switch (tag) {
    case 'int':
    case 'float': {
      const number = Number(value);
      return Number.isFinite(number) ? number : value;
    }
    case 'boolean':
      if (value === 'true') return true;
      if (value === 'false') return false;
      return value;
    case 'list':
    case 'container':
      return undefined;
    default:
      return value;
  }
}

interface Scope {
  kind: 'trace' | 'event' | 'other';
  fields: Record<string, AttributeValue | undefined>;
  line: number;
}

/**
 * Reads an XES event log as a stream of flat records, one per event. Trace
 * attributes are copied into each event's record with the `case:` prefix.
 * Elements are matched by local name, so the XES namespace may be the
 * default one or bound to any prefix. A nested attribute becomes
 * `parent.child`. Typed values (int, float, boolean) keep their type; dates
 * stay text for the mapping to parse. `global` defaults are not applied.
 */
export async function* readXes(path: string): AsyncGenerator<SourceRecord[]> {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const scopes: Scope[] = [];
  const keyStack: string[] = [];
  let trace: Record<string, AttributeValue | undefined> = {};
  let ready: SourceRecord[] = [];
  let failure: Error | undefined;

  parser.onerror = (error) => {
    failure ??= new TsmpError('indicators.xes.invalid', { file: path, line: parser.line + 1, detail: error.message.split('\n')[0] ?? '' });
    parser.error = null as unknown as Error;
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    const name = tag.local;
    if (name === 'trace') {
      trace = {};
      scopes.push({ kind: 'trace', fields: trace, line: parser.line + 1 });
      return;
    }
    if (name === 'event') {
      scopes.push({ kind: 'event', fields: {}, line: parser.line + 1 });
      return;
    }
    if (ATTRIBUTE_TAGS.has(name)) {
      const key = tag.attributes['key']?.value ?? '';
      const value = tag.attributes['value']?.value ?? '';
      keyStack.push(key);
      const scope = scopes[scopes.length - 1];
      if (!scope || scope.kind === 'other') return;
      const typed = typedValue(name, value);
      if (typed !== undefined) scope.fields[keyStack.join('.')] = typed;
      return;
    }
    scopes.push({ kind: 'other', fields: {}, line: parser.line + 1 });
  };
  parser.onclosetag = (name) => {
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    if (ATTRIBUTE_TAGS.has(local)) {
      keyStack.pop();
      return;
    }
    const scope = scopes.pop();
    if (scope?.kind !== 'event') return;
    const fields: Record<string, AttributeValue | undefined> = {};
    for (const [key, value] of Object.entries(trace)) fields[CASE_PREFIX + key] = value;
    Object.assign(fields, scope.fields);
    ready.push({ line: scope.line, fields });
  };

  // NOTE: the file is decoded as UTF-8 whatever encoding its XML declaration names; XES
  // exports are UTF-8 in practice, but a Windows-1251 file would be misread.
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    parser.write(chunk as string);
    if (failure) throw failure;
    if (ready.length > 0) {
      yield ready;
      ready = [];
    }
  }
  parser.close();
  if (failure) throw failure;
  if (ready.length > 0) yield ready;
}

import type { Lang } from './types.js';

/**
 * Renders a message template with named values.
 *
 * Syntax (a small subset of ICU MessageFormat):
 * - `{name}` inserts a value;
 * - `{count, plural, one {# операция} few {# операции} many {# операций} other {# операции}}`
 *   picks a form by the CLDR plural category of the language, `#` is the number;
 * - `{kind, select, a {…} b {…} other {…}}` picks a branch by a string value;
 * - `'{'` and `'}'` (in single quotes) are literal braces.
 *
 * `resolve` turns a value into display text; it is called for `{name}` only.
 */
export function formatTemplate(
  template: string,
  values: Readonly<Record<string, unknown>>,
  lang: Lang,
  resolve: (value: unknown) => string,
): string {
  return renderSpan(template, 0, template.length, values, lang, resolve, undefined);
}

function renderSpan(
  text: string,
  start: number,
  end: number,
  values: Readonly<Record<string, unknown>>,
  lang: Lang,
  resolve: (value: unknown) => string,
  hash: string | undefined,
): string {
  let out = '';
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === "'" && (text[i + 1] === '{' || text[i + 1] === '}') && text[i + 2] === "'") {
      out += text[i + 1];
      i += 3;
      continue;
    }
    if (ch === '#' && hash !== undefined) {
      out += hash;
      i += 1;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i += 1;
      continue;
    }
    const close = matchBrace(text, i, end);
    out += renderPlaceholder(text.slice(i + 1, close), values, lang, resolve);
    i = close + 1;
  }
  return out;
}

function matchBrace(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new Error(`Unbalanced braces in message template: ${text}`);
}

function renderPlaceholder(
  body: string,
  values: Readonly<Record<string, unknown>>,
  lang: Lang,
  resolve: (value: unknown) => string,
): string {
  const firstComma = body.indexOf(',');
  if (firstComma < 0) {
    const name = body.trim();
    return name in values ? resolve(values[name]) : `{${name}}`;
  }
  const name = body.slice(0, firstComma).trim();
  const rest = body.slice(firstComma + 1);
  const secondComma = rest.indexOf(',');
  const type = rest.slice(0, secondComma).trim();
  const branches = parseBranches(rest.slice(secondComma + 1));
  const value = values[name];

  if (type === 'plural') {
    const count = typeof value === 'number' ? value : Number(value);
    const exact = branches.get(`=${count}`);
    const category = new Intl.PluralRules(lang).select(count);
    const branch = exact ?? branches.get(category) ?? branches.get('other') ?? '';
    const hash = new Intl.NumberFormat(lang).format(count);
    return renderSpan(branch, 0, branch.length, values, lang, resolve, hash);
  }
  if (type === 'select') {
    const branch = branches.get(String(value)) ?? branches.get('other') ?? '';
    return renderSpan(branch, 0, branch.length, values, lang, resolve, undefined);
  }
  throw new Error(`Unknown placeholder type "${type}" in message template`);
}

function parseBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
    if (i >= text.length) break;
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const close = matchBrace(text, open, text.length);
    branches.set(key, text.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

/** Lists the value names a template uses, for the catalogue parity test; branch keys of plural and select are not names. */
export function templateArgNames(template: string): Set<string> {
  const names = new Set<string>();
  collectNames(template, 0, template.length, names);
  return names;
}

function collectNames(text: string, start: number, end: number, names: Set<string>): void {
  let i = start;
  while (i < end) {
    if (text[i] === "'" && (text[i + 1] === '{' || text[i + 1] === '}') && text[i + 2] === "'") {
      i += 3;
      continue;
    }
    if (text[i] !== '{') {
      i += 1;
      continue;
    }
    const close = matchBrace(text, i, end);
    const body = text.slice(i + 1, close);
    const firstComma = body.indexOf(',');
    names.add((firstComma < 0 ? body : body.slice(0, firstComma)).trim());
    if (firstComma >= 0) {
      const rest = body.slice(firstComma + 1);
      const secondComma = rest.indexOf(',');
      for (const branch of parseBranches(rest.slice(secondComma + 1)).values()) collectNames(branch, 0, branch.length, names);
    }
    i = close + 1;
  }
}

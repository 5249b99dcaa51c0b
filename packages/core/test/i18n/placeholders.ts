/**
 * Lists the value names a message template uses, reading plural and select
 * branches as text with nested placeholders. Unlike a regular expression,
 * this does not take a branch's text in braces, such as `monthly {monthly}`,
 * for a value name.
 */
export function placeholderNames(template: string): Set<string> {
  const names = new Set<string>();
  collect(template, names);
  return names;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message template: ${text}`);
}

function collect(text: string, names: Set<string>): void {
  let i = 0;
  while (i < text.length) {
    if (text[i] === "'" && (text[i + 1] === '{' || text[i + 1] === '}') && text[i + 2] === "'") {
      i += 3;
      continue;
    }
    if (text[i] !== '{') {
      i += 1;
      continue;
    }
    const close = matchingBrace(text, i);
    const body = text.slice(i + 1, close);
    const comma = body.indexOf(',');
    names.add((comma < 0 ? body : body.slice(0, comma)).trim());
    if (comma >= 0) collectBranches(body.slice(body.indexOf(',', comma + 1) + 1), names);
    i = close + 1;
  }
}

function collectBranches(text: string, names: Set<string>): void {
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) return;
    const close = matchingBrace(text, open);
    collect(text.slice(open + 1, close), names);
    i = close + 1;
  }
}

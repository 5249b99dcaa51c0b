import type { WordSpan } from './types.js';

const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;

/** Splits text into words, runs of spaces and single punctuation marks. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Compares two wordings word by word (longest common subsequence of tokens,
 * after trimming the common start and end) and returns merged spans.
 */
export function diffWords(oldText: string, newText: string): WordSpan[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }

  const spans: WordSpan[] = [];
  push(spans, 'equal', a.slice(0, start).join(''));
  for (const [op, token] of middle(a.slice(start, endA), b.slice(start, endB))) push(spans, op, token);
  push(spans, 'equal', a.slice(endA).join(''));
  return joinAcrossSpaces(spans);
}

/**
 * Joins two changes separated only by white space into one, so that
 * «государственной услуги» → «меры поддержки» reads as one replacement and
 * not as two word swaps.
 */
function joinAcrossSpaces(spans: WordSpan[]): WordSpan[] {
  // Runs of changes become {deleted, inserted} pairs between equal spans.
  type Run = { op: 'equal'; text: string } | { op: 'change'; deleted: string; inserted: string };
  const runs: Run[] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (span.op === 'equal') runs.push({ op: 'equal', text: span.text });
    else if (last && last.op === 'change') {
      if (span.op === 'delete') last.deleted += span.text;
      else last.inserted += span.text;
    } else runs.push({ op: 'change', deleted: span.op === 'delete' ? span.text : '', inserted: span.op === 'insert' ? span.text : '' });
  }

  const merged: Run[] = [];
  for (const run of runs) {
    const gap = merged[merged.length - 1];
    const before = merged[merged.length - 2];
    if (run.op === 'change' && gap?.op === 'equal' && /^\s+$/u.test(gap.text) && before?.op === 'change') {
      const deleted = `${before.deleted}${gap.text}${run.deleted}`;
      const inserted = `${before.inserted}${gap.text}${run.inserted}`;
      if (/\S/u.test(before.deleted) && /\S/u.test(before.inserted) && /\S/u.test(run.deleted) && /\S/u.test(run.inserted)) {
        merged.splice(merged.length - 2, 2, { op: 'change', deleted, inserted });
        continue;
      }
    }
    merged.push(run);
  }

  const out: WordSpan[] = [];
  for (const run of merged) {
    if (run.op === 'equal') out.push({ op: 'equal', text: run.text });
    else {
      if (run.deleted) out.push({ op: 'delete', text: run.deleted });
      if (run.inserted) out.push({ op: 'insert', text: run.inserted });
    }
  }
  return out;
}

/** Token-level LCS of the differing middle parts, as a list of operations. */
function middle(a: string[], b: string[]): [WordSpan['op'], string][] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((token) => ['insert', token]);
  if (m === 0) return a.map((token) => ['delete', token]);

  // lengths[i * (m + 1) + j] is the LCS length of a[i..] and b[j..].
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j] ? (lengths[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * (m + 1) + j] ?? 0, lengths[i * (m + 1) + j + 1] ?? 0);
    }
  }

  const ops: [WordSpan['op'], string][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push(['equal', a[i] ?? '']);
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * (m + 1) + j] ?? 0) >= (lengths[i * (m + 1) + j + 1] ?? 0)) {
      ops.push(['delete', a[i] ?? '']);
      i += 1;
    } else {
      ops.push(['insert', b[j] ?? '']);
      j += 1;
    }
  }
  for (; i < n; i += 1) ops.push(['delete', a[i] ?? '']);
  for (; j < m; j += 1) ops.push(['insert', b[j] ?? '']);
  return ops;
}

function push(spans: WordSpan[], op: WordSpan['op'], text: string): void {
  if (text === '') return;
  const last = spans[spans.length - 1];
  if (last && last.op === op) last.text += text;
  else spans.push({ op, text });
}

/**
 * Groups spans into hunks: each run of deletions and insertions between two
 * equal spans, with the equal text before and after it.
 */
export interface Hunk {
  deleted: string;
  inserted: string;
  before: string;
  after: string;
}

export function hunksOf(spans: readonly WordSpan[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let before = '';
  for (const span of spans) {
    if (span.op === 'equal') {
      if (current) {
        current.after = span.text;
        hunks.push(current);
        current = undefined;
      }
      before = span.text;
      continue;
    }
    current ??= { deleted: '', inserted: '', before, after: '' };
    if (span.op === 'delete') current.deleted += span.text;
    else current.inserted += span.text;
  }
  if (current) hunks.push(current);
  return hunks;
}

import type { DiffContext, TextCandidate } from './context.js';
import { idPathOf } from './paths.js';
import type { WordSpan } from './types.js';
import { diffWords, hunksOf, tokenize } from './words.js';

/**
 * A replacement becomes a terminology change when it is found in at least
 * this many texts. Two would turn a substantive edit made in two points
 * («трёх» → «двух» рабочих дней) into an editorial one.
 */
export const TERM_MIN_PLACES = 3;
/** At most this many common words around a replacement are added to the term. */
const MAX_CONTEXT_WORDS = 4;

interface Replacement {
  deleted: string;
  inserted: string;
  befores: string[];
  afters: string[];
  candidates: Set<number>;
}

interface Term {
  old: string;
  new: string;
}

/**
 * Finds wording replacements applied throughout an artifact (a term
 * replaced in many points), records each as one `text.term.replaced` change
 * with its count of occurrences, and drops the wording changes it fully
 * explains. The remaining wording changes become changes with word spans.
 */
export function resolveTexts(ctx: DiffContext): void {
  const spans = ctx.texts.map((candidate) => diffWords(candidate.oldText, candidate.newText));
  const terms = findTerms(spans);
  const explained = new Set<number>();

  for (const term of terms) {
    let occurrences = 0;
    const places: string[] = [];
    let first: TextCandidate | undefined;
    for (const candidate of ctx.texts) {
      const count = countOccurrences(normalize(candidate.oldText), term.old);
      if (count === 0 || !normalize(candidate.newText).includes(term.new)) continue;
      occurrences += count;
      places.push(candidatePath(ctx, candidate));
      first ??= candidate;
    }
    if (!first || places.length < TERM_MIN_PLACES) continue;
    ctx.add('text.term.replaced', ctx.element('term', `${ctx.newArtifact.id}:${term.old}`, undefined, term.old), {
      newPath: first.site.newPath ?? [],
      oldPath: first.site.oldPath ?? [],
      oldValue: term.old,
      newValue: term.new,
      args: { old: term.old, new: term.new, removed: term.new === '' ? 'yes' : 'no', count: occurrences, places: places.length },
    }).places = places;
  }

  ctx.texts.forEach((candidate, index) => {
    let replaced = normalize(candidate.oldText);
    for (const term of terms) replaced = replaced.split(term.old).join(term.new);
    if (terms.length > 0 && normalize(replaced) === normalize(candidate.newText)) explained.add(index);
  });

  ctx.texts.forEach((candidate, index) => {
    if (explained.has(index)) return;
    const change = ctx.add(candidate.ruleId, candidate.element, {
      ...candidate.site,
      args: { old: candidate.oldText, new: candidate.newText, ...candidate.site.args },
    });
    change.spans = spans[index] as WordSpan[];
  });
  ctx.texts.length = 0;
}

function findTerms(allSpans: readonly WordSpan[][]): Term[] {
  const replacements = new Map<string, Replacement>();
  allSpans.forEach((spans, index) => {
    for (const hunk of hunksOf(spans)) {
      if (!/\p{L}{3,}/u.test(hunk.deleted + hunk.inserted)) continue;
      const key = `${normalize(hunk.deleted)}\u0000${normalize(hunk.inserted)}`;
      let entry = replacements.get(key);
      if (!entry) {
        entry = { deleted: hunk.deleted, inserted: hunk.inserted, befores: [], afters: [], candidates: new Set() };
        replacements.set(key, entry);
      }
      if (entry.candidates.has(index)) continue;
      entry.candidates.add(index);
      entry.befores.push(hunk.before);
      entry.afters.push(hunk.after);
    }
  });

  const terms: Term[] = [];
  for (const entry of replacements.values()) {
    if (entry.candidates.size < TERM_MIN_PLACES) continue;
    const before = commonEdge(entry.befores.map((text) => text.trimEnd()), 'end');
    const after = commonEdge(entry.afters.map((text) => text.trimStart()), 'start');
    const oldPhrase = joinWords(before, entry.deleted, after);
    const newPhrase = joinWords(before, entry.inserted, after);
    if (oldPhrase !== '' && oldPhrase !== newPhrase) terms.push({ old: oldPhrase, new: newPhrase });
  }
  // Longer terms first, so that a longer replacement is applied before a part of it.
  return terms.sort((a, b) => b.old.length - a.old.length);
}

/** Finds the tokens that all texts share at their end (or start), up to a few words. */
function commonEdge(texts: readonly string[], edge: 'start' | 'end'): string {
  const lists = texts.map((text) => (edge === 'end' ? tokenize(text).reverse() : tokenize(text)));
  const shared: string[] = [];
  let words = 0;
  for (let i = 0; ; i += 1) {
    const token = lists[0]?.[i];
    if (token === undefined || lists.some((list) => list[i] !== token)) break;
    if (/[\p{L}\p{N}]/u.test(token)) {
      if (words === MAX_CONTEXT_WORDS) break;
      words += 1;
    } else if (!/^\s+$/u.test(token)) {
      break;
    }
    shared.push(token);
  }
  return edge === 'end' ? shared.reverse().join('') : shared.join('');
}

/** Joins the parts of a term with single spaces, as in normalized text. */
function joinWords(...parts: string[]): string {
  return parts
    .map(normalize)
    .filter((part) => part !== '')
    .join(' ');
}

function countOccurrences(text: string, phrase: string): number {
  return phrase === '' ? 0 : text.split(phrase).length - 1;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function candidatePath(ctx: DiffContext, candidate: TextCandidate): string {
  return candidate.site.newPath ? idPathOf(ctx.newArtifact.data, candidate.site.newPath) : idPathOf(ctx.oldArtifact.data, candidate.site.oldPath ?? []);
}

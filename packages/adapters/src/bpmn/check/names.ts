/** Normalises a name for matching: lower case, `ё` as `е`, no leading number, single spaces, no punctuation. */
export function normalizeName(name: string | undefined): string {
  return (name ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^\s*\d+(?:\.\d+)*\.?\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Finds the candidate whose normalised name equals the given one. */
export function matchByName<T>(name: string | undefined, candidates: readonly T[], nameOf: (candidate: T) => string | undefined): T | undefined {
  const target = normalizeName(name);
  if (!target) return undefined;
  return candidates.find((candidate) => normalizeName(nameOf(candidate)) === target);
}

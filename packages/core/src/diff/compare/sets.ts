/** Items of `after` missing from `before`, in the order of `after`. */
export function missingFrom<T>(before: readonly T[], after: readonly T[], key: (item: T) => string = String): T[] {
  const known = new Set(before.map(key));
  return after.filter((item) => !known.has(key(item)));
}

/** Tells whether two JSON-like values differ, ignoring key order. */
export function differs(a: unknown, b: unknown): boolean {
  return canonical(a) !== canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return item;
  });
}

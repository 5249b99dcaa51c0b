import type { PathSegment } from '../findings/finding.js';

/**
 * Writes a path with array elements named by their ids where they have one:
 * `['operations', 2, 'deadline']` becomes `operations[OP-3].deadline`.
 */
export function idPathOf(data: unknown, path: readonly PathSegment[]): string {
  let node: unknown = data;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(node) ? node[segment] : undefined;
      const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
      out += `[${typeof id === 'string' ? id : segment}]`;
      node = item;
    } else {
      out += out === '' ? segment : `.${segment}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

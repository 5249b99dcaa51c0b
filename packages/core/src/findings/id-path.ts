import type { PathSegment } from './finding.js';

/**
 * Renders a path inside an artifact for people: array elements that carry an
 * `id` are named by it, so `['operations', 2, 'deadline']` becomes
 * `operations[OP-3].deadline` and stays meaningful when elements move.
 */
export function toIdPath(data: unknown, path: readonly PathSegment[]): string {
  let current: unknown = data;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      const element = Array.isArray(current) ? current[segment] : undefined;
      const id = element && typeof element === 'object' ? (element as Record<string, unknown>)['id'] : undefined;
      out += typeof id === 'string' && id !== '' ? `[${id}]` : `[${segment}]`;
      current = element;
    } else {
      out += out === '' ? segment : `.${segment}`;
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

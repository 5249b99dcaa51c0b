import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { PathSegment, SourceLocation } from '../findings/finding.js';
import type { PositionIndex } from './types.js';

/** Encodes a path as a map key; segments never contain the separator after JSON encoding. */
function keyOf(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

/**
 * Records where every node of a YAML or JSON document starts. For a mapping
 * entry the key's position is kept, because that is the line a reader edits.
 */
export function indexPositions(document: Document, lineCounter: LineCounter, file: string): PositionIndex {
  const positions = new Map<string, [number, number]>();
  const at = (offset: number): [number, number] => {
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
  };

  const visit = (node: unknown, path: PathSegment[]): void => {
    if (isMap(node)) {
      if (node.range) positions.set(keyOf(path), at(node.range[0]));
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPath = [...path, key];
        const keyNode = pair.key as Node | null;
        const anchor = keyNode?.range ?? (pair.value as Node | null)?.range;
        if (anchor) positions.set(keyOf(childPath), at(anchor[0]));
        visit(pair.value, childPath);
      }
      return;
    }
    if (isSeq(node)) {
      if (node.range) positions.set(keyOf(path), at(node.range[0]));
      node.items.forEach((item, index) => {
        const childPath = [...path, index];
        const range = (item as Node | null)?.range;
        if (range) positions.set(keyOf(childPath), at(range[0]));
        visit(item, childPath);
      });
      return;
    }
    const range = (node as Node | null)?.range;
    if (range && !positions.has(keyOf(path))) positions.set(keyOf(path), at(range[0]));
  };

  visit(document.contents, []);

  return {
    locate(path: readonly PathSegment[]): SourceLocation {
      for (let length = path.length; length >= 0; length -= 1) {
        const found = positions.get(keyOf(path.slice(0, length)));
        if (found) return { file, line: found[0], column: found[1] };
      }
      return { file, line: 1, column: 1 };
    },
  };
}

import { kindRef } from './message-refs.js';
import { GLOBAL_KINDS, type IndexedElement } from './repository-index.js';
import type { Rule } from './types.js';

/**
 * Ids of artifacts, catalogue entries and control points are unique in the
 * whole repository, because other files refer to them by id alone. Other
 * elements (procedures, operations, points) are unique among their siblings.
 */
export const uniqueIds: Rule = {
  id: 'unique-ids',
  defaultSeverity: 'error',
  descriptionId: 'rules.unique-ids.description',
  messageIds: ['rules.unique-ids.duplicateGlobal', 'rules.unique-ids.duplicateLocal'],
  check({ index, report }) {
    const firstGlobal = new Map<string, IndexedElement>();
    const firstLocal = new Map<string, IndexedElement>();

    for (const element of index.elements) {
      const global = GLOBAL_KINDS.has(element.kind);
      const key = global ? element.id : JSON.stringify([element.artifact.file, element.path.slice(0, -1), element.id]);
      const seen = global ? firstGlobal : firstLocal;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, element);
        continue;
      }
      report({
        artifact: element.artifact,
        path: [...element.path, 'id'],
        messageId: global ? 'rules.unique-ids.duplicateGlobal' : 'rules.unique-ids.duplicateLocal',
        args: { id: element.id, kind: kindRef(element.kind), firstKind: kindRef(first.kind), firstFile: first.artifact.file },
        related: [first.artifact.positions.locate([...first.path, 'id'])],
      });
    }
  },
};

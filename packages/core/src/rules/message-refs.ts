import type { DeadlineUnit } from '@tsmp/schema';
import type { MessageRef } from '../i18n/types.js';
import type { IndexKind } from './repository-index.js';

/** The name of an element kind, translated at output time: «роль», «контрольная точка». */
export function kindRef(kind: IndexKind): MessageRef {
  return { messageId: `rules.kind.${kind}` };
}

/** The name of a deadline unit in the prepositional plural, for «в рабочих днях». */
export function unitRef(unit: DeadlineUnit): MessageRef {
  return { messageId: `rules.unit.${unit}` };
}

import type { DeadlineUnit } from '@tsmp/schema';
import type { MessageRef } from '../i18n/types.js';
import type { IndexKind } from './repository-index.js';

/** Refers to the name of an element kind, translated at output time: «роль», «контрольная точка». */
export function kindRef(kind: IndexKind): MessageRef {
  return { messageId: `rules.kind.${kind}` };
}

/** Refers to the name of a deadline unit in the prepositional plural, as in «в рабочих днях». */
export function unitRef(unit: DeadlineUnit): MessageRef {
  return { messageId: `rules.unit.${unit}` };
}

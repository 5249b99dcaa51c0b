import { mixesDays, spanOf } from './deadline-span.js';
import { unitRef } from './message-refs.js';
import { cardScopes, operationsByProcedure } from './tech-cards.js';
import type { Rule } from './types.js';

/**
 * Working and calendar days are not mixed silently inside one procedure,
 * because their ratio depends on the dates in the production calendar: the
 * deadlines do not add up, and they compare only through the calendar (see
 * `operation-deadline-exceeds-procedure`). Each operation is compared with
 * its procedure, or with the first operation counted in days when the
 * procedure is counted in minutes or hours.
 */
export const deadlineUnitsMixed: Rule = {
  id: 'deadline-units-mixed',
  defaultSeverity: 'warning',
  descriptionId: 'rules.deadline-units-mixed.description',
  messageIds: ['rules.deadline-units-mixed.mixed', 'rules.deadline-units-mixed.mixedWithProcedure'],
  check({ index, report }) {
    for (const scope of cardScopes(index)) {
      for (const group of operationsByProcedure(scope).values()) {
        const owner = group[0]?.procedure?.procedure;
        if (!owner) continue;
        const ownerSpan = spanOf(owner.deadline);
        const reference = ownerSpan.scale !== 'time' ? owner : group.find((item) => spanOf(item.operation.deadline).scale !== 'time')?.operation;
        if (!reference) continue;
        const referenceSpan = spanOf(reference.deadline);

        for (const { operation, index: i } of group) {
          if (!mixesDays(spanOf(operation.deadline), referenceSpan)) continue;
          const path = ['operations', i, 'deadline', 'unit'];
          const args = { operation: operation.id, unit: unitRef(operation.deadline.unit), otherUnit: unitRef(reference.deadline.unit), procedure: owner.id };
          if (reference === owner) report({ artifact: scope.card, path, messageId: 'rules.deadline-units-mixed.mixedWithProcedure', args });
          else report({ artifact: scope.card, path, messageId: 'rules.deadline-units-mixed.mixed', args: { ...args, other: reference.id } });
        }
      }
    }
  },
};

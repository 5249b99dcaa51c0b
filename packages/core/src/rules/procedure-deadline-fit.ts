import { exceeds, spanOf } from './deadline-span.js';
import { chainSpan } from './operation-chain.js';
import { cardScopes, operationsByProcedure } from './tech-cards.js';
import type { Rule } from './types.js';

/**
 * The operations of a procedure, run one after another (or along their
 * `next` links), fit into the procedure's deadline. A single operation that
 * is too long is left to `operation-deadline-exceeds-procedure`, and mixed
 * working and calendar days to `deadline-units-mixed`.
 */
export const procedureDeadlineFit: Rule = {
  id: 'procedure-deadline-fit',
  defaultSeverity: 'warning',
  descriptionId: 'rules.procedure-deadline-fit.description',
  messageIds: ['rules.procedure-deadline-fit.exceeds'],
  check({ index, report }) {
    for (const scope of cardScopes(index)) {
      if (!scope.standard) continue;
      for (const group of operationsByProcedure(scope).values()) {
        const first = group[0];
        const owner = first?.procedure;
        if (!first || !owner || group.length < 2) continue;
        const limit = spanOf(owner.procedure.deadline);
        if (group.some((item) => exceeds(spanOf(item.operation.deadline), limit) !== false)) continue;
        const total = chainSpan(group);
        if (!total || exceeds(total, limit) !== true) continue;
        report({
          artifact: scope.card,
          path: ['operations', first.index, 'procedure'],
          messageId: 'rules.procedure-deadline-fit.exceeds',
          args: {
            procedure: owner.procedure.id,
            procedureDeadline: owner.procedure.deadline.wording,
            count: group.length,
            total: { messageId: 'rules.deadline.total', args: { scale: total.scale, days: total.days, minutes: total.minutes } },
          },
          related: [scope.standard.positions.locate(['procedures', owner.index, 'deadline'])],
        });
      }
    }
  },
};

import { exceeds, spanOf } from './deadline-span.js';
import { cardOperations, cardScopes } from './tech-cards.js';
import type { Rule } from './types.js';

/** No operation may take longer than the procedure it belongs to. */
export const operationDeadlineExceedsProcedure: Rule = {
  id: 'operation-deadline-exceeds-procedure',
  defaultSeverity: 'error',
  descriptionId: 'rules.operation-deadline-exceeds-procedure.description',
  messageIds: ['rules.operation-deadline-exceeds-procedure.exceeds'],
  check({ index, report }) {
    for (const scope of cardScopes(index)) {
      if (!scope.standard) continue;
      for (const { operation, index: i, procedure } of cardOperations(scope)) {
        if (!procedure) continue;
        if (exceeds(spanOf(operation.deadline), spanOf(procedure.procedure.deadline)) !== true) continue;
        report({
          artifact: scope.card,
          path: ['operations', i, 'deadline'],
          messageId: 'rules.operation-deadline-exceeds-procedure.exceeds',
          args: {
            operation: operation.id,
            deadline: operation.deadline.wording,
            procedure: procedure.procedure.id,
            procedureDeadline: procedure.procedure.deadline.wording,
          },
          related: [scope.standard.positions.locate(['procedures', procedure.index, 'deadline'])],
        });
      }
    }
  },
};

import { processStandards } from './process-standards.js';
import { cardOperations, cardScopes } from './tech-cards.js';
import type { Rule } from './types.js';

/**
 * The order of procedures agrees with their numbers: a procedure runs after
 * procedures with smaller numbers, and a tech card lists operations in the
 * order of their procedures.
 */
export const procedureOrder: Rule = {
  id: 'procedure-order',
  defaultSeverity: 'warning',
  descriptionId: 'rules.procedure-order.description',
  messageIds: ['rules.procedure-order.afterLater', 'rules.procedure-order.operationOutOfOrder'],
  check({ index, report }) {
    for (const standard of processStandards(index)) {
      const numbers = new Map(standard.data.procedures.map((procedure) => [procedure.id, procedure.number]));
      standard.data.procedures.forEach((procedure, i) => {
        procedure.after.forEach((afterId, j) => {
          const afterNumber = numbers.get(afterId);
          if (afterNumber === undefined || afterId === procedure.id || afterNumber < procedure.number) return;
          report({
            artifact: standard,
            path: ['procedures', i, 'after', j],
            messageId: 'rules.procedure-order.afterLater',
            args: { procedure: procedure.id, number: procedure.number, after: afterId, afterNumber },
          });
        });
      });
    }

    for (const scope of cardScopes(index)) {
      let previous: { id: string; number: number; operation: string } | undefined;
      for (const { operation, index: i, procedure } of cardOperations(scope)) {
        if (!procedure) continue;
        const current = { id: procedure.procedure.id, number: procedure.procedure.number, operation: operation.id };
        if (previous && current.number < previous.number) {
          report({
            artifact: scope.card,
            path: ['operations', i, 'procedure'],
            messageId: 'rules.procedure-order.operationOutOfOrder',
            args: { operation: operation.id, procedure: current.id, number: current.number, previous: previous.operation, previousProcedure: previous.id, previousNumber: previous.number },
          });
        }
        previous = current;
      }
    }
  },
};

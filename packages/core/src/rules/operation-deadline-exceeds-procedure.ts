import { firstOverrun } from './calendar-overrun.js';
import { deadlineLength, exceeds, spanOf } from './deadline-span.js';
import { cardOperations, cardScopes } from './tech-cards.js';
import type { Rule } from './types.js';

/**
 * No operation may take longer than the procedure it belongs to. When one
 * counts working days and the other calendar days, the production calendar
 * decides: the operation is too long if it ends later on some event day in
 * the first year of the edition.
 */
export const operationDeadlineExceedsProcedure: Rule = {
  id: 'operation-deadline-exceeds-procedure',
  defaultSeverity: 'error',
  descriptionId: 'rules.operation-deadline-exceeds-procedure.description',
  messageIds: ['rules.operation-deadline-exceeds-procedure.exceeds', 'rules.operation-deadline-exceeds-procedure.exceedsOn'],
  check({ index, calendar, report }) {
    for (const scope of cardScopes(index)) {
      if (!scope.standard) continue;
      for (const { operation, index: i, procedure } of cardOperations(scope)) {
        if (!procedure) continue;
        const limit = procedure.procedure.deadline;
        const args = {
          operation: operation.id,
          deadline: operation.deadline.wording,
          length: deadlineLength(operation.deadline),
          procedure: procedure.procedure.id,
          procedureDeadline: limit.wording,
          procedureLength: deadlineLength(limit),
        };
        const path = ['operations', i, 'deadline'];
        const related = [scope.standard.positions.locate(['procedures', procedure.index, 'deadline'])];
        const longer = exceeds(spanOf(operation.deadline), spanOf(limit));

        if (longer === true) {
          report({ artifact: scope.card, path, messageId: 'rules.operation-deadline-exceeds-procedure.exceeds', args, related });
        } else if (longer === undefined && calendar) {
          const overrun = firstOverrun(operation.deadline, limit, scope.standard.data.edition.effectiveFrom, calendar);
          if (!overrun) continue;
          report({
            artifact: scope.card,
            path,
            messageId: 'rules.operation-deadline-exceeds-procedure.exceedsOn',
            args: { ...args, start: overrun.start, end: overrun.end, procedureEnd: overrun.limitEnd },
            related,
          });
        }
      }
    }
  },
};

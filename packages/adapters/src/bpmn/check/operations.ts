import type { FindingInput } from '@tsmp/core';
import { isTaskType } from '../model.js';
import { inBpmn, inCard, type CrossCheckContext } from './context.js';
import { matchByName } from './names.js';

/**
 * Checks that every operation has a task and every task an operation. The
 * link is the tsmp:operation attribute; a name that matches is only offered
 * as a suggestion, because names drift between a card and its diagram.
 */
export function checkOperations(context: CrossCheckContext): FindingInput[] {
  const { card, model, tasksByOperation } = context;
  const operations = card.data.operations;
  const operationIds = new Set(operations.map((operation) => operation.id));
  const tasks = model.flowNodes.filter((node) => isTaskType(node.type));
  const unlinkedTasks = tasks.filter((task) => !task.link.operation);
  const findings: FindingInput[] = [];

  operations.forEach((operation, index) => {
    const linked = tasksByOperation.get(operation.id) ?? [];
    const idPath = `operations[${operation.id}]`;
    if (linked.length === 0) {
      const suggestion = matchByName(operation.name, unlinkedTasks, (task) => task.name);
      findings.push(
        inCard(context, ['operations', index], idPath, {
          ruleId: 'bpmn-operation-without-task',
          severity: 'error',
          messageId: suggestion ? 'bpmn.check.operationWithoutTaskSuggest' : 'bpmn.check.operationWithoutTask',
          args: { operation: operation.id, number: operation.number, name: operation.name, task: suggestion?.id ?? '—', file: model.file },
        }),
      );
    }
    for (const extra of linked.slice(1)) {
      findings.push(
        inBpmn(context, extra.id, {
          ruleId: 'bpmn-duplicate-operation-link',
          severity: 'warning',
          messageId: 'bpmn.check.duplicateOperationLink',
          args: { task: extra.id, operation: operation.id, first: linked[0]?.id ?? '' },
        }),
      );
    }
  });

  for (const task of tasks) {
    const linked = task.link.operation;
    if (linked && operationIds.has(linked)) continue;
    if (linked) {
      findings.push(
        inBpmn(context, task.id, { ruleId: 'bpmn-task-unknown-operation', severity: 'error', messageId: 'bpmn.check.taskUnknownOperation', args: { task: task.id, operation: linked, card: card.id } }),
      );
      continue;
    }
    const suggestion = matchByName(task.name, operations, (operation) => operation.name);
    findings.push(
      inBpmn(context, task.id, {
        ruleId: 'bpmn-task-without-operation',
        severity: 'error',
        messageId: suggestion ? 'bpmn.check.taskWithoutOperationSuggest' : 'bpmn.check.taskWithoutOperation',
        args: { task: task.id, name: task.name ?? '—', operation: suggestion?.id ?? '—', card: card.id },
      }),
    );
  }
  return findings;
}

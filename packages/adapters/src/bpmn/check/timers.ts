import type { FindingInput } from '@tsmp/core';
import type { Deadline } from '@tsmp/schema';
import { parseIsoDuration, type ParsedDuration } from '../generate/duration.js';
import { inBpmn, type CrossCheckContext } from './context.js';

const MINUTES: Readonly<Record<string, number>> = { minutes: 1, hours: 60, calendarDays: 1440 };

/**
 * Checks that each timer event on the task of an operation has the
 * operation's deadline. A timer in days without tsmp:deadlineUnit matches a
 * deadline of as many working or calendar days, because ISO 8601 has no
 * working days. Operations without a timer are not reported: timers are
 * optional in a diagram.
 */
export function checkTimers(context: CrossCheckContext): FindingInput[] {
  const { card, model, tasksByOperation } = context;
  const findings: FindingInput[] = [];
  for (const operation of card.data.operations) {
    const taskIds = new Set((tasksByOperation.get(operation.id) ?? []).map((task) => task.id));
    const timers = model.flowNodes.filter((node) => node.timer && node.attachedTo !== undefined && taskIds.has(node.attachedTo));
    for (const timer of timers) {
      const value = timer.timer?.value ?? '';
      const parsed = timer.timer?.kind === 'duration' ? parseIsoDuration(value, timer.link.deadlineUnit) : undefined;
      if (!parsed) {
        findings.push(inBpmn(context, timer.id, { ruleId: 'bpmn-timer-unreadable', severity: 'warning', messageId: 'bpmn.check.timerUnreadable', args: { timer: timer.id, value: value || '—', operation: operation.id } }));
        continue;
      }
      if (matches(parsed, operation.deadline, timer.link.deadlineUnit !== undefined)) continue;
      findings.push(
        inBpmn(context, timer.id, {
          ruleId: 'bpmn-timer-deadline-mismatch',
          severity: 'error',
          messageId: 'bpmn.check.timerDeadlineMismatch',
          args: { timer: timer.id, value, operation: operation.id, deadline: operation.deadline.wording, amount: operation.deadline.amount, unit: { messageId: `bpmn.unit.${operation.deadline.unit}` } },
        }),
      );
    }
  }
  return findings;
}

function matches(timer: ParsedDuration, deadline: Pick<Deadline, 'amount' | 'unit'>, unitStated: boolean): boolean {
  if (timer.unit === deadline.unit) return timer.amount === deadline.amount;
  if (!unitStated && timer.unit === 'calendarDays' && deadline.unit === 'workingDays') return timer.amount === deadline.amount;
  const timerMinutes = MINUTES[timer.unit];
  const deadlineMinutes = MINUTES[deadline.unit];
  if (timerMinutes === undefined || deadlineMinutes === undefined) return false;
  return Math.abs(timer.amount * timerMinutes - deadline.amount * deadlineMinutes) < 1e-9;
}

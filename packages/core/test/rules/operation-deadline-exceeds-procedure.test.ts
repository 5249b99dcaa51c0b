import { operationDeadlineExceedsProcedure } from '../../src/rules/operation-deadline-exceeds-procedure.js';
import { testRule } from './rule-cases.js';

// No operation takes longer than its procedure.
testRule(operationDeadlineExceedsProcedure, {
  'valid-basic': [],
  'valid-calendar-day-in-working-day': [],
  'invalid-day-in-same-day-procedure': [
    { messageId: 'rules.operation-deadline-exceeds-procedure.exceeds', file: 'card.yaml', line: 30, args: { operation: 'OP-2', deadline: 'не позднее следующего рабочего дня', length: { messageId: 'rules.deadlineLength', args: { amount: 1, unit: 'workingDays' } }, procedure: 'P1', procedureDeadline: 'в день подачи заявления', procedureLength: { messageId: 'rules.deadlineLength', args: { amount: 0, unit: 'workingDays' } } } },
  ],
  'invalid-nine-hours-in-one-day': [
    { messageId: 'rules.operation-deadline-exceeds-procedure.exceeds', file: 'card.yaml', line: 21, args: { operation: 'OP-1', deadline: '9 часов', length: { messageId: 'rules.deadlineLength', args: { amount: 9, unit: 'hours' } }, procedure: 'P1', procedureDeadline: 'в день подачи заявления', procedureLength: { messageId: 'rules.deadlineLength', args: { amount: 0, unit: 'workingDays' } } } },
  ],
  'invalid-three-calendar-days': [
    { messageId: 'rules.operation-deadline-exceeds-procedure.exceedsOn', file: 'card.yaml', line: 40, args: { operation: 'OP-3', deadline: 'в течение 3 календарных дней', length: { messageId: 'rules.deadlineLength', args: { amount: 3, unit: 'calendarDays' } }, procedure: 'P2', procedureDeadline: 'не позднее следующего рабочего дня', procedureLength: { messageId: 'rules.deadlineLength', args: { amount: 1, unit: 'workingDays' } }, start: '2025-03-01', end: '2025-03-04', procedureEnd: '2025-03-03' } },
  ],
});

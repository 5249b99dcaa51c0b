import { deadlineUnitsMixed } from '../../src/rules/deadline-units-mixed.js';
import { testRule } from './rule-cases.js';

// Working and calendar days are not mixed inside a procedure.
testRule(deadlineUnitsMixed, {
  'valid-basic': [],
  'invalid-calendar-in-working-procedure': [
    { messageId: 'rules.deadline-units-mixed.mixedWithProcedure', file: 'card.yaml', line: 40, args: { operation: 'OP-3', unit: { messageId: 'rules.unit.calendarDays' }, otherUnit: { messageId: 'rules.unit.workingDays' }, procedure: 'P2' } },
  ],
  'invalid-two-operations-differ': [
    { messageId: 'rules.deadline-units-mixed.mixed', file: 'card.yaml', line: 51, args: { operation: 'OP-4', unit: { messageId: 'rules.unit.calendarDays' }, otherUnit: { messageId: 'rules.unit.workingDays' }, procedure: 'P2', other: 'OP-3' } },
  ],
});

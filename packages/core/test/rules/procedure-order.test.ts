import { procedureOrder } from '../../src/rules/procedure-order.js';
import { testRule } from './rule-cases.js';

// Procedures run after smaller numbers; operations follow their procedures.
testRule(procedureOrder, {
  'valid-basic': [],
  'invalid-after-later-procedure': [
    { messageId: 'rules.procedure-order.afterLater', file: 'standard.yaml', line: 31, args: { procedure: 'P1', number: 1, after: 'P2', afterNumber: 2 } },
  ],
  'invalid-operation-before-its-procedure': [
    { messageId: 'rules.procedure-order.operationOutOfOrder', file: 'card.yaml', line: 25, args: { operation: 'OP-2', procedure: 'P1', number: 1, previous: 'OP-1', previousProcedure: 'P2', previousNumber: 2 } },
  ],
});

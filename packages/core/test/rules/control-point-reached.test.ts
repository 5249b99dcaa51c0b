import { controlPointReached } from '../../src/rules/control-point-reached.js';
import { testRule } from './rule-cases.js';

// Every control point is recorded by some operation.
testRule(controlPointReached, {
  'valid-basic': [],
  'valid-external-point': [],
  'invalid-point-unreached': [
    { messageId: 'rules.control-point-reached.unreached', file: 'card.yaml', line: 9, args: { controlPoint: 'cp-concluded', event: 'conclusion.sent' } },
  ],
});

import { procedureAfterCycle } from '../../src/rules/procedure-after-cycle.js';
import { testRule } from './rule-cases.js';

// The `after` links of procedures form no cycle.
testRule(procedureAfterCycle, {
  'valid-basic': [],
  'invalid-self-reference': [
    { messageId: 'rules.procedure-after-cycle.cycle', file: 'standard.yaml', line: 43, args: { procedure: 'P2', cycle: 'P2 → P2' } },
  ],
  'invalid-two-procedures': [
    { messageId: 'rules.procedure-after-cycle.cycle', file: 'standard.yaml', line: 31, args: { procedure: 'P1', cycle: 'P1 → P2 → P1' } },
  ],
});
